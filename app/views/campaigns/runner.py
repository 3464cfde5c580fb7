"""Runs the drip sequences while the app is open: every few minutes, in a thread (ThreadJob) polled from
the GUI thread. `rapport sequence run` does the same from cron; run keys keep two runners from doing a
step twice, so the app and a cron job may both run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.services.campaigns.ports import default_sender
from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob

INTERVAL_MS = 5 * 60 * 1000


class SequenceRunner(QObject):
    def __init__(self, env: ViewEnv, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.env = env
        self.job: ThreadJob | None = None
        self.last_report: Any = None
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run_now)
        self.poll = QTimer(self, interval=200)
        self.poll.timeout.connect(self._check)

    def start(self) -> None:
        """Tick every few minutes (the first run after one interval: start-up stays quick)."""
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> None:
        """Start a run unless one is still going (the next tick tries again)."""
        if self.job is not None and not self.job.finished:
            return
        ctx = self.env.ctx.unbroadcast()
        made: list[Any] = []
        ctx.uow.bus.subscribe(made.append)  # the worker's change records, published here afterwards

        def work(_progress: Any) -> Any:
            return ctx.sequences.run(default_sender()), made

        self.job = ThreadJob(work, name="rapport-sequences")
        self.job.thread.start()
        self.poll.start()

    def _check(self) -> None:
        if self.job is None or not self.job.finished:
            return
        self.poll.stop()
        if self.job.error:
            self.env.status(self.tr("Sequences: {error}").format(error=self.job.error))
            return
        report, made = self.job.result
        self.last_report = report
        if report.emails or report.tasks:
            self.env.status(
                self.tr("Sequences: {mails} mail(s) queued, {tasks} task(s) created").format(
                    mails=report.emails, tasks=report.tasks
                )
            )
        for changes in made:  # on the GUI thread: each open view decides whether to refresh
            self.env.ctx.bus.publish(changes)
