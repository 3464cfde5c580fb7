"""The Calendar page: meetings, calls and tasks by day, week or month, beside the Tasks list and the Gantt.

Day and week show a 00-24 time grid (scrolled to 08:00) under a row of the day's tasks; month shows six weeks
of cells. Drag a meeting to move it, its lower edge to change its end, a task onto another day: each is one
undoable edit of the activity (edits.py). Double-click
an empty slot for a new meeting there, an item to open it. Keys: T today, ←/→ and PgUp/PgDn the range.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import RapportError
from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.calendar_range import CalendarItem, activities_between
from app.services.scheduling.tasks import EVERYONE
from app.views.calendar import edits
from app.views.calendar.day_header import DayHeader
from app.views.calendar.layout import DEFAULT_MINUTES, Span, local_midnight, step, visible_days, window
from app.views.calendar.month_grid import MonthGrid
from app.views.calendar.time_grid import TimeGrid
from app.views.common.env import ViewEnv
from app.views.common.form_dialog import fill_assignees
from app.views.common.labels import translated
from app.views.common.style import icon
from app.views.common.theme import current, themed_qss

REFRESH_ON = ("activity", "user")
SPAN_STYLE = "QPushButton:checked { background: #dbeafe; border-color: #2563eb; color: #1d4ed8; }"
HINT = "Drag a meeting to move it, its lower edge to resize · double-click to open or create · T today · ←/→ move"


class CalendarPage(QWidget):
    countChanged = Signal(int)
    title = QT_TRANSLATE_NOOP("labels", "Calendar")

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_calendar")
        self.tz: tzinfo | None = (
            None  # the system's zone, each day with its own offset (layout.local_midnight)
        )
        self.first_weekday = QLocale().firstDayOfWeek().value  # ISO: 1 Monday ... 7 Sunday
        self.span = Span.WEEK
        self.anchor = date.today()
        self.items: list[CalendarItem] = []
        self.editor: Any = None
        self._stale = True
        self._scrolled = False
        self._build()
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        env.relay.changed.connect(self.on_changes)

    def _build(self) -> None:
        self.range_label = QLabel(objectName="calendarRange")
        self.range_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        today = QPushButton(self.tr("Today"), objectName="calendarToday")
        today.setToolTip(self.tr("Go to today (T)"))
        today.clicked.connect(self.go_today)
        self.prev_button = QToolButton(objectName="calendarPrev", text="\u2039", autoRaise=True)
        self.next_button = QToolButton(objectName="calendarNext", text="\u203a", autoRaise=True)
        self.prev_button.setToolTip(self.tr("Earlier (← or PgUp)"))
        self.next_button.setToolTip(self.tr("Later (→ or PgDn)"))
        self.prev_button.clicked.connect(lambda: self.move_range(-1))
        self.next_button.clicked.connect(lambda: self.move_range(1))
        self.span_buttons = QButtonGroup(self)
        spans = QHBoxLayout()
        spans.setSpacing(0)
        for span in Span:
            button = QPushButton(span.value, objectName=f"calendar{span.value}", checkable=True)
            button.setStyleSheet(themed_qss(SPAN_STYLE, current()))
            button.setChecked(span is self.span)
            self.span_buttons.addButton(button)
            spans.addWidget(button)
            button.clicked.connect(lambda _=False, s=span: self.set_span(s))
        self.owner_box = QComboBox(objectName="calendarOwner")
        self.owner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_box.setMinimumContentsLength(10)
        self.owner_box.currentIndexChanged.connect(lambda _=0: self.reload())
        self.new_button = QPushButton(icon("add"), self.tr("New meeting"), objectName="newButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("New meeting (Ctrl+N); or double-click a free slot"))
        self.new_button.clicked.connect(self.new_record)
        ical = QMenu(self)
        ical.addAction(self.tr("Import calendar (.ics)…"), self.import_calendar)
        ical.addAction(self.tr("Export calendar (.ics)…"), self.export_calendar)
        ical_button = QPushButton(self.tr("iCalendar"), objectName="calendarIcal")
        ical_button.setToolTip(
            self.tr("Import or export meetings and tasks as an .ics file (as in the File menu)")
        )
        ical_button.setMenu(ical)
        top = QHBoxLayout()  # two rows, so the page fits a 1024-px screen without clipping a name
        top.addWidget(QLabel(translated(self.title), objectName="pageTitle"))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Assigned to")))
        for widget in (self.owner_box, ical_button, self.new_button):
            top.addWidget(widget)
        navigation = QHBoxLayout()
        for widget in (today, self.prev_button, self.next_button):
            navigation.addWidget(widget)
        navigation.addSpacing(8)
        navigation.addWidget(self.range_label, 1)
        navigation.addLayout(spans)

        self.header = DayHeader()
        self.grid = TimeGrid()
        self.scroll = QScrollArea(objectName="calendarScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        time_view = QFrame(objectName="calendarFrame")
        time_view.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(time_view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.scroll, 1)
        self.month = MonthGrid()
        self.views = QStackedWidget()
        self.views.addWidget(time_view)
        self.views.addWidget(self.month)
        self.summary = QLabel(objectName="calendarSummary")
        hint = QLabel(HINT, objectName="hint", wordWrap=True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addStretch(1)
        bottom.addWidget(hint, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(navigation)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)

        self.grid.moveRequested.connect(self.move_item)
        self.header.moveRequested.connect(self.move_task)
        self.grid.openRequested.connect(lambda item: self.open_id(item.id))
        self.grid.createRequested.connect(self.new_meeting_at)
        self.grid.dayRequested.connect(self.show_day)
        for view in (self.header, self.month):
            view.openRequested.connect(lambda item: self.open_id(item.id))
            view.dayRequested.connect(self.show_day)
        keys = {
            "T": self.go_today,
            "Left": lambda: self.move_range(-1),
            "Right": lambda: self.move_range(1),
            "PgUp": lambda: self.move_range(-1),
            "PgDown": lambda: self.move_range(1),
        }
        for key, slot in keys.items():
            shortcut = QShortcut(
                QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(slot)

    # --- the range ---------------------------------------------------------------------------------
    def days(self) -> list[date]:
        return visible_days(self.span, self.anchor, self.first_weekday)

    def set_first_weekday(self, iso_day: int) -> None:
        """Start weeks on this day (1 Monday ... 7 Sunday); the locale's by default."""
        self.first_weekday = iso_day
        self.reload()

    def set_span(self, span: Span) -> None:
        self.span = span
        for button in self.span_buttons.buttons():
            button.setChecked(button.text() == span.value)
        self.views.setCurrentIndex(1 if span is Span.MONTH else 0)
        self.reload()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.reload()

    def go_today(self) -> None:
        self.go_to(date.today())

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.set_span(Span.DAY)

    def move_range(self, direction: int) -> None:
        self.go_to(step(self.span, self.anchor, direction))

    def range_text(self) -> str:
        days = self.days()
        if self.span is Span.DAY:
            return days[0].strftime("%A %d %B %Y").replace(" 0", " ")
        if self.span is Span.MONTH:
            return self.anchor.strftime("%B %Y")
        first, last = days[0], days[-1]
        if first.month == last.month:
            return f"{first.day}\u2013{last.day} {last:%B %Y}"
        if first.year == last.year:
            return f"{first.day} {first:%b} \u2013 {last.day} {last:%b %Y}"
        return f"{first.day} {first:%b %Y} \u2013 {last.day} {last:%b %Y}"

    # --- loading -----------------------------------------------------------------------------------
    def _fill_owners(self) -> None:
        fill_assignees(self.owner_box, self.env, self.owner_box.currentData(), EVERYONE)

    def owner_id(self) -> Any:
        data = self.owner_box.currentData()
        return None if data in (None, EVERYONE) else data

    def reload(self) -> None:
        if self.owner_box.count() == 0:
            self._fill_owners()
        days = self.days()
        start, end = window(days, self.tz)
        try:
            self.items = activities_between(self.env.ctx.activities, start, end, self.owner_id())
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self._stale = False
        today = date.today()
        if self.span is Span.MONTH:
            self.month.set_content(days, self.anchor.month, self.items, self.tz, today)
        else:
            self.header.right_margin = self.scroll.verticalScrollBar().sizeHint().width()
            self.header.set_content(days, self.items, self.tz, today)
            self.grid.set_content(days, self.items, self.tz, today)
        self.range_label.setText(self.range_text())
        meetings = sum(1 for i in self.items if not i.is_task)
        tasks = len(self.items) - meetings
        self.summary.setText(
            self.tr("{meetings:,} meetings and calls · {tasks:,} tasks").format(
                meetings=meetings, tasks=tasks
            )
        )
        self.countChanged.emit(len(self.items))

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(*REFRESH_ON):
            return
        if changes.touches("user"):
            self._fill_owners()
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()  # once per event-loop turn, however many changes

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
        if not self._scrolled:  # the working day in view the first time
            self._scrolled = True
            QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(self.grid.scroll_y_for(8)))

    # --- edits -------------------------------------------------------------------------------------
    def move_item(self, item: CalendarItem, start: datetime, end: datetime | None) -> bool:
        """Move or resize a call or meeting (one undo step); a refused edit redraws what is stored."""
        done = edits.move_meeting(self.env, item, start, end, self.tz)
        if not done:
            self.reload()
        return done

    def move_task(self, item: CalendarItem, due: datetime) -> bool:
        """Give a task another due date (one undo step)."""
        done = edits.move_task(self.env, item, due, self.tz)
        if not done:
            self.reload()
        return done

    def new_record(self) -> None:
        now = datetime.now().astimezone(self.tz)
        day = self.anchor if self.span is not Span.MONTH else date.today()
        hour = now.hour + 1 if day == now.date() and now.hour < 23 else 9
        self.new_meeting_at(local_midnight(day, self.tz) + timedelta(hours=hour))

    def new_meeting_at(self, start: datetime) -> None:
        me = self.env.ctx.current_user
        owner = self.owner_id() or (me.id if me else None)
        prefill = ActivityInput(
            kind="meeting", owner_id=owner, start_at=start, end_at=start + timedelta(minutes=DEFAULT_MINUTES)
        )
        self.open_editor(None, prefill, self.tr("New meeting"))

    def open_editor(self, detail: Any, prefill: ActivityInput | None = None, title: str = "") -> None:
        from app.views.activities.editor import ActivityEditor

        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            return
        self.editor = ActivityEditor(self.env, detail, self, prefill=prefill, title=title)
        self.editor.open()

    def open_id(self, record_id: Any) -> None:
        try:
            detail = self.env.ctx.activities.get(record_id)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.open_editor(detail)

    def import_calendar(self, path: str | None = None) -> bool:
        from app.views.activities import actions

        return actions.import_calendar(_Host(self), path)

    def export_calendar(self, path: str | None = None) -> bool:
        from app.views.activities import actions

        return actions.export_calendar(_Host(self), path)

    # --- the main window's page protocol -----------------------------------------------------------
    def status_text(self) -> str:
        count = len(self.items)
        return f"{count:,} {'item' if count == 1 else 'items'} · {self.range_text()}"

    def refresh(self) -> None:
        self._fill_owners()
        self.reload()

    def _open_current(self) -> None:
        if self.grid.selected is not None:
            self.open_id(self.grid.selected)

    def delete_selected(self) -> None:
        """Deleting is done from the editor or the Tasks page."""

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("calendar/span", self.span.value)

    def restore_state(self, settings: QSettings) -> None:
        value = settings.value("calendar/span")
        if value in {s.value for s in Span} and value != self.span.value:
            self.span = Span(str(value))
            for button in self.span_buttons.buttons():
                button.setChecked(button.text() == self.span.value)
            self.views.setCurrentIndex(1 if self.span is Span.MONTH else 0)
            self._stale = True


class _Host:
    """What the iCalendar actions (app/views/activities/actions.py) need, from this page."""

    def __init__(self, page: CalendarPage) -> None:
        self.env = page.env
        self._page = page
        self.show_message = page.env.status
        self.show_error = page.env.error

    def window(self) -> QWidget:
        return self._page.window()
