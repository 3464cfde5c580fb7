"""The import wizard's last step: the import in a worker thread with progress and Cancel, pushed on the
undo stack as one command once it is done (undo removes the whole batch)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.context import AppContext
from app.services.core.changes import ChangeSet, Outcome
from app.services.core.errors import RapportError, ValidationError
from app.services.importing.csv_read import Table
from app.services.importing.engine import RecordImportReport, RecordImportSpec
from app.services.importing.rejects import write_rejects
from app.services.importing.spec import RejectedRow
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv
from app.views.common.file_dialogs import get_save_file_name
from app.views.common.thread_job import ThreadJob
from app.views.importing.draft import ImportDraft
from app.views.importing.parts import JobPage, report_lines


@contextmanager
def rules_for(ctx: AppContext, run_rules: bool) -> Iterator[None]:
    """The automation rules on for what runs inside, or off (`rapport import --no-rules`)."""
    if run_rules:
        yield
    else:
        with ctx.automation.paused():
            yield


class ImportJob(ThreadJob):
    """One import run in a worker thread (see ThreadJob); `result` is the Outcome."""

    def __init__(
        self, ctx: AppContext, kind: str, table: Table, spec: RecordImportSpec, run_rules: bool = True
    ) -> None:
        def work(progress: Callable[[int, int], bool]) -> Outcome[RecordImportReport]:
            with rules_for(ctx, run_rules):  # in the worker thread: the pause is per thread
                return ctx.unbroadcast().importer.run(kind, table, spec, progress)

        super().__init__(work, "rapport-import", _describe)
        self.total = len(table.rows)

    @property
    def report(self) -> RecordImportReport | None:
        return self.result.value if self.result is not None else None

    @property
    def changes(self) -> ChangeSet:
        return self.result.changes if self.result is not None else ChangeSet()


def _describe(error: RapportError) -> str:
    return "\n".join(report_lines(error)) if isinstance(error, ValidationError) else str(error)


class ImportCommand(ServiceCommand):
    """A finished import as one undo step: undo removes its batch, redo imports the same rows again."""

    def __init__(
        self,
        env: ViewEnv,
        kind: str,
        table: Table,
        spec: RecordImportSpec,
        report: RecordImportReport,
        run_rules: bool = True,
    ):
        super().__init__(env, f"Import of {report.created + report.updated:,} {kind}")
        self.kind, self.table, self.spec, self.batch_id = kind, table, spec, report.batch_id
        self.run_rules = run_rules
        self._executed = True  # the wizard's worker did the first run

    def _redo(self) -> None:
        with rules_for(self.env.ctx, self.run_rules):
            self.batch_id = self.env.ctx.importer.run(self.kind, self.table, self.spec).value.batch_id

    def _undo(self) -> None:
        if self.batch_id is not None:
            self.env.ctx.importer.undo(self.batch_id)


class RunPage(JobPage):
    def __init__(self, env: ViewEnv, draft: ImportDraft) -> None:
        super().__init__()
        self.env = env
        self.draft = draft
        self.setTitle(self.tr("Import"))
        self.bar = QProgressBar(objectName="importProgress")
        self.status = QLabel(objectName="importStatus", wordWrap=True)
        self.cancel = QPushButton(self.tr("Cancel import"), objectName="cancelImport")
        self.cancel.clicked.connect(self._cancel)
        self.cancel.setAutoDefault(False)  # Enter must not cancel an import
        self.save_rejects_button = QPushButton(self.tr("Save refused rows…"), objectName="saveRejects")
        self.save_rejects_button.setToolTip(
            self.tr("Each refused row unchanged, with the reason in an added column")
        )
        self.save_rejects_button.clicked.connect(self._save_rejects)
        self.save_rejects_button.setVisible(False)
        self.rejected: tuple[RejectedRow, ...] = ()
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save_rejects_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.done = False
        self.job: ImportJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)

    def initializePage(self) -> None:
        draft = self.draft
        self.done = False
        self.kind, self.table, self.spec = draft.kind, draft.table, draft.spec()  # this run's, for its undo
        self.run_rules = draft.run_rules
        self.job = ImportJob(self.env.ctx, self.kind, self.table, self.spec, self.run_rules)
        self.status.setText(self.tr("Importing…"))
        self.cancel.setEnabled(True)
        self.job.thread.start()
        self.timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        self.bar.setMaximum(max(job.total, 1))
        self.bar.setValue(job.done)
        if not job.finished:
            rows = job.total // 2  # the service counts two steps a row: checking, then writing
            if rows and not job.cancelled:
                checking = job.done < rows
                self.status.setText(
                    f"Checking rows… {job.done:,} of {rows:,}" if checking else f"Writing {rows:,} rows…"
                )
            return
        self.timer.stop()
        job.thread.join()
        self.env.ctx.bus.publish(job.changes)  # on the GUI thread: pages refresh
        if job.report is not None:
            self._finished(job.report)
        else:
            self._failed(job.error)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True
            self.status.setText(self.tr("Cancelling…"))

    def _finished(self, report: RecordImportReport) -> None:
        self.done = True
        self.cancel.setEnabled(False)
        text = (
            f"Imported {report.created:,} new and updated {report.updated:,} {self.kind}; "
            f"{report.skipped:,} skipped. Ctrl+Z undoes the whole import."
        )
        self.rejected = report.rejected
        if report.rejected:
            text += (
                f"\n{len(report.rejected):,} row(s) refused: save them, fix them and import the file again."
            )
        if report.review:
            text += f"\n{len(report.review):,} value(s) kept as typed (the dry run lists them)."
        self.status.setText(text)
        self.save_rejects_button.setVisible(bool(report.rejected))
        self.env.undo.push(ImportCommand(self.env, self.kind, self.table, self.spec, report, self.run_rules))
        self.env.status(
            self.tr("Imported {v0:,} {kind} — Ctrl+Z to undo").format(
                v0=report.created + report.updated, kind=self.kind
            )
        )
        self.completeChanged.emit()

    def save_rejects(self, path: Path) -> None:
        write_rejects(path, self.table.headers, self.rejected)

    def _save_rejects(self) -> None:
        stem = Path(self.draft.source).stem or "import"
        name, _ = get_save_file_name(
            self, self.tr("Save refused rows"), f"{stem}-refused.csv", self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        try:
            self.save_rejects(Path(name))
        except OSError as exc:
            self.status.setText(
                self.tr("{v0}\nCannot save the refused rows: {exc}").format(v0=self.status.text(), exc=exc)
            )
            return
        self.env.status(self.tr("Refused rows saved to {name}").format(name=name))

    def _failed(self, message: str) -> None:
        self.done = True
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("Nothing was imported.\n{message}").format(message=message))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
