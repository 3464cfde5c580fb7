"""Settings → Pipelines: pipelines and their ordered stages, saved (and undone) through the services."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError, ValidationError
from app.services.sales.pipelines import PipelineInput, StageInput, as_input
from app.views.board.stages_model import StagesModel
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv

NEW_STAGES = (
    StageInput("Qualification", 10),
    StageInput("Proposal", 50),
    StageInput("Negotiation", 75),
    StageInput("Won", 100, is_won=True),
    StageInput("Lost", 0, is_lost=True),
)


class SavePipelineCommand(ServiceCommand):
    """Save a pipeline; undo saves the state before (or trashes a new pipeline)."""

    def __init__(self, env: ViewEnv, before: PipelineInput | None, after: PipelineInput) -> None:
        super().__init__(env, f"Edit pipeline {after.name}")
        self.before, self.after = before, after

    def _redo(self) -> None:
        saved = self.env.ctx.pipelines.save(self.after).value
        self.after = as_input(saved)  # new pipelines and stages keep their ids for redo

    def _undo(self) -> None:
        if self.before is None:
            assert self.after.id is not None
            self.env.ctx.pipelines.delete(self.after.id)
        else:
            self.env.ctx.pipelines.save(self.before)


class DeletePipelineCommand(ServiceCommand):
    def __init__(self, env: ViewEnv, before: PipelineInput) -> None:
        super().__init__(env, f"Delete pipeline {before.name}")
        self.before = before

    def _redo(self) -> None:
        assert self.before.id is not None
        self.env.ctx.pipelines.delete(self.before.id)

    def _undo(self) -> None:
        self.env.ctx.pipelines.save(self.before)


class PipelinesDialog(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Pipelines"))
        self.resize(780, 460)
        self.current: uuid.UUID | None = None
        self.list = QListWidget(objectName="pipelineList")
        self.list.currentRowChanged.connect(self._show_row)
        self.name = QLineEdit(objectName="pipelineName")
        self.default = QCheckBox(self.tr("Default pipeline for new deals"), objectName="pipelineDefault")
        self.model = StagesModel(parent=self)
        self.table = QTableView(objectName="stagesTable")
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 240)
        self.table.verticalHeader().setVisible(False)
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.default)
        stage_buttons = QHBoxLayout()
        for text, slot in (
            ("Add stage", self.add_stage),
            ("Remove stage", self.remove_stage),
            ("Move up", lambda: self.move_stage(-1)),
            ("Move down", lambda: self.move_stage(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            stage_buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.table, 1)
        right.addLayout(stage_buttons)
        right.addWidget(self.error)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        new = QPushButton(self.tr("New pipeline"), objectName="newPipeline")
        new.clicked.connect(self.new_pipeline)
        delete = QPushButton(self.tr("Delete pipeline"), objectName="deletePipeline")
        delete.clicked.connect(self.delete_pipeline)
        left.addWidget(new)
        left.addWidget(delete)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.pipelines = self.env.ctx.pipelines.all()
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([p.name + (" (default)" if p.is_default else "") for p in self.pipelines])
        self.list.blockSignals(False)
        ids = [p.id for p in self.pipelines]
        self.list.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        if not ids:
            self.new_pipeline()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pipelines):
            data = as_input(self.pipelines[row])
            self.current = data.id
            self.name.setText(data.name)
            self.default.setChecked(data.is_default)
            self.model.set_stages(data.stages)
            self._show_error("")

    def new_pipeline(self) -> None:
        self.list.clearSelection()
        self.current = None
        self.name.setText(self.tr("New pipeline"))
        self.default.setChecked(not self.pipelines)
        self.model.set_stages(NEW_STAGES)
        self.name.setFocus()
        self.name.selectAll()

    def add_stage(self) -> None:
        row = self.model.add("New stage")
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.edit(self.model.index(row, 0))

    def remove_stage(self) -> None:
        self.model.remove(self.table.currentIndex().row())

    def move_stage(self, step: int) -> None:
        row = self.model.move(self.table.currentIndex().row(), step)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def edited(self) -> PipelineInput:
        return PipelineInput(
            self.name.text(), tuple(self.model.stages), self.default.isChecked(), self.current
        )

    def save(self) -> None:
        before = next((as_input(p) for p in self.pipelines if p.id == self.current), None)
        command = SavePipelineCommand(self.env, before, self.edited())
        if self._run(command, f"Pipeline “{command.after.name}” saved"):
            self.reload(select=command.after.id)

    def delete_pipeline(self) -> None:
        before = next((as_input(p) for p in self.pipelines if p.id == self.current), None)
        if before is not None and self._run(
            DeletePipelineCommand(self.env, before), f"Pipeline “{before.name}” deleted"
        ):
            self.reload()

    def _run(self, command: Any, message: str) -> bool:
        try:
            command.execute()
        except ValidationError as exc:
            self._show_error("\n".join(str(e) for e in exc.errors))
            return False
        except RapportError as exc:
            self._show_error(str(exc))
            return False
        self._show_error("")
        self.env.push(command, message)
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
