"""A document (quote, sales order, purchase order) as a PDF: letterhead, customer block, the line table
split across pages with its header repeated, totals per tax rate, terms, a quote's acceptance block, and
"Page N of M"; every page after the first repeats the document's title, number and customer at its top.

All user text goes through `xml.sax.saxutils.escape` before reportlab's paragraph markup sees it, so a
name like `<b>ACME</b> & Sons` prints literally. Figures are the stored ones from the DocumentDetail.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.models.money import fmt_amount, fmt_number
from app.services.documents import pdf_fonts
from app.services.documents.company import CompanySettings
from app.services.documents.document_input import DocumentDetail

MARGIN = 16 * mm
ACCENT = colors.HexColor("#1f4e79")
ZEBRA = colors.HexColor("#f2f5f9")
PARTY_LABEL = {"quote": "Quote for", "sales_order": "Order from", "purchase_order": "Supplier"}


def text(value: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _money(value: Decimal, currency: str) -> str:
    return fmt_amount(value, currency).removesuffix(f" {currency}")


class _NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """Draws each page's footer once the page count is known (pages are kept until save)."""

    footer_lines: tuple[str, ...] = ()
    running_head = ""  # e.g. "Quote Q-2026-0001 · Acme GmbH", at the top of every page after the first
    font = pdf_fonts.REGULAR

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setStrokeColor(colors.HexColor("#c8d0da"))
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFont(self.font, 7.5)
        self.setFillColor(colors.HexColor("#555555"))
        for i, line in enumerate(self.footer_lines[:2]):
            self.drawString(MARGIN, 10 * mm - i * 3.4 * mm, line)
        self.drawRightString(width - MARGIN, 10 * mm, f"Page {self._pageNumber} of {total}")
        if self._pageNumber > 1 and self.running_head:
            top = self._pagesize[1] - 10 * mm
            self.setFont(self.font, 8)
            self.drawString(MARGIN, top, self.running_head)
            self.drawRightString(width - MARGIN, top, f"Page {self._pageNumber} of {total}")
            self.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        self.restoreState()


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444")
        ),
        "company": ParagraphStyle(
            "company", parent=base, fontName=bold, fontSize=14, leading=17, textColor=ACCENT
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=18, leading=22, alignment=TA_RIGHT
        ),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "label": ParagraphStyle("label", parent=base, fontName=bold, fontSize=8, textColor=ACCENT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
    }


