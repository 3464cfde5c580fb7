"""The visible side of waiting for the database's write lock: "Waiting for another program…" with Cancel.

A save on SQLite first takes the write lock (app/services/core/write_lock.py). When another program
holds it (an import, a standardisation, an index build), the save waits in short steps and asks this
notice between them: after 0.3 s it shows a small application-modal box with the wait so far and a
Cancel button, and keeps the window painting (events are processed while it waits). Cancel makes the
save fail with DatabaseBusyError, which the form shows; nothing is lost from the form.

Install one for the GUI thread (`install_waiter(LockWaitNotice())` at start-up) or around one save
(`waiting_with(LockWaitNotice(dialog))`). Called from a worker thread (whose context was copied from the
GUI thread's), it touches no widget and simply keeps waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_S = 0.3  # a lock released sooner is not worth a flash on the screen
TEXT = "Waiting for another program to finish writing…"


class LockWaitNotice:
    """A `write_lock.LockWaiter` that shows the wait over `parent` (default: the active window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.box: QProgressDialog | None = None
        self.cancelled = False
        self.longest = 0.0  # seconds of the longest wait seen (tests, diagnostics)

    def waiting(self, seconds: float) -> bool:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return True  # a worker thread: wait quietly
        self.longest = max(self.longest, seconds)
        if self.box is None and seconds >= SHOW_AFTER_S:
            self.cancelled = False
            self.box = self._make_box()
        if self.box is not None:
            self.box.setLabelText(
                QCoreApplication.translate(
                    "LockWaitNotice",
                    "{TEXT}\n\nThe save goes through as soon as it has finished (waiting {v1} s).",
                ).format(TEXT=TEXT, v1=int(seconds))
            )
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if self.box is not None and self.box.wasCanceled():  # Cancel, Escape or the close button
            self.cancelled = True
        return not self.cancelled

    def finished(self) -> None:
        if self.box is not None:
            self.box.hide()
            self.box.deleteLater()
            self.box = None

    def _make_box(self) -> QProgressDialog:
        parent = self.parent or QApplication.activeWindow()
        box = QProgressDialog(
            TEXT, QCoreApplication.translate("LockWaitNotice", "Cancel"), 0, 0, parent
        )  # 0..0: a busy bar, no percentage
        box.setObjectName("lockWait")
        box.setWindowTitle(QCoreApplication.translate("LockWaitNotice", "Database busy"))
        box.setWindowModality(Qt.WindowModality.ApplicationModal)  # no second save while this one waits
        box.setMinimumDuration(0)
        box.setAutoClose(False)
        box.setAutoReset(False)
        box.canceled.connect(self._cancel)
        box.show()
        return box

    def _cancel(self) -> None:
        self.cancelled = True
