"""The call sheet as a PDF: one row a call or meeting, with room to write what was said."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.documents import pdf_fonts
from app.services.scheduling.call_sheet import CallItem, CallSheet

MARGIN = 12 * mm
ACCENT = colors.HexColor("#1f4e79")
LATE = colors.HexColor("#b91c1c")
WRITING_ROOM = 20 * mm  # the least height of a row: enough to note the outcome by hand


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(sheet: CallSheet, printed: datetime | None = None) -> bytes:
    regular, bold = pdf_fonts.register()
    page = landscape(A4)
    width = page[0] - 2 * MARGIN
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, textColor=ACCENT)
    small = ParagraphStyle(
        "small", fontName=regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
    overdue = sum(1 for i in sheet.items if i.overdue)
    summary = f"{len(sheet.items)} to do" + (f", {overdue} overdue" if overdue else "")
    stamp = f"printed {(printed or datetime.now()).astimezone():%Y-%m-%d %H:%M}"
    story: list[Any] = [
        Paragraph(_esc(f"Call sheet · {sheet.owner} · {sheet.day:%A %d %B %Y}"), title),
        Paragraph(_esc(f"{summary} · {stamp}"), small),
        Spacer(1, 3 * mm),
    ]
    header = ["Time", "What", "Who and how to reach them", "Deal and last contact", "Outcome, next step"]
    rows: list[list[Any]] = [header]
    for item in sheet.items:
        rows.append(_row(item, cell, bold))
    if not sheet.items:
        rows.append(["", Paragraph("Nothing due: no open tasks or meetings for this day.", cell), "", "", ""])
    widths = [0.08, 0.22, 0.24, 0.22, 0.24]
    table = Table(rows, repeatRows=1, colWidths=[width * w for w in widths])
    style = [
        ("FONT", (0, 0), (-1, 0), bold, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
    ]
    table.setStyle(TableStyle(style))
    story.append(table)
    out = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(
            MARGIN, MARGIN / 2, f"Call sheet · {sheet.owner} · {sheet.day:%Y-%m-%d} · page {doc.page}"
        )
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=f"Call sheet {sheet.owner} {sheet.day:%Y-%m-%d}",
    )  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _row(item: CallItem, cell: ParagraphStyle, bold: str) -> list[Any]:
    if item.at is None:
        when = "today"
    elif item.overdue:
        when = f'<font color="{LATE.hexval()}">overdue<br/>since {item.at:%d %b}</font>'
    else:
        when = f"{item.at:%H:%M}" if (item.at.hour, item.at.minute) != (0, 0) else "today"
    what = f"<b>{_esc(item.subject)}</b><br/>{_esc(item.kind)}"
    if item.notes:
        what += f'<br/><font size="7.5">{_esc(item.notes[:300])}</font>'
    who = "<br/>".join(
        x for x in (f"<b>{_esc(item.person)}</b>" if item.person else "", _esc(item.company)) if x
    )
    if item.phones:
        who += "<br/>" + "<br/>".join(f"☎ {_esc(p)}" for p in item.phones)
    context = "<br/>".join(
        x for x in (_esc(item.deal), f"Last: {_esc(item.last_contact)}" if item.last_contact else "") if x
    )
    spacer = Spacer(1, WRITING_ROOM)
    return [
        Paragraph(when, cell),
        Paragraph(what, cell),
        Paragraph(who or "—", cell),
        Paragraph(context, cell),
        spacer,
    ]
