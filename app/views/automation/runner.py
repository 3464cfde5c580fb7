"""Runs the time rules and delivers the outbox while the app is open: every few minutes, and soon after
a change that queued a webhook. The work runs in a thread (ThreadJob), polled from the GUI thread;
`rapport automation run` does the same from cron, and run keys keep two runners from acting twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob

INTERVAL_MS = 5 * 60 * 1000
SOON_MS = 2000  # after a change that queued a webhook


class AutomationRunner(QObject):
    def __init__(self, env: ViewEnv, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.env = env
        self.job: ThreadJob | None = None
        self.last_result: Any = None
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run_now)
        self.soon = QTimer(self, singleShot=True, interval=SOON_MS)
        self.soon.timeout.connect(self.run_now)
        self.poll = QTimer(self, interval=200)
        self.poll.timeout.connect(self._check)
        env.relay.changed.connect(self._on_changes)

    def start(self) -> None:
        """Tick every few minutes (the first run after one interval: start-up stays quick)."""
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()
        self.env.relay.changed.disconnect(self._on_changes)

    def _on_changes(self, changes: Any) -> None:
        if changes.touches("automation_outbox") and not self.soon.isActive():
            self.soon.start()

    def run_now(self) -> None:
        """Start a run unless one is still going (the next tick tries again)."""
        if self.job is not None and not self.job.finished:
            return
        ctx = self.env.ctx.unbroadcast()
        made: list[Any] = []
        ctx.uow.bus.subscribe(made.append)  # the worker's change records, published here afterwards

        def work(_progress: Any) -> Any:
            runs = ctx.automation.run_due()
            return runs, ctx.automation.deliver_outbox(), made

        self.job = ThreadJob(work, name="rapport-automation")
        self.job.thread.start()
        self.poll.start()

    def _check(self) -> None:
        if self.job is None or not self.job.finished:
            return
        self.poll.stop()
        if self.job.error:
            self.env.status(self.tr("Automation: {error}").format(error=self.job.error))
            return
        self.last_result = self.job.result
        runs, sent, made = self.job.result
        acted = sum(r.acted for r in runs)
        if acted or sent.delivered or sent.failed:
            self.env.status(
                self.tr("Automation: acted on {acted} record(s), {delivered} webhook(s) sent").format(
                    acted=acted, delivered=sent.delivered
                )
            )
        for changes in made:  # on the GUI thread: each open view decides whether to refresh
            self.env.ctx.bus.publish(changes)
