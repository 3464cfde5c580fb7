"""The Gantt chart: a scroll area that paints only the rows and days in view, and turns drags into wishes.

Painting, not QGraphicsItems: 5,000 rows would be 20,000 items to create on every reload; painting the
visible ~40 rows and the links that cross them costs the same whatever the size of the schedule.
Drags never write: on release the chart emits `moveRequested`, `linkRequested`, and the page runs the
undoable command, then reloads from the database. The arrow keys emit the same `moveRequested` (see
`keyPressEvent`), so a keyboard move is the same undoable command as a drag.
"""

from __future__ import annotations

import enum
import uuid
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from app.services.scheduling.gantt import GanttLink, GanttTask
from app.views.common.theme import themed, tone
from app.views.schedule.timescale import TimeScale, Zoom

ROW_H = 26
HEADER_H = 44
BAR_H = 14
HANDLE = 9  # the link handle: a circle just past the bar's end
EDGE = 6  # the resize grip at the bar's end

BAR = themed("#60a5fa")
BAR_DONE = themed("#94a3b8")
BAR_CRITICAL = themed("#f87171")
FILL = themed("#1d4ed8")
FILL_CRITICAL = themed("#b91c1c")
GROUP = themed("#334155")
WEEKEND = themed("#f1f5f9")
GRID = themed("#e2e8f0")
TODAY = themed("#f59e0b")
ARROW = themed("#64748b")
SELECTED = themed("#dbeafe")


@dataclass(frozen=True)
class ChartRow:
    """A line of the chart: a group's summary (task None) or one task."""

    group: str
    task: GanttTask | None = None
    start: datetime | None = None
    end: datetime | None = None


class Drag(enum.Enum):
    MOVE = "move"
    RESIZE = "resize"
    LINK = "link"


@dataclass
class _DragState:
    mode: Drag
    row: int
    task: GanttTask
    origin: QPointF
    pos: QPointF


