"""Fetch mail (F9) from the window: read each of the user's IMAP accounts in the background, then say
what became of the mail in the status bar and refresh the pages whose records it touched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob


class MailFetcher(QObject):
    def __init__(self, env: ViewEnv, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.job: ThreadJob | None = None
        self.last: list[Any] = []
        self.timer = QTimer(self, interval=150)
        self.timer.timeout.connect(self._poll)

    def start(self) -> bool:
        """Begin reading (False if a read is still running or no account reads mail)."""
        if self.job is not None and not self.job.finished:
            return False
        accounts = [a for a in self.env.ctx.mail_accounts.list() if a.imap_host]
        if not accounts:
            self.env.status(self.tr("No mail account reads mail: add an IMAP server in Email settings"))
            return False
        ctx = self.env.ctx.unbroadcast()  # its change records are published here, on the GUI thread
        made: list[Any] = []
        ctx.uow.bus.subscribe(made.append)

        def work(_progress: Any) -> Any:
            return [ctx.mail.fetch(a.id) for a in accounts], made

        self.env.status(self.tr("Fetching mail…"))
        self.job = ThreadJob(work, name="rapport-mail-fetch")
        self.job.thread.start()
        self.timer.start()
        return True

    def _poll(self) -> None:
        job = self.job
        if job is None or not job.finished:
            return
        self.timer.stop()
        if job.error:
            self.env.error(self.tr("Fetching mail failed: {0}").format(job.error))
            return
        reports, made = job.result
        self.last = reports
        for changes in made:
            self.env.ctx.bus.publish(changes)
        read = sum(r.read for r in reports)
        logged = sum(r.logged for r in reports)
        leads = sum(r.leads for r in reports)
        bounces = sum(r.bounces for r in reports)
        self.env.status(
            self.tr("Mail: {0} read, {1} logged on timelines, {2} new leads, {3} bounces").format(
                read, logged, leads, bounces
            )
        )
