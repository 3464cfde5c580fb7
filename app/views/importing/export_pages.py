"""The import wizard's pages for a whole CRM export (a Salesforce, HubSpot or Pipedrive folder or zip):
the plan (each object, its rows, what it becomes, what is not imported), then the run in a worker thread
with progress and Cancel (cancel rolls everything back), the result per object, and one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.services.core.changes import ChangeSet, Outcome
from app.services.importing.whole_export import ExportResult, WholeExport
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob
from app.views.importing.draft import ImportDraft
from app.views.importing.parts import JobPage
from app.views.importing.run_page import _describe


def _table(name: str) -> QTableWidget:
    table = QTableWidget(objectName=name)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class ExportPlanPage(QWizardPage):
    """What the export holds and what the import will do with it (nothing is written yet)."""

    def __init__(self, draft: ImportDraft) -> None:
        super().__init__()
        self.draft = draft
        self.setTitle(self.tr("A whole CRM export"))
        self.summary = QLabel(objectName="exportSummary", wordWrap=True)
        self.forgiving = QCheckBox(
            self.tr("Import the good rows and report the refused ones"), objectName="exportForgiving"
        )
        self.forgiving.setAccessibleName(self.tr("Forgiving import"))
        self.plan_table = _table("exportPlan")
        self.plan_table.setAccessibleName(self.tr("Import plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.plan_table, 1)
        layout.addWidget(self.forgiving)

    def initializePage(self) -> None:
        export = self.draft.export
        assert export is not None
        rows = export.plan()
        taken = [r for r in rows if r.becomes]
        self.summary.setText(
            self.tr(
                "{vendor} export {name}: {count} object(s), {rows} rows to import in one step (one undo)."
            ).format(
                vendor=export.label,
                name=export.path.name,
                count=len(taken),
                rows=f"{sum(r.rows for r in taken):,}",
            )
        )
        headers = [self.tr("Object"), self.tr("Rows"), self.tr("Becomes"), self.tr("Not imported")]
        cells = [
            [
                r.name,
                f"{r.rows:,}" if r.becomes or r.rows else "",
                r.becomes or self.tr("(not imported)"),
                r.left_out,
            ]
            for r in rows
        ]
        _fill(self.plan_table, headers, cells)

    def validatePage(self) -> bool:
        self.draft.forgiving = self.forgiving.isChecked()
        return True


class ExportJob(ThreadJob):
    def __init__(self, env: ViewEnv, export: WholeExport, forgiving: bool) -> None:
        def work(progress: Callable[[int, int], bool]) -> Outcome[ExportResult]:
            return export.run(env.ctx.unbroadcast().uow, forgiving, progress)

        super().__init__(work, "rapport-export-import", _describe)

    @property
    def changes(self) -> ChangeSet:
        return self.result.changes if self.result is not None else ChangeSet()


class ExportImportCommand(ServiceCommand):
    """A whole export as one undo step: undo takes every object back; redo imports the export again."""

    def __init__(self, env: ViewEnv, export: WholeExport, forgiving: bool, batch_id: object) -> None:
        super().__init__(env, f"Import of the {export.label} export {export.path.name}")
        self.export, self.forgiving, self.batch_id = export, forgiving, batch_id
        self._executed = True  # the wizard's worker did the first run

    def _redo(self) -> None:
        self.batch_id = self.export.run(self.env.ctx.uow, self.forgiving).value.batch_id

    def _undo(self) -> None:
        self.env.ctx.importer.undo(self.batch_id)  # type: ignore[arg-type]


class ExportRunPage(JobPage):
    def __init__(self, env: ViewEnv, draft: ImportDraft) -> None:
        super().__init__()
        self.env, self.draft = env, draft
        self.setTitle(self.tr("Importing the export"))
        self.bar = QProgressBar(objectName="exportProgress")
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel(objectName="exportStatus", wordWrap=True)
        self.cancel = QPushButton(self.tr("Cancel import"), objectName="cancelExport")
        self.cancel.setAccessibleName(self.tr("Cancel import"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self._cancel)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, activated=self._cancel)
        self.undo_button = QPushButton(self.tr("Undo this import"), objectName="undoExport")
        self.undo_button.setAccessibleName(self.tr("Undo this import"))
        self.undo_button.clicked.connect(lambda: self.env.undo.undo())
        self.undo_button.setVisible(False)
        self.result_table = _table("exportResult")
        self.result_table.setAccessibleName(self.tr("Import result"))
        self.result_table.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.result_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.done = False
        self.job: ExportJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)

    def initializePage(self) -> None:
        export = self.draft.export
        assert export is not None
        self.done = False
        self.forgiving = self.draft.forgiving
        self.job = ExportJob(self.env, export, self.forgiving)
        self.status.setText(self.tr("Importing…"))
        self.cancel.setEnabled(True)
        self.job.thread.start()
        self.timer.start()

    def _cancel(self) -> None:
        if self.job is not None and not self.job.finished:
            self.job.cancelled = True
            self.status.setText(self.tr("Cancelling… (everything is rolled back)"))

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        self.bar.setMaximum(max(job.total, 1))
        self.bar.setValue(job.done)
        if not job.finished:
            if job.total and not job.cancelled:
                self.status.setText(
                    self.tr("Importing object {n} of {total}…").format(n=job.done + 1, total=job.total)
                )
            return
        self.timer.stop()
        job.thread.join()
        self.env.ctx.bus.publish(job.changes)
        self.done = True
        self.cancel.setEnabled(False)
        if job.result is None:
            self.status.setText(self.tr("Nothing was imported.") + "\n" + job.error)
        else:
            self._finished(job.result.value)
        self.completeChanged.emit()

    def _finished(self, result: ExportResult) -> None:
        export = self.draft.export
        assert export is not None
        refused = sum(r.refused for r in result.rows)
        text = self.tr(
            "The {vendor} export is imported. Ctrl+Z (or Undo this import) takes it all back."
        ).format(vendor=export.label)
        if refused:
            text += "\n" + self.tr(
                "{n} row(s) refused (rapport import … --rejects DIR writes them to files)."
            ).format(n=f"{refused:,}")
        self.status.setText(text)
        headers = [
            self.tr("Object"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Refused"),
            self.tr("Note"),
        ]
        cells = [
            [r.name, f"{r.created:,}", f"{r.updated:,}", f"{r.unchanged:,}", f"{r.refused:,}", r.note]
            for r in result.rows
        ]
        _fill(self.result_table, headers, cells)
        self.result_table.setVisible(True)
        self.env.undo.push(ExportImportCommand(self.env, export, self.forgiving, result.batch_id))
        self.undo_button.setVisible(True)
        self.env.status(self.tr("{vendor} export imported — Ctrl+Z to undo").format(vendor=export.label))

    def isComplete(self) -> bool:
        return self.done
