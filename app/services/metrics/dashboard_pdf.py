"""The dashboard as a PDF report: the KPI tiles as a table, then each chart (PNG drawn by the GUI)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.documents import pdf_fonts
from app.services.documents.pdf import ACCENT, MARGIN, ZEBRA, text
from app.services.metrics.report import tiles

if TYPE_CHECKING:
    from app.services.metrics.service import Kpis


def render(kpis: Kpis, charts: Sequence[tuple[str, bytes]], subtitle: str = "") -> bytes:
    """A4 report: title and filters, the tiles, then the charts two to a row."""
    regular, bold = pdf_fonts.register()
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, textColor=ACCENT)
    small = ParagraphStyle(
        "small", fontName=regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
    )
    p = kpis.scope.period
    last = p.end - timedelta(days=1)
    story: list[object] = [
        Paragraph("Sales dashboard", title),
        Paragraph(text(f"{p.start:%d %b %Y} to {last:%d %b %Y} · {kpis.scope.currency} · {subtitle}"), small),
        Spacer(1, 5 * mm),
    ]
    rows = [["KPI", "Value", "Change vs previous period"]]
    rows += [[t.label, t.value, t.change] for t in tiles(kpis)]
    table = Table(rows, colWidths=[70 * mm, 50 * mm, 50 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 9),
                ("FONT", (0, 0), (-1, 0), bold, 9),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    story += [table, Spacer(1, 6 * mm)]
    width = (A4[0] - 2 * MARGIN - 6 * mm) / 2
    cells: list[list[object]] = []
    for i in range(0, len(charts), 2):
        row: list[object] = []
        for _name, png in charts[i : i + 2]:
            image = Image(io.BytesIO(png))
            image.drawHeight = image.drawHeight * width / image.drawWidth
            image.drawWidth = width
            row.append(image)
        cells.append(row + [""] * (2 - len(row)))
    if cells:
        story.append(Table(cells, colWidths=[width + 3 * mm] * 2))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN
    )
    doc.title = "Sales dashboard"
    doc.build(story)
    return out.getvalue()
