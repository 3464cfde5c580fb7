"""The month view: six weeks of day cells, each with its count and first items; double-click opens.

Double-click an item to open it, a day's empty space (or its "+n more") to see that day in the day view.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app.services.scheduling.calendar_range import CalendarItem
from app.views.calendar.palette import ACCENT, GRID, LINE, MUTED, OTHER_MONTH, TEXT, TODAY, colours

HEADER = 26  # the weekday names
DAY_LABEL = 22
LINE_HEIGHT = 19


class MonthGrid(QWidget):
    openRequested = Signal(object)
    dayRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonthGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.days: list[date] = []
        self.month = date.today().month
        self.today = date.today()
        self.tz: tzinfo | None = None  # None: the system's zone, with its own daylight-saving rules
        self.by_day: dict[date, list[CalendarItem]] = {}

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    def set_content(
        self, days: list[date], month: int, items: list[CalendarItem], tz: tzinfo | None, today: date
    ) -> None:
        self.days, self.month, self.tz, self.today = days, month, tz, today
        self.by_day = {day: [] for day in days}
        for item in items:
            day = item.when.astimezone(tz).date()
            if day in self.by_day:
                self.by_day[day].append(item)
        self.update()

    def count(self, day: date) -> int:
        return len(self.by_day.get(day, []))

    # --- geometry ---------------------------------------------------------------------------------
    def cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER) / 6
        return QRectF((index % 7) * width, HEADER + (index // 7) * height, width, height)

    def lines(self, index: int) -> list[tuple[CalendarItem | None, QRectF]]:
        """The item lines drawn in a cell (None for "+n more")."""
        rect = self.cell(index)
        items = self.by_day.get(self.days[index], [])
        room = max(int((rect.height() - DAY_LABEL - 2) // LINE_HEIGHT), 1)
        shown = items if len(items) <= room else items[: room - 1]
        out: list[tuple[CalendarItem | None, QRectF]] = []
        for row, item in enumerate([*shown, *([None] if len(shown) < len(items) else [])]):
            top = rect.top() + DAY_LABEL + row * LINE_HEIGHT
            out.append((item, QRectF(rect.left() + 3, top, rect.width() - 6, LINE_HEIGHT - 2)))
        return out

    def index_at(self, point: QPointF) -> int | None:
        if point.y() < HEADER or not self.days:
            return None
        column = min(int(point.x() // (self.width() / 7)), 6)
        row = min(int((point.y() - HEADER) // ((self.height() - HEADER) / 6)), 5)
        return row * 7 + column

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index is None:
            return
        for item, rect in self.lines(index):
            if item is not None and rect.contains(event.position()):
                self.openRequested.emit(item)
                return
        self.dayRequested.emit(self.days[index])

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), GRID)
        if not self.days:
            return
        locale = QLocale()
        width = self.width() / 7
        painter.setPen(MUTED)
        for column in range(7):
            name = locale.dayName(self.days[column].isoweekday(), QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(column * width, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter, name.upper()
            )
        for index, day in enumerate(self.days):
            self._paint_cell(painter, index, day)
        painter.setPen(QPen(LINE, 1))
        for column in range(8):
            x = min(round(column * width), self.width() - 1) + 0.5
            painter.drawLine(QPointF(x, HEADER), QPointF(x, self.height()))
        height = (self.height() - HEADER) / 6
        for row in range(7):
            y = min(round(HEADER + row * height), self.height() - 1) + 0.5
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        painter.end()

    def _paint_cell(self, painter: QPainter, index: int, day: date) -> None:
        rect = self.cell(index)
        if day == self.today:
            painter.fillRect(rect, TODAY)
        elif day.month != self.month:
            painter.fillRect(rect, OTHER_MONTH)
        font = painter.font()
        font.setBold(day == self.today)
        painter.setFont(font)
        painter.setPen(ACCENT if day == self.today else TEXT if day.month == self.month else MUTED)
        label = rect.adjusted(6, 3, -6, 0)
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day))
        font.setBold(False)
        painter.setFont(font)
        count = self.count(day)
        if count:
            painter.setPen(MUTED)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{count}")
        items = self.by_day.get(day, [])
        for item, line in self.lines(index):
            if item is None:
                painter.setPen(ACCENT)
                more = len(items) - (len(self.lines(index)) - 1)
                painter.drawText(line.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, f"+{more} more")
                continue
            fill, edge = colours(item)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(line, 3, 3)
            painter.fillRect(QRectF(line.left(), line.top(), 3, line.height()), edge)
            when = item.when.astimezone(self.tz)
            time = "" if item.is_task and when.hour == when.minute == 0 else f"{when:%H:%M} "
            mark = ("☑ " if item.done_at else "☐ ") if item.is_task else ""
            text = f"{mark}{time}{item.subject}"
            painter.setPen(TEXT if item.done_at is None else MUTED)
            elided = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(line.width() - 10)
            )
            painter.drawText(line.adjusted(7, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, elided)
