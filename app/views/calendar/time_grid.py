"""The day and week views' time grid: 00:00-24:00 down, one column a day, meetings and calls as blocks.

Drag a block to move it (snapped to 15 minutes; onto another day in the week view), drag its lower edge to
change its end. The grid only draws a preview while dragging and then asks the page (`moveRequested`);
what is drawn after that is what the page reloads from the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.services.scheduling.calendar_range import CalendarItem
from app.views.calendar.layout import SNAP_MINUTES, local_midnight, shown_end, side_by_side, snap
from app.views.calendar.palette import ACCENT, GRID, LINE, MUTED, NOW, TEXT, TODAY, WEEKEND, colours

GUTTER = 56  # the hour labels' width
HOUR = 44  # pixels per hour
EDGE = 6  # how close to a block's lower edge a press resizes instead of moving
MIN_DRAG = 4  # pixels the mouse must travel before a press becomes a drag
MIN_BLOCK_WIDTH = 48  # narrower side-by-side blocks would show no words: the rest become one "+n" marker


@dataclass
class Drag:
    item: CalendarItem
    resize: bool
    press: QPointF
    grab_minutes: float  # from the block's start to the press, so the block does not jump under the mouse
    start: datetime  # the preview
    end: datetime
    moved: bool = False


class TimeGrid(QWidget):
    """One column per day; `moveRequested(item, start, end)` after a drag, `openRequested(item)` and
    `createRequested(start)` on double-click."""

    moveRequested = Signal(object, object, object)
    openRequested = Signal(object)
    createRequested = Signal(object)
    dayRequested = Signal(object)  # a "+n" marker: see that day on its own

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarTimeGrid")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(24 * HOUR + 1)
        self.days: list[date] = []
        self.items: list[CalendarItem] = []
        self.tz: tzinfo | None = None  # None: the system's zone, with its own daylight-saving rules
        self.today = date.today()
        self.drag: Drag | None = None
        self.selected: object = None
        self._blocks: list[tuple[CalendarItem, QRectF]] | None = None  # laid out once per content and size
        self._more: list[tuple[QRectF, int, date]] = []  # "+n" markers: where, how many, which day

    def sizeHint(self) -> QSize:
        return QSize(800, 24 * HOUR + 1)

    def set_content(
        self, days: list[date], items: list[CalendarItem], tz: tzinfo | None, today: date
    ) -> None:
        self.days, self.tz, self.today = days, tz, today
        self.items = [i for i in items if not i.is_task]
        self.drag = None
        self._blocks = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._blocks = None
        super().resizeEvent(event)

    # --- geometry ---------------------------------------------------------------------------------
    def column_width(self) -> float:
        return (self.width() - GUTTER) / max(len(self.days), 1)

    def x_of(self, day_index: int) -> float:
        return GUTTER + day_index * self.column_width()

    def y_of(self, when: datetime, day: date) -> float:
        minutes = (when.astimezone(self.tz) - local_midnight(day, self.tz)).total_seconds() / 60
        return max(0.0, min(24 * 60.0, minutes)) * HOUR / 60

    def day_at(self, x: float) -> int:
        return max(0, min(len(self.days) - 1, int((x - GUTTER) // self.column_width())))

    def time_at(self, point: QPointF, day_index: int | None = None) -> datetime:
        """The local time under a point (unsnapped), in the day of the column under it."""
        day = self.days[self.day_at(point.x()) if day_index is None else day_index]
        minutes = max(0.0, min(24 * 60.0, point.y() * 60 / HOUR))
        return local_midnight(day, self.tz) + timedelta(minutes=minutes)

    def day_index_of(self, when: datetime) -> int | None:
        day = when.astimezone(self.tz).date()
        return self.days.index(day) if day in self.days else None

    def block_rect(
        self, item: CalendarItem, start: datetime, end: datetime, column: int, columns: int
    ) -> QRectF:
        index = self.day_index_of(start)
        if index is None:
            return QRectF()
        day = self.days[index]
        top = self.y_of(start, day)
        bottom = self.y_of(end, day) if end.astimezone(self.tz).date() == day else 24 * HOUR
        width = (self.column_width() - 6) / columns
        x = self.x_of(index) + 1 + column * width
        return QRectF(x, top + 1, width - 2, max(bottom - top - 2, 14))

    def blocks(self) -> list[tuple[CalendarItem, QRectF]]:
        """Every block and where it is drawn (what hit tests and tests use)."""
        if self._blocks is not None:
            return self._blocks
        cap = max(1, int((self.column_width() - 6) // MIN_BLOCK_WIDTH))
        out = []
        overflow: dict[int, list[CalendarItem]] = {}
        for placed in side_by_side(self.items):
            item = placed.item
            if placed.columns > cap and placed.column >= cap - 1:
                overflow.setdefault(placed.group, []).append(item)
                continue
            columns = min(placed.columns, cap)
            rect = self.block_rect(item, item.when, shown_end(item), placed.column, columns)
            if not rect.isNull():
                out.append((item, rect))
        self._more = []
        for hidden in overflow.values():
            start, end = min(i.when for i in hidden), max(shown_end(i) for i in hidden)
            rect = self.block_rect(hidden[0], start, end, cap - 1, cap)
            index = self.day_index_of(start)
            if not rect.isNull() and index is not None:
                self._more.append((rect, len(hidden), self.days[index]))
        self._blocks = out
        return out

    def more_markers(self) -> list[tuple[QRectF, int, date]]:
        """The "+n" markers standing for the blocks too many to draw side by side."""
        self.blocks()
        return self._more

    def more_at(self, point: QPointF) -> tuple[QRectF, int, date] | None:
        return next((marker for marker in self.more_markers() if marker[0].contains(point)), None)

    def block_at(self, point: QPointF) -> tuple[CalendarItem, QRectF] | None:
        for item, rect in reversed(self.blocks()):
            if rect.contains(point):
                return item, rect
        return None

    def scroll_y_for(self, hour: int) -> int:
        return max(hour * HOUR - 10, 0)  # the hour's label in view too

    # --- mouse ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = event.position()
        hit = self.block_at(point)
        if hit is None:
            self.selected = None
            self.update()
            return
        item, rect = hit
        self.selected = item.id
        start, end = item.when, shown_end(item)
        grab = (self.time_at(point, self.day_index_of(start)) - start).total_seconds() / 60
        resize = rect.bottom() - point.y() <= EDGE
        self.drag = Drag(item, resize, point, grab, start, end)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self.drag
        if drag is None:
            hit = self.block_at(point)
            resizing = hit is not None and hit[1].bottom() - point.y() <= EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if resizing else Qt.CursorShape.ArrowCursor)
            return
        if not drag.moved and (point - drag.press).manhattanLength() < MIN_DRAG:
            return
        drag.moved = True
        item_start = drag.item.when
        if drag.resize:
            day_index = self.day_index_of(item_start)
            end = snap(self.time_at(point, day_index))
            drag.end = max(end, item_start + timedelta(minutes=SNAP_MINUTES))
        else:
            length = shown_end(drag.item) - item_start
            start = snap(self.time_at(point) - timedelta(minutes=drag.grab_minutes))
            day_end = local_midnight(start.astimezone(self.tz).date(), self.tz) + timedelta(days=1)
            start = min(start, day_end - length) if length < timedelta(days=1) else start
            drag.start, drag.end = start, start + length
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        if drag is None or not drag.moved:
            self.update()
            return
        item = drag.item
        if drag.resize:
            start, end = item.when, drag.end
        else:
            start, end = drag.start, (drag.end if item.end_at is not None else None)
        if start != item.when or end != item.end_at:
            self.moveRequested.emit(item, start, end)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.drag is not None:
            self.drag = None  # the block goes back; the release then asks for nothing
            self.update()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self.block_at(QPointF(event.pos()))
            more = self.more_at(QPointF(event.pos()))
            if hit is not None:
                QToolTip.showText(event.globalPos(), tooltip(hit[0], self.tz), self)
            elif more is not None:
                QToolTip.showText(
                    event.globalPos(), f"{more[1]} more at this time: double-click to see the day", self
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.drag = None
        hit = self.block_at(event.position())
        more = self.more_at(event.position())
        if hit is not None:
            self.openRequested.emit(hit[0])
        elif more is not None:
            self.dayRequested.emit(more[2])
        elif event.position().x() > GUTTER and self.days:
            start = self.time_at(event.position())
            self.createRequested.emit(start.replace(minute=start.minute // 30 * 30, second=0, microsecond=0))

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), GRID)
        self._paint_background(painter)
        dragged = self.drag.item.id if self.drag and self.drag.moved else None
        for item, rect in self.blocks():
            self._paint_block(painter, item, rect, faded=item.id == dragged)
        for rect, count, _day in self._more:
            painter.setPen(QPen(ACCENT, 1, Qt.PenStyle.DashLine))
            painter.setBrush(GRID)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(ACCENT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{count}")
        if self.drag is not None and self.drag.moved:
            drag = self.drag
            rect = self.block_rect(drag.item, drag.start, drag.end, 0, 1)
            self._paint_block(painter, drag.item, rect, preview=(drag.start, drag.end))
        self._paint_now(painter)
        painter.end()

    def _paint_background(self, painter: QPainter) -> None:
        width = self.column_width()
        for index, day in enumerate(self.days):
            column = QRectF(self.x_of(index), 0, width, self.height())
            if day == self.today:
                painter.fillRect(column, TODAY)
            elif day.isoweekday() >= 6:
                painter.fillRect(column, WEEKEND)
        for hour in range(25):
            y = hour * HOUR
            painter.setPen(QPen(LINE, 1))
            painter.drawLine(QPointF(GUTTER - 4, y + 0.5), QPointF(self.width(), y + 0.5))
            if hour < 24:
                painter.setPen(QPen(LINE.lighter(112), 1, Qt.PenStyle.DotLine))
                half = y + HOUR / 2 + 0.5
                painter.drawLine(QPointF(GUTTER, half), QPointF(self.width(), half))
                painter.setPen(MUTED)
                label = QRectF(0, y + 2 if hour == 0 else y - 8, GUTTER - 8, 16)
                painter.drawText(
                    label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00"
                )
        painter.setPen(QPen(LINE, 1))
        for index in range(len(self.days) + 1):
            x = round(self.x_of(index)) + 0.5
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))

    def _paint_block(
        self,
        painter: QPainter,
        item: CalendarItem,
        rect: QRectF,
        faded: bool = False,
        preview: tuple[datetime, datetime] | None = None,
    ) -> None:
        fill, edge = colours(item)
        if faded:
            fill = QColor(fill)
            fill.setAlpha(90)
        painter.setPen(QPen(edge, 2 if preview or item.id == self.selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), edge)
        start, end = preview or (item.when, shown_end(item))
        times = f"{start.astimezone(self.tz):%H:%M}\u2013{end.astimezone(self.tz):%H:%M}"
        text_rect = rect.adjusted(7, 2, -3, -2)
        painter.setPen(TEXT if item.done_at is None else MUTED)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        elide = painter.fontMetrics().elidedText
        line = painter.fontMetrics().height()
        if text_rect.height() < 2 * line:  # a short block: subject and time on one line
            text = elide(f"{item.subject}  {times}", Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        else:
            text = elide(item.subject, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
            font.setBold(False)
            painter.setFont(font)
            painter.drawText(
                text_rect.adjusted(0, line, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                elide(times, Qt.TextElideMode.ElideRight, int(text_rect.width())),
            )
        font.setBold(False)
        painter.setFont(font)

    def _paint_now(self, painter: QPainter) -> None:
        now = datetime.now().astimezone(self.tz)
        index = self.day_index_of(now)
        if index is None:
            return
        y = self.y_of(now, self.days[index])
        left, right = self.x_of(index), self.x_of(index + 1)
        painter.setPen(QPen(NOW, 2))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setBrush(NOW)
        painter.drawEllipse(QPointF(left, y), 4, 4)


def tooltip(item: CalendarItem, tz: tzinfo | None) -> str:
    """What a block or chip says on hover: kind, subject, when, who, and whether it is done."""
    when = item.when.astimezone(tz)
    if item.all_day and item.start_at is not None:  # its dates, the same in every zone
        first = item.start_at.astimezone(UTC)
        last = (item.end_at or item.start_at).astimezone(UTC) - timedelta(days=1)
        span = f"{first:%a %d %b}" + (f"\u2013{last:%a %d %b}" if last > first else "") + ", all day"
    elif item.is_task:
        span = f"due {when:%a %d %b %H:%M}"
    else:
        span = f"{when:%a %d %b %H:%M}\u2013{shown_end(item).astimezone(tz):%H:%M}"
    lines = [f"{item.kind.capitalize()}: {item.subject}", span]
    if item.location:
        lines.append(f"at {item.location}")
    if item.owner:
        lines.append(item.owner)
    if item.done_at is not None:
        lines.append("Done")
    return "\n".join(lines)
