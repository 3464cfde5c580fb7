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

from app.services.core import locale_format as fmt
from app.services.documents import pdf_fonts
from app.services.documents.company import CompanySettings
from app.services.documents.document_input import DocumentDetail
from app.services.documents.wording import document_language, wording

MARGIN = 16 * mm
ACCENT = colors.HexColor("#1f4e79")
ZEBRA = colors.HexColor("#f2f5f9")


def text(value: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


class _Print:
    """How one document is written: its language's wording and its locale's numbers and dates."""

    def __init__(self, doc: DocumentDetail, company: CompanySettings) -> None:
        self.language, self.locale = document_language(
            doc.account_language, doc.account_country, company.language
        )
        self.tr = wording(self.language)
        self.currency = doc.currency

    def date(self, value: date | None) -> str:
        return fmt.day(value, self.locale) if value else ""

    def money(self, value: Decimal) -> str:
        """An amount in a column headed with its currency: '1.234,56'."""
        return fmt.amount(value, self.currency, self.locale)

    def total(self, value: Decimal) -> str:
        """An amount standing alone, with its currency as the locale writes it: '1.234,56 €'."""
        return fmt.money(value, self.currency, self.locale)

    def number(self, value: Decimal) -> str:
        return fmt.number(value, self.locale)


class _NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """Draws each page's footer once the page count is known (pages are kept until save)."""

    footer_lines: tuple[str, ...] = ()
    page_of = "Page {page} of {total}"  # in the document's language
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
        page_text = self.page_of.format(page=self._pageNumber, total=total)
        self.drawRightString(width - MARGIN, 10 * mm, page_text)
        if self._pageNumber > 1 and self.running_head:
            top = self._pagesize[1] - 10 * mm
            self.setFont(self.font, 8)
            self.drawString(MARGIN, top, self.running_head)
            self.drawRightString(width - MARGIN, top, page_text)
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


def _letterhead(
    doc: DocumentDetail, company: CompanySettings, st: dict[str, ParagraphStyle], p: _Print
) -> Table:
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
    tr = p.tr
    facts = [(tr("Number"), doc.number), (tr("Date"), p.date(doc.issued_on))]
    if doc.valid_until:
        facts.append((tr("Valid until"), p.date(doc.valid_until)))
    if doc.delivery_date:
        facts.append((tr("Delivery"), p.date(doc.delivery_date)))
    if doc.source_number:
        facts.append((tr("Reference"), doc.source_number))
    right = [Paragraph(text(_title(doc, p)), st["title"]), Spacer(1, 2 * mm)]
    right += [Paragraph(f"{k}: <b>{text(v)}</b>", st["right"]) for k, v in facts]
    table = Table([[left, right]], colWidths=["58%", "42%"])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return table


def _title(doc: DocumentDetail, p: _Print) -> str:
    titles = {
        "quote": p.tr("Quote"),
        "sales_order": p.tr("Sales order"),
        "purchase_order": p.tr("Purchase order"),
    }
    return titles[doc.doc_type]


def _party(doc: DocumentDetail, st: dict[str, ParagraphStyle], p: _Print) -> list[Any]:
    lines = [f"<b>{text(doc.account_name)}</b>"] + [text(x) for x in doc.account_address]
    if doc.contact_name:
        lines.append(text(p.tr("Attn. {name}", name=doc.contact_name)))
    party = {
        "quote": p.tr("Quote for"),
        "sales_order": p.tr("Order from"),
        "purchase_order": p.tr("Supplier"),
    }
    return [
        Paragraph(text(party[doc.doc_type].upper()), st["label"]),
        Paragraph("<br/>".join(lines), st["base"]),
        Spacer(1, 7 * mm),
    ]


def _lines(doc: DocumentDetail, st: dict[str, ParagraphStyle], bold: str, p: _Print) -> Table:
    c, tr = doc.currency, p.tr
    header = [
        "#",
        tr("Description"),
        tr("Qty"),
        tr("Unit"),
        tr("Price ({currency})", currency=c),
        tr("Disc. %"),
        tr("Tax %"),
        tr("Net ({currency})", currency=c),
    ]
    # Head cells wrap (a language's words can be longer than the English ones): number columns right.
    head = ParagraphStyle(
        "head", parent=st["cell"], fontName=bold, fontSize=7.5, leading=9, textColor=colors.white
    )
    head_right = ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT)
    cells = [Paragraph(text(h), head_right if i in (2, 4, 5, 6, 7) else head) for i, h in enumerate(header)]
    rows: list[list[Any]] = [cells]
    for ln in doc.lines:
        desc = text(ln.description)
        if ln.sku:
            desc = f"<font color='#666666'>{text(ln.sku)}</font> {desc}"
        rows.append(
            [
                str(ln.position),
                Paragraph(desc, st["cell"]),
                p.number(ln.quantity),
                ln.unit,
                p.money(ln.unit_price),
                p.number(ln.discount) if ln.discount else "",
                p.number(ln.tax_rate),
                p.money(ln.net),
            ]
        )
    widths = [8 * mm, None, 16 * mm, 16 * mm, 24 * mm, 17 * mm, 15 * mm, 26 * mm]
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


