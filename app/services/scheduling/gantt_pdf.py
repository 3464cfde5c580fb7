"""A Gantt as a vector PDF: landscape pages of task rows, each page's time axis fitted to its own tasks.

Drawn with reportlab, not rasterised: the grid is a few long lines per page (not a cell per day and row),
so 650 rows make a file of tens of kilobytes. Every label is at least `MIN_FONT` points. A page's axis
starts a small margin before its first bar and ends after its last, so no page opens on months of empty
grid; the axis dates are printed in each page's header. Rows are never split across pages and a group's
heading is not left alone at the foot of a page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.services.documents import pdf_fonts
from app.services.scheduling.gantt import GanttData, GanttLink, GanttTask

PAGE_SIZES = {"A3": landscape(A3), "A4": landscape(A4)}
MIN_FONT = 7.0
LABEL_FONT = 7.5
TITLE_FONT = 12.0
MARGIN = 28.0
TITLE_H = 26.0
AXIS_H = 24.0  # two bands: months or years above, days, weeks or months below
FOOTER_H = 16.0
ROW_H = 11.0
BAR_H = 6.5
MAX_PT_PER_DAY = 30.0  # a page of short tasks does not stretch one day across the page
NO_GROUP = "No group"

INK = colors.HexColor("#1e293b")
MUTED = colors.HexColor("#475569")
GRID = colors.HexColor("#d5dde6")
ZEBRA = colors.HexColor("#f5f7fa")
WEEKEND = colors.HexColor("#eef2f6")
BAR = colors.HexColor("#60a5fa")
BAR_DONE = colors.HexColor("#94a3b8")
BAR_CRITICAL = colors.HexColor("#f87171")
FILL = colors.HexColor("#1d4ed8")
FILL_DONE = colors.HexColor("#64748b")
FILL_CRITICAL = colors.HexColor("#b91c1c")
SUMMARY = colors.HexColor("#334155")
TODAY = colors.HexColor("#f59e0b")
ARROW = colors.HexColor("#64748b")


@dataclass(frozen=True)
class GanttRow:
    """A group heading (task None, spanning its tasks) or one task."""

    label: str
    start: datetime
    end: datetime
    task: GanttTask | None = None
    continued: bool = False  # a heading repeated at the top of a page its group runs on to


@dataclass(frozen=True)
class _Axis:
    """Maps local dates to x on one page: `origin` at `left`, `per_day` points a day."""

    origin: date
    left: float
    per_day: float
    days: int
    zone: tzinfo

    def x(self, when: datetime) -> float:
        local = when.astimezone(self.zone)
        midnight = datetime.combine(self.origin, datetime.min.time(), self.zone)
        return self.left + (local - midnight).total_seconds() / 86400 * self.per_day

    def day_x(self, day: date) -> float:
        return self.left + (day - self.origin).days * self.per_day

    def dates(self) -> Iterator[date]:
        for n in range(self.days + 1):
            yield self.origin + timedelta(days=n)


def gantt_rows(data: GanttData) -> list[GanttRow]:
    """The tasks in the loaded order, a heading row before each group's first task."""
    rows: list[GanttRow] = []
    groups: dict[str, list[GanttTask]] = {}
    for task in data.tasks:
        groups.setdefault(task.group, []).append(task)
    for group, tasks in groups.items():
        if len(groups) > 1 or group:
            start = min(t.start for t in tasks)
            end = max(t.end for t in tasks)
            rows.append(GanttRow(group or NO_GROUP, start, end))
        rows += [GanttRow(t.subject, t.start, t.end, t) for t in tasks]
    return rows


def paginate(rows: Sequence[GanttRow], per_page: int) -> list[list[GanttRow]]:
    """Rows cut into pages of at most `per_page`.

    A group that does not fit in what is left of a page starts the next one (unless the page is under a
    third full), so a page's time axis is not stretched by the start of an unrelated project; a heading is
    never left at a page's foot, and a group running on to a new page has its heading repeated there
    ("… (continued)").
    """
    pages: list[list[GanttRow]] = [[]]
    for block in _groups(rows):
        page = pages[-1]
        if page and len(page) + len(block) > per_page and len(page) >= per_page / 3:
            pages.append(page := [])
        heading = block[0] if block[0].task is None else None
        for row in block:
            if len(page) == per_page or (row.task is None and len(page) == per_page - 1):
                pages.append(page := [])
                if row.task is not None and heading is not None:
                    page.append(replace(heading, label=f"{heading.label} (continued)", continued=True))
            page.append(row)
    return pages


