"""The status bar's offline part: "Offline, last synced …, N changes waiting", a Sync button (Shift+F9) that
syncs in a thread, and a Conflicts button that opens the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.context import AppContext
from app.services.sync.engine import SyncReport
from app.views.common.thread_job import ThreadJob
from app.views.sync.conflicts_dialog import ConflictsDialog

SyncNow = Callable[[], SyncReport]  # a sync with a server context signed in as the user (the shell's)
AUTO_SYNC_MS = 5 * 60 * 1000  # while the server answers, a sync every five minutes


class SyncStatus(QWidget):
    synced = Signal(object)  # the SyncReport, on the GUI thread

    def __init__(
        self,
        ctx: AppContext,
        sync_now: SyncNow | None,
        parent: QWidget | None = None,
        auto_ms: int = AUTO_SYNC_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.sync_now = ctx, sync_now
        self.job: ThreadJob | None = None
        self.label = QLabel(self)
        self.label.setMinimumWidth(
            self.label.fontMetrics().horizontalAdvance(
                "Offline, last synced 07 Dec 09:00, 10,000 changes waiting"
            )
        )
        self.label.setAccessibleName(self.tr("Sync status"))
        self.button = QPushButton(self.tr("Sync"), self)
        self.button.setShortcut(QKeySequence("Shift+F9"))
        self.button.setToolTip(
            self.tr("Send this laptop's changes and fetch the office's (Shift+F9; F9 fetches mail)")
        )
        self.button.setAccessibleName(self.tr("Sync now"))
        self.button.setEnabled(sync_now is not None)
        self.button.clicked.connect(self.start_sync)
        self.conflicts = QPushButton(self)
        self.conflicts.setAccessibleName(self.tr("Sync conflicts"))
        self.conflicts.clicked.connect(self.show_conflicts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.button, self.conflicts):
            layout.addWidget(w)
        self.poll = QTimer(self)
        self.poll.setInterval(100)
        self.poll.timeout.connect(self._check_job)
        # Automatic sync: tried every `auto_ms`; an unreachable server only shows in the label, and the
        # next tick tries again, so the laptop catches up as soon as it is back on the network.
        self.auto = QTimer(self)
        self.auto.setInterval(auto_ms)
        self.auto.timeout.connect(self.start_sync)
        if sync_now is not None and auto_ms > 0:
            self.auto.start()
        self.refresh()

    def refresh(self) -> None:
        status = self.ctx.replica.status()
        self.setVisible(status.is_replica)
        when = _when(status.last_synced) if status.last_synced else self.tr("never")
        waiting = (
            self.tr("Offline, last synced %1, 1 change waiting")
            if status.pending == 1
            else self.tr("Offline, last synced %1, %2 changes waiting")
        )
        self.label.setText(waiting.replace("%1", when).replace("%2", f"{status.pending:,}"))
        self.conflicts.setText(
            self.tr("1 conflict")
            if status.conflicts == 1
            else self.tr("%1 conflicts").replace("%1", str(status.conflicts))
        )
        self.conflicts.setVisible(status.conflicts > 0)

    def start_sync(self) -> None:
        if self.sync_now is None or (self.job is not None and not self.job.finished):
            return
        sync_now = self.sync_now
        self.job = ThreadJob(lambda _progress: sync_now(), "rapport-sync")
        self.button.setEnabled(False)
        self.label.setText(self.tr("Syncing…"))
        self.job.thread.start()
        self.poll.start()

    def _check_job(self) -> None:
        job = self.job
        if job is None or not job.finished:
            return
        self.poll.stop()
        self.button.setEnabled(True)
        self.refresh()
        if job.error:
            self.label.setText(self.tr("Sync failed: %1").replace("%1", job.error))
        else:
            self.synced.emit(job.result)

    def show_conflicts(self) -> None:
        dialog = ConflictsDialog(self.ctx, self)
        dialog.exec()
        self.refresh()


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d %b %H:%M")