def _totals(doc: DocumentDetail, bold: str, p: _Print) -> Table:
    tr = p.tr
    rows = [[tr("Subtotal"), p.money(doc.subtotal)]]
    for tax in doc.taxes:
        line = tr("Tax {rate} % on {base}", rate=p.number(tax.rate), base=p.money(tax.base))
        rows.append([line, p.money(tax.tax)])
    rows.append([tr("Total"), p.total(doc.total)])
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


def _acceptance(doc: DocumentDetail, st: dict[str, ParagraphStyle], p: _Print) -> KeepTogether:
    """A quote's reply: who accepts for the customer, when, and their signature, on lines to fill in."""
    tr = p.tr
    if doc.valid_until:
        intro = tr(
            "We accept quote {number} on the terms above (valid until {date}).",
            number=doc.number,
            date=p.date(doc.valid_until),
        )
    else:
        intro = tr("We accept quote {number} on the terms above.", number=doc.number)
    blanks = Table(  # three lines to fill in, with gaps between them
        [["", "", "", "", ""], [tr("Name"), "", tr("Date"), "", tr("Signature")]],
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
            Paragraph(text(tr("Accepted for {name}", name=doc.account_name).upper()), st["label"]),
            Paragraph(text(intro), st["base"]),
            blanks,
        ]
    )


def render(doc: DocumentDetail, company: CompanySettings) -> bytes:
    """The document as PDF bytes."""
    regular, bold = pdf_fonts.register()
    st = _styles(regular, bold)
    p = _Print(doc, company)
    tr = p.tr
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,  # room for the running head of later pages
        bottomMargin=22 * mm,
        title=f"{_title(doc, p)} {doc.number}",
        author=company.name,
        creator="Rapport",
    )
    story: list[Any] = [_letterhead(doc, company, st, p), Spacer(1, 8 * mm), *_party(doc, st, p)]
    story += [_lines(doc, st, bold, p), Spacer(1, 4 * mm), _totals(doc, bold, p), Spacer(1, 8 * mm)]
    terms = [(tr("Payment terms"), doc.payment_terms), (tr("Notes"), doc.notes)]
    for title, value in terms:
        if value.strip():
            story += [
                Paragraph(title.upper(), st["label"]),
                Paragraph(text(value), st["base"]),
                Spacer(1, 4 * mm),
            ]
    if doc.doc_type == "quote":
        story.append(_acceptance(doc, st, p))
    tax_id = (" · " + tr("Tax ID {id}", id=company.tax_id)) if company.tax_id else ""
    footer = [company.name + tax_id, company.bank_details]
    canvas_class = type(
        "DocumentCanvas",
        (_NumberedCanvas,),
        {
            "footer_lines": tuple(" ".join(x.split()) for x in footer if x.strip()),
            "running_head": f"{_title(doc, p)} {doc.number} · {doc.account_name}",
            "page_of": tr("Page {page} of {total}"),
            "font": regular,
        },
    )
    pdf.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()
