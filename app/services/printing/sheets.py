"""The label sheets and envelopes Rapport prints on, measured from the makers' templates.

A sheet is a grid of equal labels: the first label's top-left corner (`left`, `top` from the page's top-left)
and the distance from one label to the next (`pitch_x`, `pitch_y`, label plus gap).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm

from app.services.core.errors import RapportError


@dataclass(frozen=True)
class LabelSheet:
    code: str
    title: str
    page: tuple[float, float]  # points
    columns: int
    rows: int
    width: float  # one label, points
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def label_box(self, index: int) -> tuple[float, float, float, float]:
        """Label `index` on its sheet (0 = top left, then along the row) as (x, y, width, height) in PDF
        coordinates: y measured up from the page's bottom edge to the label's bottom edge."""
        row, column = divmod(index % self.per_sheet, self.columns)
        x = self.left + column * self.pitch_x
        y = self.page[1] - self.top - row * self.pitch_y - self.height
        return x, y, self.width, self.height


@dataclass(frozen=True)
class Envelope:
    code: str
    title: str
    size: tuple[float, float]  # landscape: width > height


SHEETS: dict[str, LabelSheet] = {
    sheet.code: sheet
    for sheet in (
        LabelSheet(
            "L7160", "Avery L7160: A4, 21 labels of 63.5 x 38.1 mm", A4, 3, 7,
            63.5 * mm, 38.1 * mm, 7.21 * mm, 15.15 * mm, 66.04 * mm, 38.1 * mm,
        ),
        LabelSheet(
            "L7163", "Avery L7163: A4, 14 labels of 99.1 x 38.1 mm", A4, 2, 7,
            99.1 * mm, 38.1 * mm, 4.65 * mm, 15.15 * mm, 101.6 * mm, 38.1 * mm,
        ),
        LabelSheet(
            "5160", "Avery 5160: US Letter, 30 labels of 2⅝ x 1 in", LETTER, 3, 10,
            2.625 * inch, 1 * inch, 0.1875 * inch, 0.5 * inch, 2.75 * inch, 1 * inch,
        ),
        LabelSheet(
            "5163", "Avery 5163: US Letter, 10 labels of 4 x 2 in", LETTER, 2, 5,
            4 * inch, 2 * inch, 0.15625 * inch, 0.5 * inch, 4.1875 * inch, 2 * inch,
        ),
    )
}  # fmt: skip

ENVELOPES: dict[str, Envelope] = {
    envelope.code: envelope
    for envelope in (
        Envelope("DL", "DL, 220 x 110 mm", (220 * mm, 110 * mm)),
        Envelope("C5", "C5, 229 x 162 mm", (229 * mm, 162 * mm)),
        Envelope("C6", "C6, 162 x 114 mm", (162 * mm, 114 * mm)),
        Envelope("10", "US No. 10, 9½ x 4⅛ in", (9.5 * inch, 4.125 * inch)),
    )
}


def sheet(code: str) -> LabelSheet:
    try:
        return SHEETS[code.upper()]
    except KeyError:
        raise RapportError(f"no label sheet {code!r}; known: {', '.join(SHEETS)}") from None


def envelope(code: str) -> Envelope:
    try:
        return ENVELOPES[code.upper()]
    except KeyError:
        raise RapportError(f"no envelope size {code!r}; known: {', '.join(ENVELOPES)}") from None
