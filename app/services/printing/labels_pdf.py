"""Mailing labels on a label sheet and addresses printed straight on envelopes, as PDF.

Each address is set as large as fits its label (10 pt down to 6 pt); an address too long even at 6 pt keeps
its last two lines (the town and the country the post sorts by) and loses characters at the end of its
longest lines, marked with an ellipsis, never spilling onto the next label.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.services.core.errors import RapportError
from app.services.documents import pdf_fonts
from app.services.printing.sheets import Envelope, LabelSheet

LARGEST, SMALLEST = 10.0, 6.0
PADDING = 3 * mm  # inside each label: the cutting tolerance of the sheets
LEADING = 1.2


def fit(lines: Sequence[str], width: float, height: float, font: str) -> tuple[float, list[str]]:
    """The font size that fits every line into width x height, and the lines as they will print."""
    size = LARGEST
    while size >= SMALLEST:
        if len(lines) * size * LEADING <= height and all(stringWidth(x, font, size) <= width for x in lines):
            return size, list(lines)
        size -= 0.5
    room = max(int(height // (SMALLEST * LEADING)), 1)
    kept = list(lines) if len(lines) <= room else [*lines[: max(room - 2, 0)], *lines[-min(2, room) :]]
    return SMALLEST, [_cut(x, width, font, SMALLEST) for x in kept]


def _cut(line: str, width: float, font: str, size: float) -> str:
    if stringWidth(line, font, size) <= width:
        return line
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line + "…"


def _block(canvas: Canvas, lines: Sequence[str], x: float, y: float, width: float, height: float) -> None:
    """Set an address block inside the box (x, y bottom-left), vertically centred."""
    regular, _bold = pdf_fonts.register()
    size, shown = fit(lines, width, height, regular)
    leading = size * LEADING
    top = y + (height + len(shown) * leading) / 2
    canvas.setFont(regular, size)
    for number, line in enumerate(shown):
        canvas.drawString(x, top - (number + 1) * leading + (leading - size) / 2 + size * 0.2, line)


def render_labels(
    blocks: Sequence[Sequence[str]], sheet: LabelSheet, skip: int = 0, outlines: bool = False, title: str = ""
) -> bytes:
    """The labels, starting after `skip` used labels on the first sheet; `outlines` draws each label's edge
    (a test print on plain paper, held against a sheet to the light)."""
    if not 0 <= skip < sheet.per_sheet:
        raise RapportError(
            f"skip: a sheet of {sheet.code} has {sheet.per_sheet} labels, so 0 to {sheet.per_sheet - 1}"
        )
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=sheet.page, pageCompression=1)
    canvas.setTitle(title or f"Labels ({sheet.code})")
    canvas.setLineWidth(0.3)
    for number, lines in enumerate(blocks, start=skip):
        if number and number % sheet.per_sheet == 0:
            canvas.showPage()
        x, y, width, height = sheet.label_box(number)
        if outlines:
            canvas.roundRect(x, y, width, height, 2 * mm)
        _block(canvas, lines, x + PADDING, y + PADDING, width - 2 * PADDING, height - 2 * PADDING)
    canvas.save()
    return out.getvalue()


def render_envelopes(
    blocks: Sequence[Sequence[str]], envelope: Envelope, sender: Sequence[str] = (), title: str = ""
) -> bytes:
    """One envelope a page: the sender small at the top left, the recipient in the lower right area where
    the post's readers look for it (from 45 % of the width, below the upper third)."""
    regular, _bold = pdf_fonts.register()
    width, height = envelope.size
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=envelope.size, pageCompression=1)
    canvas.setTitle(title or f"Envelopes ({envelope.code})")
    for number, lines in enumerate(blocks):
        if number:
            canvas.showPage()
        if sender:
            canvas.setFont(regular, 7)
            for i, line in enumerate(sender[:5]):
                canvas.drawString(10 * mm, height - 12 * mm - i * 8.5, line)
        box_x, box_w = width * 0.45, width * 0.55 - 12 * mm
        box_h = height * 0.6 - 12 * mm
        _block(canvas, lines, box_x, 12 * mm, box_w, box_h)
    canvas.save()
    return out.getvalue()
