"""A report as a PDF: title and what it covers, the chart (PNG drawn by the GUI), then the table with its
header repeated on every page and the totals at the end. Landscape when the table is wide."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.documents import pdf_fonts
from app.services.documents.pdf import ACCENT, MARGIN, ZEBRA, text
from app.services.reports.cells import is_figure
from app.services.reports.export import table_rows
from app.services.reports.run import ReportResult

WIDE = 6  # more columns than this turn the page to landscape


def render(result: ReportResult, title: str, subtitle: str = "", chart_png: bytes | None = None) -> bytes:
    """The report as PDF bytes."""
    regular, bold = pdf_fonts.register()
    page = landscape(A4) if len(result.columns) > WIDE else A4
    width = page[0] - 2 * MARGIN
    heading = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, textColor=ACCENT)
    small = ParagraphStyle(
        "small", fontName=regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10)
    made = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {len(result.rows):,} rows"
    if result.truncated:
        made += " (cut at the report's limit)"
    story: list[Any] = [
        Paragraph(text(title), heading),
        Paragraph(text(f"{subtitle} · {made}".strip(" ·")), small),
    ]
    story.append(Spacer(1, 4 * mm))
    if chart_png:
        image = Image(io.BytesIO(chart_png))
        scale = min(width / image.drawWidth, 70 * mm / image.drawHeight)
        image.drawWidth, image.drawHeight = image.drawWidth * scale, image.drawHeight * scale
        story += [image, Spacer(1, 4 * mm)]
    header = [c.label for c in result.columns]
    body = table_rows(result, plain=False)
    data = [header] + [[Paragraph(text(v), cell) if len(v) > 40 else v for v in row] for row in body]
    table = Table(data, repeatRows=1, colWidths=_widths(header, body, width))
    style = [
        ("FONT", (0, 0), (-1, -1), regular, 8),
        ("FONT", (0, 0), (-1, 0), bold, 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, column in enumerate(result.columns):
        if is_figure(column):
            style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    if result.totals:
        first = len(data) - len(result.totals)
        style += [
            ("FONT", (0, first), (-1, -1), bold, 8),
            ("LINEABOVE", (0, first), (-1, first), 0.8, ACCENT),
        ]
    table.setStyle(TableStyle(style))
    story.append(table)
    out = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(MARGIN, MARGIN / 2, f"{title} · page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN
    )
    doc.title = title
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _widths(header: list[str], body: list[list[str]], width: float) -> list[float]:
    """Share the width by each column's longest text (capped), so short figures stay narrow."""
    sample = body[:200]
    lengths = [max([len(h)] + [min(len(r[i]), 40) for r in sample]) + 2 for i, h in enumerate(header)]
    total = sum(lengths)
    return [width * n / total for n in lengths]
