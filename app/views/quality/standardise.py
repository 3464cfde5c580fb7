"""Edit > Standardise…: preview the changes for the selection or the whole list, tick which to apply,
apply them in a worker with progress and Cancel, undo them as one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet, Outcome
from app.services.core.listing import ListQuery
from app.services.importing.export import list_rows
from app.services.quality.standardise import ProposedChange, StandardiseService
from app.views.common.commands import ServiceCommand
from app.views.common.env import EntityKind, ViewEnv
from app.views.common.thread_job import ThreadJob
from app.views.quality.standardise_model import ChangesModel


class StandardiseCommand(ServiceCommand):
    """Applied standardisation as one undo step: undo puts the before values back."""

    def __init__(self, env: ViewEnv, changes: list[ProposedChange], records: int) -> None:
        super().__init__(env, f"Standardise {records:,} record(s)")
        self.changes = changes
        self._executed = True  # the dialog's worker applied them

    def _redo(self) -> None:
        self.env.ctx.standardise.apply(self.changes)

    def _undo(self) -> None:
        self.env.ctx.standardise.revert(self.changes)


class StandardiseDialog(QDialog):
    def __init__(
        self,
        env: ViewEnv,
        kind: EntityKind,
        ids: list[Any] | None,
        query: ListQuery,
        scope: str,
        parent: QWidget | None = None,
    ) -> None:
        """`ids`: the selected records; None: every record the list shows for `query`."""
        super().__init__(parent)
        self.env, self.kind, self.ids = env, kind, ids
        self.setWindowTitle(self.tr("Standardise {singular}s").format(singular=kind.singular))
        self.resize(820, 520)
        self.summary = QLabel(
            self.tr("Looking for changes in {scope}…").format(scope=scope),
            objectName="standardiseSummary",
            wordWrap=True,
        )
        self.model = ChangesModel(parent=self)
        self.table = QTableView(objectName="standardiseTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.progress = QProgressBar(objectName="standardiseProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="standardiseCancel")
        self.cancel_button.clicked.connect(self._cancel)
        tick = QPushButton(self.tr("Tick all"), autoDefault=False)
        tick.clicked.connect(lambda: self.model.set_all(True))
        untick = QPushButton(self.tr("Untick all"), autoDefault=False)
        untick.clicked.connect(lambda: self.model.set_all(False))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Apply ticked changes"))
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(tick)
        row.addWidget(untick)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.job: ThreadJob | None = None
        self.timer = QTimer(self, interval=50)
        self.timer.timeout.connect(self._poll)
        self._after: Callable[[ThreadJob], None] = lambda job: None
        entity, source = kind.name, kind.service(env.ctx)

        def propose(progress: Callable[[int, int], bool]) -> list[ProposedChange]:
            wanted = ids if ids is not None else [row.id for row in list_rows(source, query)]
            return self.service.propose(entity, wanted, progress)

        self._start(propose, self._proposed)

    @property
    def service(self) -> StandardiseService:
        return self.env.ctx.unbroadcast().standardise

    def _start(
        self, work: Callable[[Callable[[int, int], bool]], Any], after: Callable[[ThreadJob], None]
    ) -> None:
        self.job, self._after = ThreadJob(work, "rapport-standardise"), after
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.apply_button.setEnabled(False)
        self.job.thread.start()
        self.timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        self.progress.setMaximum(max(job.total, 1))
        self.progress.setValue(job.done)
        if not job.finished:
            return
        self.timer.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self.job = None
        if job.error:
            self.summary.setText(job.error)
            return
        self._after(job)

    def wait(self) -> None:
        """Finish the running job now (tests and closing)."""
        if self.job is not None:
            self.job.thread.join()
            self._poll()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True

    def _proposed(self, job: ThreadJob) -> None:
        changes: list[ProposedChange] = job.result
        self.model.set_rows(changes)
        self.table.resizeColumnsToContents()
        records = len({c.record_id for c in changes})
        if changes:
            self.summary.setText(
                self.tr(
                    "{changes:,} change(s) to {records:,} {singular}(s). Untick what should stay "
                    "as it is, then apply; Ctrl+Z undoes the whole standardisation."
                ).format(changes=len(changes), records=records, singular=self.kind.singular)
            )
        else:
            self.summary.setText(
                self.tr("Nothing to change: these {singular}s are already standard.").format(
                    singular=self.kind.singular
                )
            )
        self.apply_button.setEnabled(bool(changes))

    def apply(self) -> None:
        chosen = self.model.chosen()
        if not chosen:
            return
        self.summary.setText(self.tr("Applying {v0:,} change(s)…").format(v0=len(chosen)))
        self._start(lambda progress: (chosen, self.service.apply(chosen, progress)), self._applied)

    def _applied(self, job: ThreadJob) -> None:
        chosen, outcome = job.result
        assert isinstance(outcome, Outcome)
        changes: ChangeSet = outcome.changes
        self.env.ctx.bus.publish(changes)  # the worker's changes, announced on the GUI thread
        self.env.push(
            StandardiseCommand(self.env, chosen, outcome.value),
            self.tr("Standardised {value:,} {singular}(s)").format(
                value=outcome.value, singular=self.kind.singular
            ),
        )
        self.summary.setText(
            self.tr("Standardised {value:,} {singular}(s).").format(
                value=outcome.value, singular=self.kind.singular
            )
        )
        self.model.set_rows([])

    def reject(self) -> None:
        self._cancel()
        self.wait()
        super().reject()
