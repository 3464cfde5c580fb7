"""Above the time grid: each day's name and its tasks (due that day) as chips; double-click a chip to open it,
drag it onto another day to move its due date (the time of day kept)."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.services.scheduling.calendar_range import CalendarItem
from app.views.calendar.layout import local_midnight
from app.views.calendar.palette import ACCENT, GRID, LINE, MUTED, TEXT, TODAY, colours
from app.views.calendar.time_grid import GUTTER, MIN_DRAG, tooltip

NAME_HEIGHT = 40
CHIP = 22
MAX_CHIPS = 3  # more are summed up as "+n more" (the day view shows them all)


class DayHeader(QWidget):
    """Day names and the task row; `openRequested(item)` on a chip, `dayRequested(date)` on a day's name."""

    openRequested = Signal(object)
    dayRequested = Signal(object)
    moveRequested = Signal(object, object)  # a task dragged to another day: the item, its new due time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDayHeader")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.days: list[date] = []
        self.tasks: dict[date, list[CalendarItem]] = {}
        self.today = date.today()
        self.right_margin = 0  # the time grid's scroll bar, so the columns line up
        self.max_chips = MAX_CHIPS
        self.drag: tuple[CalendarItem, QPointF] | None = None
        self.drop_index: int | None = None  # the column a dragged chip is over
        self.tz: tzinfo | None = None  # None: the system's zone, with its own daylight-saving rules

    def set_content(
        self, days: list[date], items: list[CalendarItem], tz: tzinfo | None, today: date
    ) -> None:
        self.days, self.today, self.tz = days, today, tz
        self.max_chips = MAX_CHIPS if len(days) > 1 else 8
        self.tasks = {day: [] for day in days}
        for item in items:
            if item.is_task:
                day = item.when.astimezone(tz).date()
                if day in self.tasks:
                    self.tasks[day].append(item)
        self.setFixedHeight(NAME_HEIGHT + self._rows() * CHIP + 6)
        self.update()

    def _rows(self) -> int:
        most = max((len(v) for v in self.tasks.values()), default=0)
        return max(1, min(most, self.max_chips + (1 if most > self.max_chips else 0)))

    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    def column_width(self) -> float:
        return (self.width() - GUTTER - self.right_margin) / max(len(self.days), 1)

    def chips(self) -> list[tuple[CalendarItem | None, QRectF, date]]:
        """Each chip drawn (None for a "+n more") with its rectangle and day."""
        out: list[tuple[CalendarItem | None, QRectF, date]] = []
        width = self.column_width()
        for index, day in enumerate(self.days):
            tasks = self.tasks.get(day, [])
            shown = tasks if len(tasks) <= self.max_chips else tasks[: self.max_chips]
            x = GUTTER + index * width
            for row, item in enumerate(shown):
                out.append((item, QRectF(x + 3, NAME_HEIGHT + row * CHIP + 1, width - 6, CHIP - 3), day))
            if len(shown) < len(tasks):
                rect = QRectF(x + 3, NAME_HEIGHT + len(shown) * CHIP + 1, width - 6, CHIP - 3)
                out.append((None, rect, day))
        return out

    def chip_at(self, point: QPointF) -> tuple[CalendarItem | None, QRectF, date] | None:
        return next((chip for chip in self.chips() if chip[1].contains(point)), None)

    def index_at(self, x: float) -> int:
        return max(0, min(len(self.days) - 1, int((x - GUTTER) // self.column_width())))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        chip = self.chip_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and chip is not None and chip[0] is not None:
            self.drag = (chip[0], event.position())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag is None or (event.position() - self.drag[1]).manhattanLength() < MIN_DRAG:
            return
        self.drop_index = self.index_at(event.position().x())
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, index = self.drag, self.drop_index
        self.drag, self.drop_index = None, None
        self.unsetCursor()
        self.update()
        if drag is None or index is None:
            return
        item = drag[0]
        due = item.when.astimezone(self.tz)
        target = self.days[index]
        if target != due.date():
            start = local_midnight(target, self.tz)
            self.moveRequested.emit(item, start + (due - local_midnight(due.date(), self.tz)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.drag is not None:
            self.drag, self.drop_index = None, None
            self.update()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            chip = self.chip_at(QPointF(event.pos()))
            if chip is None or chip[0] is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip(chip[0], self.tz), self)
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.drag = None
        point = event.position()
        for item, rect, day in self.chips():
            if rect.contains(point):
                if item is None:
                    self.dayRequested.emit(day)
                else:
                    self.openRequested.emit(item)
                return
        if point.y() < NAME_HEIGHT and point.x() > GUTTER and self.days:
            index = min(int((point.x() - GUTTER) // self.column_width()), len(self.days) - 1)
            self.dayRequested.emit(self.days[index])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), GRID)
        width = self.column_width()
        locale = QLocale()
        font = painter.font()
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(0, NAME_HEIGHT, GUTTER - 8, CHIP),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "Tasks",
        )
        for index, day in enumerate(self.days):
            x = GUTTER + index * width
            if day == self.today:
                painter.fillRect(QRectF(x, 0, width, self.height()), TODAY)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            painter.setPen(ACCENT if day == self.today else MUTED)
            painter.drawText(QRectF(x, 4, width, 16), Qt.AlignmentFlag.AlignHCenter, name.upper())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() + 3)
            painter.setFont(font)
            painter.setPen(ACCENT if day == self.today else TEXT)
            painter.drawText(QRectF(x, 18, width, 22), Qt.AlignmentFlag.AlignHCenter, str(day.day))
            font.setBold(False)
            font.setPointSizeF(font.pointSizeF() - 3)
            painter.setFont(font)
        painter.setPen(QPen(LINE, 1))
        for index in range(len(self.days) + 1):
            x = round(GUTTER + index * width) + 0.5
            painter.drawLine(QPointF(x, NAME_HEIGHT - 2), QPointF(x, self.height()))
        painter.drawLine(QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5))
        for item, rect, day in self.chips():
            self._paint_chip(painter, item, rect, len(self.tasks[day]) - self.max_chips)
        if self.drag is not None and self.drop_index is not None:
            x = GUTTER + self.drop_index * width
            painter.setPen(QPen(ACCENT, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                QRectF(x + 2, NAME_HEIGHT - 1, width - 4, self.height() - NAME_HEIGHT - 2), 4, 4
            )
        painter.end()

    def _paint_chip(self, painter: QPainter, item: CalendarItem | None, rect: QRectF, more: int) -> None:
        if item is None:
            painter.setPen(ACCENT)
            painter.drawText(rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, f"+{more} more")
            return
        fill, edge = colours(item)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        mark = "☑" if item.done_at is not None else "☐"
        time = item.when.astimezone(self.tz).strftime("%H:%M")
        text = f"{mark} {item.subject}" if time == "00:00" else f"{mark} {time} {item.subject}"
        painter.setPen(TEXT if item.done_at is None else MUTED)
        font = painter.font()
        font.setStrikeOut(item.done_at is not None)
        painter.setFont(font)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 10))
        painter.drawText(rect.adjusted(6, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, elided)
        font.setStrikeOut(False)
        painter.setFont(font)