def _groups(rows: Sequence[GanttRow]) -> list[list[GanttRow]]:
    blocks: list[list[GanttRow]] = []
    for row in rows:
        if row.task is None or not blocks:
            blocks.append([])
        blocks[-1].append(row)
    return blocks


def rows_per_page(page_size: str = "A3") -> int:
    _width, height = PAGE_SIZES[page_size]
    return int((height - 2 * MARGIN - TITLE_H - AXIS_H - FOOTER_H) // ROW_H)


def render_gantt_pdf(
    data: GanttData,
    *,
    page_size: str = "A3",
    show_critical: bool = True,
    today: datetime | None = None,
    zone: tzinfo | None = None,
) -> bytes:
    """The whole schedule as PDF bytes (landscape A3 or A4)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    regular, bold = pdf_fonts.register()
    zone = zone or datetime.now().astimezone().tzinfo
    assert zone is not None
    today = today or datetime.now(zone)
    width, height = PAGE_SIZES[page_size]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(data.title)
    canvas.setCreator("Rapport")
    pages = paginate(gantt_rows(data), rows_per_page(page_size))
    painter = _PagePainter(canvas, data, width, height, regular, bold, show_critical)
    for number, rows in enumerate(pages, start=1):
        painter.page(rows, zone, today, number, len(pages))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _PagePainter:
    """Draws one page at a time on the canvas (reportlab's y grows upwards: `_y` turns row tops round)."""

    def __init__(
        self,
        canvas: Canvas,
        data: GanttData,
        width: float,
        height: float,
        regular: str,
        bold: str,
        show_critical: bool,
    ) -> None:
        self.c = canvas
        self.data = data
        self.width, self.height = width, height
        self.regular, self.bold = regular, bold
        self.critical = data.critical if show_critical else frozenset()
        self.names_w = 200.0 if width > 1000 else 165.0
        self.chart_left = MARGIN + self.names_w
        self.chart_right = width - MARGIN
        self.rows_top = MARGIN + TITLE_H + AXIS_H  # distance from the page's top edge

    def _y(self, top: float) -> float:
        return self.height - top

    def page(self, rows: list[GanttRow], zone: tzinfo, today: datetime, number: int, total: int) -> None:
        axis = self._axis(rows, zone)
        self._zebra_and_rules(rows)
        self._weekends(axis, len(rows))
        self._grid_and_axis(axis, len(rows))
        self._names(rows)
        index = {r.task.id: i for i, r in enumerate(rows) if r.task is not None}
        self._links(axis, index, self.data.links)
        for i, row in enumerate(rows):
            self._bar(axis, row, self.rows_top + i * ROW_H)
        self._today(axis, today, len(rows))
        self._title_and_footer(axis, number, total)

    def _axis(self, rows: list[GanttRow], zone: tzinfo) -> _Axis:
        span = self.chart_right - self.chart_left
        if not rows:
            day = datetime.now(zone).date()
            return _Axis(day, self.chart_left, span / 30, 30, zone)
        bars = [r for r in rows if r.task is not None] or rows  # a heading's span may reach other pages
        first = min(r.start for r in bars).astimezone(zone).date()
        last = max(r.end for r in bars).astimezone(zone).date()
        margin = max(1, (last - first).days // 40)
        origin = first - timedelta(days=margin)
        days = (last - origin).days + 1 + margin
        per_day = min(span / days, MAX_PT_PER_DAY)
        return _Axis(origin, self.chart_left, per_day, int(span // per_day), zone)

    # --- background -------------------------------------------------------------------------------
    def _zebra_and_rules(self, rows: list[GanttRow]) -> None:
        c = self.c
        c.setFillColor(ZEBRA)
        path = c.beginPath()
        for i in range(1, len(rows), 2):
            path.rect(MARGIN, self._y(self.rows_top + (i + 1) * ROW_H), self.chart_right - MARGIN, ROW_H)
        c.drawPath(path, stroke=0, fill=1)

    def _weekends(self, axis: _Axis, count: int) -> None:
        if axis.per_day < 3:
            return
        c = self.c
        c.setFillColor(WEEKEND)
        path = c.beginPath()
        bottom = self._y(self.rows_top + count * ROW_H)
        for day in axis.dates():
            if day.weekday() == 5:
                x = max(axis.day_x(day), self.chart_left)
                right = min(axis.day_x(day) + 2 * axis.per_day, self.chart_right)
                if right > x:
                    path.rect(x, bottom, right - x, count * ROW_H)
        c.drawPath(path, stroke=0, fill=1)

    def _grid_and_axis(self, axis: _Axis, count: int) -> None:
        """Both header bands with their labels and one vertical rule per lower tick, as single paths."""
        c = self.c
        upper, lower = _ticks(axis)
        band_top = MARGIN + TITLE_H
        mid = band_top + AXIS_H / 2
        bottom = self.rows_top + count * ROW_H
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        path = c.beginPath()
        for x, _label in lower:
            path.moveTo(x, self._y(mid))
            path.lineTo(x, self._y(bottom))
        for x, _label in upper:
            path.moveTo(x, self._y(band_top))
            path.lineTo(x, self._y(mid))
        for top in (band_top, mid, self.rows_top, bottom):
            path.moveTo(MARGIN, self._y(top))
            path.lineTo(self.chart_right, self._y(top))
        path.moveTo(self.chart_left, self._y(band_top))
        path.lineTo(self.chart_left, self._y(bottom))
        c.drawPath(path, stroke=1, fill=0)
        for ticks, top, font, colour in (
            (upper, band_top, self.bold, INK),
            (lower, mid, self.regular, MUTED),
        ):
            c.setFont(font, LABEL_FONT)
            c.setFillColor(colour)
            _draw_spaced(c, ticks, self._y(top + AXIS_H / 2 - 2.5), self.chart_right, font)
        c.setFont(self.bold, LABEL_FONT)
        c.setFillColor(MUTED)
        c.drawString(MARGIN + 3, self._y(mid + AXIS_H / 4 + 2.5), "Task")

    def _names(self, rows: list[GanttRow]) -> None:
        c = self.c
        for i, row in enumerate(rows):
            heading = row.task is None
            font = self.bold if heading else self.regular
            indent = 3.0 if heading else 10.0
            label = _elide(row.label, font, LABEL_FONT, self.names_w - indent - 4)
            c.setFont(font, LABEL_FONT)
            c.setFillColor(INK)
            c.drawString(MARGIN + indent, self._y(self.rows_top + i * ROW_H + ROW_H - 3), label)

    # --- bars -------------------------------------------------------------------------------------
    def _bar(self, axis: _Axis, row: GanttRow, top: float) -> None:
        c = self.c
        xs, xe = axis.x(row.start), axis.x(row.end)
        mid = self._y(top + ROW_H / 2)
        task = row.task
        if task is None:  # the group's whole span, cut at the page's edges
            left, right = max(xs, self.chart_left), min(xe, self.chart_right)
            c.setFillColor(SUMMARY)
            c.rect(left, mid - 1, max(right - left, 1.5), 3, stroke=0, fill=1)
            for x in (xs, xe):
                if self.chart_left <= x <= self.chart_right:
                    _polygon(c, [(x - 2.5, mid + 2), (x + 2.5, mid + 2), (x, mid - 3)])
            return
        critical = task.id in self.critical
        if task.is_milestone:
            c.setFillColor(FILL_CRITICAL if critical else INK)
            r = BAR_H / 2 + 0.8
            _polygon(c, [(xs, mid + r), (xs + r, mid), (xs, mid - r), (xs - r, mid)])
            return
        w = max(xe - xs, 1.5)
        c.setFillColor(BAR_DONE if task.done else BAR_CRITICAL if critical else BAR)
        c.rect(xs, mid - BAR_H / 2, w, BAR_H, stroke=0, fill=1)
        if task.progress:
            c.setFillColor(FILL_DONE if task.done else FILL_CRITICAL if critical else FILL)
            c.rect(xs, mid - BAR_H / 2, w * task.progress / 100, BAR_H, stroke=0, fill=1)

    def _links(self, axis: _Axis, index: dict[Any, int], links: Sequence[GanttLink]) -> None:
        """Finish-to-start arrows between tasks on this page (a link to another page is not drawn)."""
        c = self.c
        tasks = {t.id: t for t in self.data.tasks}
        c.setLineWidth(0.6)
        for link in links:
            a, b = index.get(link.predecessor_id), index.get(link.successor_id)
            if a is None or b is None:
                continue
            critical = link.predecessor_id in self.critical and link.successor_id in self.critical
            colour = FILL_CRITICAL if critical else ARROW
            c.setStrokeColor(colour)
            c.setFillColor(colour)
            xa = axis.x(tasks[link.predecessor_id].end)
            xb = axis.x(tasks[link.successor_id].start)
            ya = self._y(self.rows_top + a * ROW_H + ROW_H / 2)
            yb = self._y(self.rows_top + b * ROW_H + ROW_H / 2)
            bend = xa + 3
            path = c.beginPath()
            path.moveTo(xa, ya)
            if xb - 3 >= bend:
                path.lineTo(bend, ya)
                path.lineTo(bend, yb)
            else:  # the successor starts before the bend: round below the predecessor's row
                turn = ya - ROW_H / 2 if yb < ya else ya + ROW_H / 2
                path.lineTo(bend, ya)
                path.lineTo(bend, turn)
                path.lineTo(xb - 4, turn)
                path.lineTo(xb - 4, yb)
            path.lineTo(xb - 2, yb)
            c.drawPath(path, stroke=1, fill=0)
            _polygon(c, [(xb, yb), (xb - 3, yb + 1.8), (xb - 3, yb - 1.8)])

    def _today(self, axis: _Axis, today: datetime, count: int) -> None:
        x = axis.x(today)
        if self.chart_left <= x <= self.chart_right:
            self.c.setStrokeColor(TODAY)
            self.c.setLineWidth(1)
            self.c.line(x, self._y(self.rows_top), x, self._y(self.rows_top + count * ROW_H))

    def _title_and_footer(self, axis: _Axis, number: int, total: int) -> None:
        c = self.c
        c.setFillColor(INK)
        c.setFont(self.bold, TITLE_FONT)
        c.drawString(MARGIN, self._y(MARGIN + 14), self.data.title)
        last = axis.origin + timedelta(days=axis.days)
        c.setFont(self.regular, LABEL_FONT)
        c.setFillColor(MUTED)
        c.drawRightString(
            self.chart_right,
            self._y(MARGIN + 14),
            f"{_long(axis.origin)} to {_long(last)} · today in orange",
        )
        c.drawString(MARGIN, MARGIN - 4, f"{self.data.title} · {len(self.data.tasks):,} tasks")
        c.drawRightString(self.chart_right, MARGIN - 4, f"Page {number} of {total}")


def _ticks(axis: _Axis) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """(upper, lower) header labels with their x, coarser as the days get narrower."""
    upper: list[tuple[float, str]] = []
    lower: list[tuple[float, str]] = []
    for day in axis.dates():
        x = axis.day_x(day)
        if axis.per_day >= 11:
            lower.append((x, str(day.day)))
            if day.weekday() == 0 or day == axis.origin:
                upper.append((x, f"Week {day.isocalendar().week} · {day:%b %Y}"))
        elif axis.per_day * 7 >= 24:
            if day.weekday() == 0:
                lower.append((x, f"{day.day} {day:%b}" if axis.per_day * 7 >= 32 else str(day.day)))
            if day.day == 1 or day == axis.origin:
                upper.append((x, f"{day:%B %Y}" if axis.per_day * 30 >= 60 else f"{day:%b %Y}"))
        else:
            if day.day == 1:
                lower.append((x, f"{day:%b}"))
            if (day.month == 1 and day.day == 1) or day == axis.origin:
                upper.append((x, str(day.year)))
    return upper, lower


def _draw_spaced(c: Canvas, ticks: list[tuple[float, str]], y: float, right: float, font: str) -> None:
    """Each label just right of its tick, skipped when it would run into the previous one or off the page."""
    end = -math.inf
    for x, label in ticks:
        w = stringWidth(label, font, LABEL_FONT)
        if x + 2 < end or x + 2 + w > right:
            continue
        c.drawString(x + 2, y, label)
        end = x + 2 + w + 4


def _elide(label: str, font: str, size: float, width: float) -> str:
    if stringWidth(label, font, size) <= width:
        return label
    while label and stringWidth(label + "…", font, size) > width:
        label = label[:-1]
    return label + "…"


def _polygon(c: Canvas, points: list[tuple[float, float]]) -> None:
    path = c.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _long(day: date) -> str:
    return f"{day.day} {day:%b %Y}"
