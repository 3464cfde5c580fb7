"""A list as it is shown (its columns, filter and sort) printed as a table: a title and what the list
holds at the top, the column heads repeated on every page, "Page x of y" and the print time at the foot.
Landscape when the columns need it. Rows are set in chunks, so a long list prints in bounded memory and
can be cancelled between chunks."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.documents import pdf_fonts

CHUNK = 250  # rows per table flowable
WIDE = 6  # more columns than this turn the page
MARGIN = 14 * mm
ACCENT = colors.HexColor("#1f4e79")
ZEBRA = colors.HexColor("#f2f5f9")
LIMIT = 50_000  # rows; a longer list is refused with the advice to filter it (2,000 pages of paper)


class Cancelled(Exception):
    """The caller's progress callback asked to stop."""


def _numbered(title: str, printed: str) -> type[Canvas]:
    regular, _bold = pdf_fonts.register()

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds every page until the end so each foot can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(regular, 7.5)
                self.setFillColor(colors.HexColor("#666666"))
                self.drawString(MARGIN, MARGIN / 2, f"{title} · printed {printed}")
                self.drawRightString(
                    width - MARGIN, MARGIN / 2, f"Page {self._pageNumber} of {len(self._pages)}"
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def render_table(
    title: str,
    subtitle: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    right_aligned: Sequence[int] = (),
    progress: Callable[[int], bool] | None = None,
    now: datetime | None = None,
) -> bytes:
    """The rows (already formatted cells) under their column heads; `progress(done)` returning False stops
    with Cancelled."""
    regular, bold = pdf_fonts.register()
    page = landscape(A4) if len(headers) > WIDE else A4
    width = page[0] - 2 * MARGIN
    heading = ParagraphStyle("title", fontName=bold, fontSize=14, leading=18, textColor=ACCENT)
    small = ParagraphStyle(
        "small", fontName=regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=9.6)
    story: list[Any] = [Paragraph(_escape(title), heading)]
    if subtitle:
        story.append(Paragraph(_escape(subtitle), small))
    story.append(Spacer(1, 3 * mm))
    widths: list[float] | None = None
    done = 0
    chunk: list[list[Any]] = []
    style = [
        ("FONT", (0, 0), (-1, -1), regular, 8),
        ("FONT", (0, 0), (-1, 0), bold, 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[("ALIGN", (i, 0), (i, -1), "RIGHT") for i in right_aligned],
    ]

    def flush() -> None:
        nonlocal widths
        if widths is None:
            widths = _widths(headers, chunk, width)
        body = [[Paragraph(_escape(v), cell) if len(v) > 30 else v for v in row] for row in chunk]
        table = Table([list(headers), *body], repeatRows=1, colWidths=widths)
        table.setStyle(TableStyle(style))
        story.append(table)
        chunk.clear()

    for row in rows:
        done += 1
        if done > LIMIT:
            raise ValueError(
                f"{LIMIT:,} rows is the most one print holds: filter the list or export it instead"
            )
        chunk.append([str(v) for v in row])
        if len(chunk) == CHUNK:
            flush()
            if progress is not None and not progress(done):
                raise Cancelled
    if chunk or done == 0:
        if done == 0:
            chunk.append(["(no rows)"] + [""] * (len(headers) - 1))
        flush()
    out = io.BytesIO()
    printed = f"{(now or datetime.now()).astimezone():%Y-%m-%d %H:%M}"
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
    )
    doc.build(story, canvasmaker=_numbered(title, printed))
    return out.getvalue()


def _widths(headers: Sequence[str], sample: Sequence[Sequence[str]], width: float) -> list[float]:
    """Share the width by each column's longest text in the first rows (capped), so short figures stay narrow."""
    lengths = [max([len(h)] + [min(len(r[i]), 36) for r in sample[:200]]) + 2 for i, h in enumerate(headers)]
    total = sum(lengths)
    return [width * n / total for n in lengths]


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
