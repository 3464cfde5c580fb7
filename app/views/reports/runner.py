"""Run reports in a worker thread, one at a time: a new run cancels the one going (its query stops in the
database and its result is dropped). The thread touches no Qt object; a timer polls it (see ThreadJob)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.reports.definition import ReportDefinition
from app.services.reports.run import ReportResult
from app.views.common.thread_job import ThreadJob

BUSY_AFTER_MS = 300  # a run longer than this says so (busy bar, Cancel)
RunReport = Callable[..., ReportResult]  # ReportService.run(report, cancelled=...)


class ReportRunner(QObject):
    """`finished(result)`, `failed(message)`, `cancelled()` for the newest run; `busy(True)` once a run
    has lasted BUSY_AFTER_MS, `busy(False)` when it ends."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    busy = Signal(bool)

    def __init__(self, run_report: Callable[[], RunReport], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run_report = run_report  # looked up per run, so a test can replace the service's method
        self.job: ThreadJob | None = None
        self._waited = 0
        self.poll = QTimer(self, interval=30)
        self.poll.timeout.connect(self._poll)

    def start(self, report: ReportDefinition) -> None:
        if self.job is not None:
            self.job.cancelled = True  # its thread ends soon; its result is never delivered
        run = self.run_report()
        holder: dict[str, ThreadJob] = {}

        def work(_progress: Any) -> ReportResult:
            return run(report, cancelled=lambda: holder["job"].cancelled)

        self.job = holder["job"] = ThreadJob(work, "rapport-report")
        self._waited = 0
        self.job.thread.start()
        self.poll.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True

    def wait(self) -> None:
        """Finish the running report now (tests)."""
        while self.job is not None:
            self.job.thread.join()
            self._poll()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            self.poll.stop()
            return
        if not job.finished:
            self._waited += self.poll.interval()
            if self._waited >= BUSY_AFTER_MS:
                self.busy.emit(True)
            return
        self.poll.stop()
        self.job = None
        self.busy.emit(False)
        if job.error:
            if job.cancelled:
                self.cancelled.emit()
            else:
                self.failed.emit(job.error)
            return
        self.finished.emit(job.result)