def _letterhead(doc: DocumentDetail, company: CompanySettings, st: dict[str, ParagraphStyle]) -> Table:
    left: list[Any] = []
    logo = Path(company.logo_path) if company.logo_path else None
    if logo is not None and logo.is_file():
        image = Image(str(logo))
        scale = min(45 * mm / image.imageWidth, 18 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.hAlign = "LEFT"
        left += [image, Spacer(1, 2 * mm)]
    left.append(Paragraph(text(company.name), st["company"]))
    contact = " · ".join(x for x in (company.phone, company.email) if x)
    left.append(Paragraph(text("\n".join(x for x in (company.address, contact) if x)), st["small"]))
    facts = [("Number", doc.number), ("Date", _date(doc.issued_on))]
    if doc.valid_until:
        facts.append(("Valid until", _date(doc.valid_until)))
    if doc.delivery_date:
        facts.append(("Delivery", _date(doc.delivery_date)))
    if doc.source_number:
        facts.append(("Reference", doc.source_number))
    right = [Paragraph(text(doc.title), st["title"]), Spacer(1, 2 * mm)]
    right += [Paragraph(f"{k}: <b>{text(v)}</b>", st["right"]) for k, v in facts]
    table = Table([[left, right]], colWidths=["58%", "42%"])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return table


def _party(doc: DocumentDetail, st: dict[str, ParagraphStyle]) -> list[Any]:
    lines = [f"<b>{text(doc.account_name)}</b>"] + [text(x) for x in doc.account_address]
    if doc.contact_name:
        lines.append(f"Attn. {text(doc.contact_name)}")
    return [
        Paragraph(PARTY_LABEL[doc.doc_type].upper(), st["label"]),
        Paragraph("<br/>".join(lines), st["base"]),
        Spacer(1, 7 * mm),
    ]


def _lines(doc: DocumentDetail, st: dict[str, ParagraphStyle], bold: str) -> Table:
    c = doc.currency
    header = ["#", "Description", "Qty", "Unit", f"Price ({c})", "Disc. %", "Tax %", f"Net ({c})"]
    rows: list[list[Any]] = [header]
    for ln in doc.lines:
        desc = text(ln.description)
        if ln.sku:
            desc = f"<font color='#666666'>{text(ln.sku)}</font> {desc}"
        rows.append(
            [
                str(ln.position),
                Paragraph(desc, st["cell"]),
                fmt_number(ln.quantity),
                ln.unit,
                _money(ln.unit_price, c),
                fmt_number(ln.discount) if ln.discount else "",
                fmt_number(ln.tax_rate),
                _money(ln.net, c),
            ]
        )
    widths = [8 * mm, None, 15 * mm, 12 * mm, 24 * mm, 14 * mm, 13 * mm, 26 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), pdf_fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, ACCENT),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def _totals(doc: DocumentDetail, bold: str) -> Table:
    c = doc.currency
    rows = [["Subtotal", _money(doc.subtotal, c)]]
    for tax in doc.taxes:
        rows.append([f"Tax {fmt_number(tax.rate)} % on {_money(tax.base, c)}", _money(tax.tax, c)])
    rows.append([f"Total {c}", _money(doc.total, c)])
    table = Table(rows, colWidths=[60 * mm, 30 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), pdf_fonts.REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONTNAME", (0, -1), (-1, -1), bold),
                ("FONTSIZE", (0, -1), (-1, -1), 10.5),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    return table


def _acceptance(doc: DocumentDetail, st: dict[str, ParagraphStyle]) -> KeepTogether:
    """A quote's reply: who accepts for the customer, when, and their signature, on lines to fill in."""
    intro = f"We accept quote {text(doc.number)} on the terms above" + (
        f" (valid until {_date(doc.valid_until)})." if doc.valid_until else "."
    )
    blanks = Table(  # three lines to fill in, with gaps between them
        [["", "", "", "", ""], ["Name", "", "Date", "", "Signature"]],
        colWidths=["36%", "5%", "20%", "5%", "34%"],
        rowHeights=[11 * mm, None],
    )
    blanks.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), pdf_fonts.REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("TEXTCOLOR", (0, 1), (-1, 1), colors.HexColor("#555555")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                *[("LINEBELOW", (col, 0), (col, 0), 0.6, colors.black) for col in (0, 2, 4)],
            ]
        )
    )
    return KeepTogether(
        [
            Spacer(1, 4 * mm),
            Paragraph(f"ACCEPTED FOR {text(doc.account_name.upper())}", st["label"]),
            Paragraph(intro, st["base"]),
            blanks,
        ]
    )


def render(doc: DocumentDetail, company: CompanySettings) -> bytes:
    """The document as PDF bytes."""
    regular, bold = pdf_fonts.register()
    st = _styles(regular, bold)
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,  # room for the running head of later pages
        bottomMargin=22 * mm,
        title=f"{doc.title} {doc.number}",
        author=company.name,
        creator="Rapport",
    )
    story: list[Any] = [_letterhead(doc, company, st), Spacer(1, 8 * mm), *_party(doc, st)]
    story += [_lines(doc, st, bold), Spacer(1, 4 * mm), _totals(doc, bold), Spacer(1, 8 * mm)]
    terms = [("Payment terms", doc.payment_terms), ("Notes", doc.notes)]
    for title, value in terms:
        if value.strip():
            story += [
                Paragraph(title.upper(), st["label"]),
                Paragraph(text(value), st["base"]),
                Spacer(1, 4 * mm),
            ]
    if doc.doc_type == "quote":
        story.append(_acceptance(doc, st))
    footer = [company.name + (f" · Tax ID {company.tax_id}" if company.tax_id else ""), company.bank_details]
    canvas_class = type(
        "DocumentCanvas",
        (_NumberedCanvas,),
        {
            "footer_lines": tuple(" ".join(x.split()) for x in footer if x.strip()),
            "running_head": f"{doc.title} {doc.number} · {doc.account_name}",
            "font": regular,
        },
    )
    pdf.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()
