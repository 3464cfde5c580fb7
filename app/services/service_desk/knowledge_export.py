"""A knowledge-base article for customers: Markdown rendered to a standalone HTML page or a PDF.

HTML comes from the `markdown` package (tables and fenced code on). The PDF is drawn with reportlab from
the same HTML, block by block: headings, paragraphs, list items and code, inline bold, italic and links.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import markdown as md

from app.services.documents.pdf_fonts import register
from app.services.service_desk.knowledge import ArticleDetail

EXTENSIONS = ["tables", "fenced_code", "sane_lists"]
_BLOCK = re.compile(r"<(h[1-6]|p|li|pre)>(.*?)</\1>", re.S)
_INLINE = (
    (re.compile(r"</?(strong)>"), lambda m: m.group(0).replace("strong", "b")),
    (re.compile(r"</?(em)>"), lambda m: m.group(0).replace("em", "i")),
    (re.compile(r"<code>"), lambda m: '<font face="Courier">'),
    (re.compile(r"</code>"), lambda m: "</font>"),
    (re.compile(r'<a href="([^"]*)">'), lambda m: f'<a href="{m.group(1)}" color="blue">'),
)


def body_html(markdown_text: str) -> str:
    """The article's Markdown as an HTML fragment (raw HTML in the text is escaped, not passed through)."""
    return str(
        md.markdown(html.escape(markdown_text, quote=False), extensions=EXTENSIONS, output_format="html")
    )


def to_html(article: ArticleDetail) -> str:
    title = html.escape(article.title)
    category = f"<p class='category'>{html.escape(article.category)}</p>" if article.category else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}"
        ".category{color:#555}pre{background:#f4f4f4;padding:.6em}</style></head>"
        f"<body><h1>{title}</h1>{category}{body_html(article.body)}</body></html>\n"
    )


def _inline(fragment: str) -> str:
    for pattern, repl in _INLINE:
        fragment = pattern.sub(repl, fragment)
    return re.sub(r"<(?!/?(b|i|font|a|br)\b)[^>]+>", "", fragment)  # what reportlab's paragraphs lack


def to_pdf(article: ArticleDetail, path: Path) -> Path:
    """Write the article as a PDF (A4) and return its path."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer

    regular, bold = register()
    sheet = getSampleStyleSheet()
    body = ParagraphStyle("body", sheet["BodyText"], fontName=regular, fontSize=10.5, leading=14)
    styles = {f"h{n}": ParagraphStyle(f"h{n}", body, fontName=bold, fontSize=20 - 2 * n, leading=24 - 2 * n,
                                      spaceBefore=8, spaceAfter=4) for n in range(1, 7)}  # fmt: skip
    bullet = ParagraphStyle("li", body, leftIndent=12, bulletIndent=2)
    story: list = [Paragraph(html.escape(article.title), styles["h1"])]  # type: ignore[type-arg]
    if article.category:
        story.append(
            Paragraph(html.escape(article.category), ParagraphStyle("cat", body, textColor="#555555"))
        )
    story.append(Spacer(1, 4 * mm))
    for tag, inner in _BLOCK.findall(body_html(article.body)):
        if tag == "pre":
            code = html.unescape(re.sub(r"</?code[^>]*>", "", inner))
            story.append(Preformatted(code, ParagraphStyle("code", body, fontName="Courier", fontSize=9)))
        elif tag == "li":
            story.append(Paragraph(_inline(inner), bullet, bulletText="•"))
        else:
            story.append(Paragraph(_inline(inner), styles.get(tag, body)))
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title=article.title, leftMargin=20 * mm, rightMargin=20 * mm
    )
    doc.build(story)
    return path
