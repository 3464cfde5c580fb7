"""Reminders while the app is open: a timer asks the service for due reminders, marks them shown, and tells
the user through the system tray when there is one, else with a notice in the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from app.services.core.errors import RapportError
from app.services.scheduling.tasks import Reminder
from app.views.common.env import ViewEnv
from app.views.common.formatting import label, short_datetime
from app.views.common.style import app_icon

POLL_MS = 30_000


def describe(reminder: Reminder) -> str:
    parts = [f"{label(reminder.kind)}: {reminder.subject}"]
    if reminder.due is not None:
        parts.append(f"Due {short_datetime(reminder.due)}")
    if reminder.regarding:
        parts.append(reminder.regarding)
    return "\n".join(parts)


class ReminderWatcher(QObject):
    """Polls every `interval_ms`; `open_task(id)` and `complete(id)` are what the notice's buttons do."""

    def __init__(
        self,
        env: ViewEnv,
        window: QWidget,
        open_task: Callable[[Any], None],
        complete: Callable[[Any], None],
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self.env = env
        self.window = window
        self.open_task = open_task
        self.complete = complete
        self.shown: list[Reminder] = []
        self.notice: QMessageBox | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(self.tr("Rapport"))
            self.tray.messageClicked.connect(self._open_last)
            self.tray.show()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        # reminders that fell due while the app was closed; a timer we own, so stop() cancels it too
        self.first = QTimer(self, singleShot=True, interval=2000)
        self.first.timeout.connect(self.poll)
        self.first.start()

    def poll(self) -> None:
        if not self.timer.isActive():  # stopped: the window is closing and the database may be gone
            return
        me = self.env.ctx.current_user
        try:
            due = self.env.ctx.activities.due_reminders(me.id if me else None)
            if due:
                self.env.ctx.activities.mark_reminded([r.id for r in due])
        except RapportError as exc:
            self.env.status(self.tr("Could not check reminders: {exc}").format(exc=exc))
            return
        for reminder in due:
            self.show(reminder)

    def show(self, reminder: Reminder) -> None:
        self.shown.append(reminder)
        text = describe(reminder)
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(self.tr("Reminder"), text, QSystemTrayIcon.MessageIcon.Information, 15_000)
            return
        self._notice(reminder, text)

    def _notice(self, reminder: Reminder, text: str) -> None:
        """An in-window notice that does not block: Open, Mark done or Dismiss."""
        box = QMessageBox(
            QMessageBox.Icon.Information, "Reminder", text, QMessageBox.StandardButton.NoButton, self.window
        )
        box.setObjectName("reminderNotice")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        done_button = box.addButton(self.tr("Mark done"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Dismiss"), QMessageBox.ButtonRole.RejectRole)
        open_button.clicked.connect(lambda: self.open_task(reminder.id))
        done_button.clicked.connect(lambda: self.complete(reminder.id))
        self.notice = box
        box.show()

    def _open_last(self) -> None:
        if self.shown:
            self.open_task(self.shown[-1].id)

    def stop(self) -> None:
        self.timer.stop()
        self.first.stop()
        if self.tray is not None:
            self.tray.hide()