class GanttChart(QAbstractScrollArea):
    moveRequested = Signal(object, object, object)  # task, new start, new end
    linkRequested = Signal(object, object)  # predecessor task, successor task
    taskSelected = Signal(object)  # task id or None
    contextRequested = Signal(object, QPoint)  # task under the mouse, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ganttChart")
        self.rows: list[ChartRow] = []
        self.links: tuple[GanttLink, ...] = ()
        self._link_rows: list[tuple[int, int, int, GanttLink]] = []
        self._link_tops: list[int] = []
        self._link_reach = 0
        self.critical: frozenset[uuid.UUID] = frozenset()
        self.show_critical = False
        self.selected: uuid.UUID | None = None
        self.scale = TimeScale(date.today())
        self.span_days = 60
        self.today = datetime.now().astimezone()
        self.drag: _DragState | None = None
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- content ----------------------------------------------------------------------------------
    def set_content(
        self,
        rows: list[ChartRow],
        links: tuple[GanttLink, ...],
        critical: frozenset[uuid.UUID],
        keep_range: bool = False,
    ) -> None:
        self.rows = rows
        self.links = links
        self.critical = critical
        self.today = datetime.now().astimezone()
        index = {r.task.id: i for i, r in enumerate(rows) if r.task is not None}
        # sorted by their upper row, with the longest reach: a paint looks at the links near its rows only
        self._link_rows = sorted(
            (
                (
                    min(index[x.predecessor_id], index[x.successor_id]),
                    index[x.predecessor_id],
                    index[x.successor_id],
                    x,
                )
                for x in links
                if x.predecessor_id in index and x.successor_id in index
            ),
            key=lambda item: item[0],
        )
        self._link_tops = [item[0] for item in self._link_rows]
        self._link_reach = max((abs(p - s) for _t, p, s, _x in self._link_rows), default=0)
        if not keep_range:
            self._fit_range()
        self._update_scrollbars()
        self.viewport().update()

    def _fit_range(self) -> None:
        starts = [r.start for r in self.rows if r.start is not None]
        ends = [r.end for r in self.rows if r.end is not None]
        today = date.today()
        first = min([s.astimezone(self.scale.zone).date() for s in starts] + [today])
        last = max([e.astimezone(self.scale.zone).date() for e in ends] + [today])
        origin = first - timedelta(days=first.weekday() + 7)  # a Monday, a week before the first bar
        self.scale = TimeScale(origin, self.scale.zoom, self.scale.zone)
        self.span_days = (last - origin).days + 28

    def set_zoom(self, zoom: Zoom) -> None:
        if zoom is self.scale.zoom:
            return
        middle = self.scale.at(self.horizontalScrollBar().value() + self.viewport().width() / 2)
        self.scale = TimeScale(self.scale.origin, zoom, self.scale.zone)
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(int(self.scale.x(middle) - self.viewport().width() / 2))
        self.viewport().update()

    def scroll_to_time(self, when: datetime) -> None:
        self.horizontalScrollBar().setValue(int(self.scale.x(when) - self.viewport().width() / 3))

    def scroll_to_row(self, row: int) -> None:
        top = row * ROW_H
        bar = self.verticalScrollBar()
        if top < bar.value() or top + ROW_H > bar.value() + self.viewport().height() - HEADER_H:
            bar.setValue(top - (self.viewport().height() - HEADER_H) // 2)

    def content_width(self) -> int:
        return int(self.span_days * self.scale.px_per_day)

    def _update_scrollbars(self) -> None:
        view = self.viewport().size()
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, self.content_width() - view.width()))
        h.setPageStep(view.width())
        h.setSingleStep(int(self.scale.px_per_day))
        v = self.verticalScrollBar()
        v.setRange(0, max(0, len(self.rows) * ROW_H - (view.height() - HEADER_H)))
        v.setPageStep(max(ROW_H, view.height() - HEADER_H))
        v.setSingleStep(ROW_H)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # --- geometry ---------------------------------------------------------------------------------
    def row_at(self, y: float) -> int:
        if y < HEADER_H:
            return -1
        row = int((y - HEADER_H + self.verticalScrollBar().value()) // ROW_H)
        return row if 0 <= row < len(self.rows) else -1

    def row_y(self, row: int) -> float:
        """The top of a row in viewport coordinates."""
        return HEADER_H + row * ROW_H - self.verticalScrollBar().value()

    def bar_rect(self, row: int, start: datetime | None = None, end: datetime | None = None) -> QRectF:
        """A task's bar in viewport coordinates (a milestone: the diamond's bounding square)."""
        item = self.rows[row]
        s = start or item.start
        e = end or item.end
        assert s is not None and e is not None
        x0 = self.scale.x(s) - self.horizontalScrollBar().value()
        y = self.row_y(row) + (ROW_H - BAR_H) / 2
        if item.task is not None and item.task.is_milestone:
            return QRectF(x0 - BAR_H / 2 - 1, y - 1, BAR_H + 2, BAR_H + 2)
        x1 = self.scale.x(e) - self.horizontalScrollBar().value()
        return QRectF(x0, y, max(x1 - x0, 3.0), BAR_H)

    def hit(self, pos: QPointF) -> tuple[int, Drag] | None:
        """The task row under the mouse and what a drag from there does."""
        row = self.row_at(pos.y())
        if row < 0 or self.rows[row].task is None:
            return None
        rect = self.bar_rect(row)
        handle = QPointF(rect.right() + HANDLE, rect.center().y())
        if (pos - handle).manhattanLength() <= HANDLE:
            return row, Drag.LINK
        task = self.rows[row].task
        assert task is not None
        if not task.is_milestone and rect.right() - EDGE <= pos.x() <= rect.right() + 2:
            return row, Drag.RESIZE
        if rect.adjusted(-2, -4, 2, 4).contains(pos):
            return row, Drag.MOVE
        return None

    def task_row(self, task_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self.rows) if r.task is not None and r.task.id == task_id), -1)

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self.viewport().rect()
        x0 = self.horizontalScrollBar().value()
        y0 = self.verticalScrollBar().value()
        first = max(0, y0 // ROW_H)
        last = min(len(self.rows), (y0 + view.height()) // ROW_H + 1)
        paint_chart(self, painter, QRect(x0, y0, view.width(), view.height()), first, last)
        if self.drag is not None:
            self._paint_drag(painter)
        painter.end()

    def _paint_drag(self, painter: QPainter) -> None:
        drag = self.drag
        assert drag is not None
        if drag.mode is Drag.LINK:
            rect = self.bar_rect(drag.row)
            painter.setPen(QPen(FILL, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.right() + HANDLE, rect.center().y()), drag.pos)
            return
        start, end = self.dragged_span(drag)
        painter.setPen(QPen(FILL, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.bar_rect(drag.row, start, end), 3, 3)
        painter.setPen(GROUP)
        painter.drawText(
            self.bar_rect(drag.row, start, end).bottomLeft() + QPointF(0, 12),
            f"{_local(start):%a %d %b} \u2013 {_local(end):%a %d %b}",
        )

    def dragged_span(self, drag: _DragState) -> tuple[datetime, datetime]:
        task = drag.task
        delta = self.scale.snap_days(drag.pos.x() - drag.origin.x())
        if drag.mode is Drag.RESIZE:
            return task.start, max(task.end + delta, task.start + timedelta(hours=1))
        return task.start + delta, task.end + delta

    # --- mouse ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self.hit(pos)
        if hit is None:
            row = self.row_at(pos.y())
            task = self.rows[row].task if row >= 0 else None
            self._select(task.id if task is not None else None)
            return super().mousePressEvent(event)
        row, mode = hit
        task = self.rows[row].task
        assert task is not None
        self._select(task.id)
        if event.button() == Qt.MouseButton.LeftButton:
            self.drag = _DragState(mode, row, task, pos, pos)
        elif event.button() == Qt.MouseButton.RightButton:
            self.contextRequested.emit(task, event.globalPosition().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self.drag is not None:
            self.drag.pos = pos
            self.viewport().update()
            return
        hit = self.hit(pos)
        cursor = {
            None: Qt.CursorShape.ArrowCursor,
            Drag.MOVE: Qt.CursorShape.SizeAllCursor,
            Drag.RESIZE: Qt.CursorShape.SizeHorCursor,
            Drag.LINK: Qt.CursorShape.CrossCursor,
        }[hit[1] if hit else None]
        self.viewport().setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        if drag is None:
            return super().mouseReleaseEvent(event)
        drag.pos = event.position()
        self.viewport().update()
        if drag.mode is Drag.LINK:
            row = self.row_at(drag.pos.y())
            target = self.rows[row].task if row >= 0 else None
            if target is not None and target.id != drag.task.id:
                self.linkRequested.emit(drag.task, target)
            return
        start, end = self.dragged_span(drag)
        if (start, end) != (drag.task.start, drag.task.end):
            self.moveRequested.emit(drag.task, start, end)

    # --- keyboard -------------------------------------------------------------------------------
    def key_step(self) -> timedelta:
        """What one arrow press moves: a day in day and week zoom, a week in month zoom."""
        return timedelta(days=7 if self.scale.zoom is Zoom.MONTH else 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right move the selected task, Shift+Left/Right move its end, Up/Down select another task."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.select_next(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            sign = 1 if key == Qt.Key.Key_Right else -1
            self.nudge(sign, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        else:
            super().keyPressEvent(event)

    def nudge(self, sign: int, resize: bool) -> None:
        """Ask to move the selected task (or its end) by one step; a milestone has no end to move."""
        row = self.task_row(self.selected) if self.selected is not None else -1
        if row < 0:
            return
        task = self.rows[row].task
        assert task is not None
        delta = self.key_step() * sign
        if not resize:
            self.moveRequested.emit(task, task.start + delta, task.end + delta)
        elif not task.is_milestone and task.end + delta > task.start:
            self.moveRequested.emit(task, task.start, task.end + delta)

    def select_next(self, direction: int) -> None:
        """Select the next task row up or down (group rows are skipped) and bring it into view."""
        tasks = [i for i, r in enumerate(self.rows) if r.task is not None]
        if not tasks:
            return
        row = self.task_row(self.selected) if self.selected is not None else -1
        if row < 0:
            target = tasks[0] if direction > 0 else tasks[-1]
        else:
            at = bisect_left(tasks, row)
            target = tasks[max(0, min(len(tasks) - 1, at + direction))]
        task = self.rows[target].task
        assert task is not None
        self.scroll_to_row(target)
        self._select(task.id)

    def _select(self, task_id: uuid.UUID | None) -> None:
        if task_id != self.selected:
            self.selected = task_id
            self.viewport().update()
            self.taskSelected.emit(task_id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: Any = event
            row = self.row_at(help_event.pos().y())
            task = self.rows[row].task if row >= 0 else None
            if task is not None:
                QToolTip.showText(help_event.globalPos(), tooltip(task), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def tooltip(task: GanttTask) -> str:
    when = f"{_local(task.start):%a %d %b %Y %H:%M}"
    if not task.is_milestone:
        when += f" \u2013 {_local(task.end):%a %d %b %Y %H:%M}"
    owner = f"\n{task.owner}" if task.owner else ""
    return f"{task.subject}\n{when}\n{task.progress}% done{owner}"


def _local(when: datetime) -> datetime:
    return when.astimezone()


def paint_chart(chart: GanttChart, painter: QPainter, area: QRect, first: int, last: int) -> None:
    """Paint rows first..last and the header into `area` (content coordinates of the top-left pixel).

    Shared by the screen and the PNG/PDF export, which passes the whole schedule as the area.
    """
    scale = chart.scale
    x0, y0, width, height = area.x(), area.y(), area.width(), area.height()
    painter.fillRect(QRectF(0, 0, width, height), tone("#ffffff"))
    # weekends and day grid
    for day in scale.days(x0, x0 + width):
        x = scale.day_x(day) - x0
        if day.weekday() >= 5 and scale.px_per_day >= 4:
            painter.fillRect(QRectF(x, HEADER_H, scale.px_per_day, height), WEEKEND)
    # rows
    for row in range(first, last):
        item = chart.rows[row]
        top = HEADER_H + row * ROW_H - y0
        if item.task is not None and item.task.id == chart.selected:
            painter.fillRect(QRectF(0, top, width, ROW_H), SELECTED)
        painter.setPen(GRID)
        painter.drawLine(QPointF(0, top + ROW_H - 0.5), QPointF(width, top + ROW_H - 0.5))
        if item.start is None or item.end is None:
            continue
        xs, xe = scale.x(item.start) - x0, scale.x(item.end) - x0
        if xe < -50 or xs > width + 200:
            continue
        if item.task is None:
            _summary(painter, xs, xe, top)
        else:
            _task_bar(painter, chart, item.task, xs, xe, top)
    _links(painter, chart, x0, y0, width, first, last)
    today = scale.x(chart.today) - x0
    painter.setPen(QPen(TODAY, 2))
    painter.drawLine(QPointF(today, HEADER_H), QPointF(today, height))
    _header(painter, scale, x0, width)


def _summary(painter: QPainter, xs: float, xe: float, top: float) -> None:
    y = top + ROW_H / 2 - 3
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GROUP)
    painter.drawRect(QRectF(xs, y, max(xe - xs, 2), 6))
    for x in (xs, xe):
        painter.drawPolygon(QPolygonF([QPointF(x - 4, y), QPointF(x + 4, y), QPointF(x, y + 10)]))


def _task_bar(
    painter: QPainter, chart: GanttChart, task: GanttTask, xs: float, xe: float, top: float
) -> None:
    critical = chart.show_critical and task.id in chart.critical
    y = top + (ROW_H - BAR_H) / 2
    if task.is_milestone:
        c = QPointF(xs, y + BAR_H / 2)
        r = BAR_H / 2 + 1
        painter.setPen(QPen(tone("#0f172a"), 1))
        painter.setBrush(FILL_CRITICAL if critical else tone("#1e293b"))
        painter.drawPolygon(
            QPolygonF([c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)])
        )
        painter.setPen(GROUP)
        painter.drawText(QPointF(xs + r + 6, y + BAR_H - 2), task.subject)
        return
    rect = QRectF(xs, y, max(xe - xs, 3.0), BAR_H)
    base = BAR_DONE if task.done else BAR_CRITICAL if critical else BAR
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(base)
    painter.drawRoundedRect(rect, 3, 3)
    if task.progress:
        painter.setBrush(BAR_DONE.darker(130) if task.done else FILL_CRITICAL if critical else FILL)
        painter.drawRoundedRect(QRectF(rect.x(), rect.y(), rect.width() * task.progress / 100, BAR_H), 3, 3)
    if task.id == chart.selected:
        painter.setPen(QPen(tone("#0f172a"), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(tone("#ffffff"))
        painter.setPen(QPen(FILL, 1.5))
        painter.drawEllipse(QPointF(rect.right() + HANDLE, rect.center().y()), 4, 4)
    painter.setPen(GROUP)
    painter.drawText(QPointF(rect.right() + 2 * HANDLE + 2, y + BAR_H - 2), task.subject)


def _links(painter: QPainter, chart: GanttChart, x0: int, y0: int, width: int, first: int, last: int) -> None:
    """Finish-to-start arrows: out of the predecessor's end, down, into the successor's start."""
    scale = chart.scale
    painter.setBrush(Qt.BrushStyle.NoBrush)
    begin = bisect_left(chart._link_tops, first - chart._link_reach)
    end = bisect_left(chart._link_tops, last)
    for _top, pred_row, succ_row, link in chart._link_rows[begin:end]:
        if max(pred_row, succ_row) < first:
            continue
        pred, succ = chart.rows[pred_row], chart.rows[succ_row]
        assert pred.end is not None and succ.start is not None
        xa = scale.x(pred.end) - x0
        xb = scale.x(succ.start) - x0
        if max(xa, xb) < -20 or min(xa, xb) > width + 20:
            continue
        ya = HEADER_H + pred_row * ROW_H - y0 + ROW_H / 2
        yb = HEADER_H + succ_row * ROW_H - y0 + ROW_H / 2
        critical = (
            chart.show_critical
            and link.predecessor_id in chart.critical
            and link.successor_id in chart.critical
        )
        painter.setPen(QPen(FILL_CRITICAL if critical else ARROW, 1.2))
        path = QPainterPath(QPointF(xa, ya))
        bend = xa + 6
        if xb - 6 >= bend:
            path.lineTo(bend, ya)
            path.lineTo(bend, yb)
        else:  # the successor starts before the bend: go round below the predecessor
            mid = ya + (ROW_H / 2 if yb > ya else -ROW_H / 2)
            path.lineTo(bend, ya)
            path.lineTo(bend, mid)
            path.lineTo(xb - 8, mid)
            path.lineTo(xb - 8, yb)
        path.lineTo(xb - 1, yb)
        painter.drawPath(path)
        painter.setBrush(painter.pen().color())
        painter.drawPolygon(
            QPolygonF([QPointF(xb, yb), QPointF(xb - 6, yb - 3.5), QPointF(xb - 6, yb + 3.5)])
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _header(painter: QPainter, scale: TimeScale, x0: int, width: int) -> None:
    painter.fillRect(QRectF(0, 0, width, HEADER_H), tone("#f8fafc"))
    painter.setPen(GRID)
    painter.drawLine(QPointF(0, HEADER_H - 0.5), QPointF(width, HEADER_H - 0.5))
    painter.drawLine(QPointF(0, HEADER_H / 2), QPointF(width, HEADER_H / 2))
    upper, lower = scale.ticks(x0, x0 + width)
    painter.setPen(tone("#475569"))
    for x, label in lower:
        painter.setPen(GRID)
        painter.drawLine(QPointF(x - x0, HEADER_H / 2), QPointF(x - x0, HEADER_H))
        painter.setPen(tone("#475569"))
        painter.drawText(
            QRectF(x - x0 + 3, HEADER_H / 2, 200, HEADER_H / 2), Qt.AlignmentFlag.AlignVCenter, label
        )
    sticky = scale.at(x0)
    shown = [(x - x0, text) for x, text in upper if x - x0 > 0]
    if not shown or shown[0][0] > 120:
        label = f"{sticky:%B %Y}" if scale.zoom is not Zoom.MONTH else f"{sticky:%Y}"
        shown.insert(0, (0.0, label))
    painter.setPen(tone("#1e293b"))
    for x, label in shown:
        painter.drawText(QRectF(x + 4, 0, 400, HEADER_H / 2), Qt.AlignmentFlag.AlignVCenter, label)
