"""The import wizard's value step: each distinct value of a fixed-value column (stage, status, owner,
country, currency ...) beside the value of ours it becomes, guessed and changeable from the keyboard.

The page is shown only when a mapped column has such a field (ImportWizard.nextId skips it otherwise).
What it holds becomes `RecordImportSpec.values` of the preview, the dry run, the import and a saved mapping.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.services.core.errors import RapportError
from app.services.importing.values import value_columns
from app.views.common.env import ViewEnv
from app.views.importing.draft import ImportDraft
from app.views.importing.values_model import CHOICES_ROLE, TARGET, ValuesModel, country_names

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo of the choices its model gives under CHOICES_ROLE."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent, objectName="valueChoice")
        for label, value in index.data(CHOICES_ROLE) or []:
            box.addItem(label, value)
        box.setMaxVisibleItems(16)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ValuesTable(QTableView):
    """Tab moves past the table (arrows move within it); F2, Enter or typing on any cell of a row edits
    that row's translation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valuesTable")
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setItemDelegateForColumn(TARGET, ChoiceDelegate(self))
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)

    def edit(self, index: Index, trigger: Any = None, event: QEvent | None = None) -> bool:  # type: ignore[override]
        if trigger is None:
            super().edit(index)
            return True
        if index.isValid() and index.column() != TARGET:
            index = index.siblingAtColumn(TARGET)
            self.setCurrentIndex(index)
        return super().edit(index, trigger, event)

    def keyPressEvent(self, event: Any) -> None:
        current = self.currentIndex()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            self.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event)
            return
        super().keyPressEvent(event)


class ValuesPage(QWizardPage):
    def __init__(self, env: ViewEnv, draft: ImportDraft) -> None:
        super().__init__()
        self.env = env
        self.draft = draft
        self.setTitle(self.tr("Translate the values"))
        self.setSubTitle(
            self.tr(
                "Each value found in the file beside the value it becomes here. Values we know are fine, the others are guessed. F2, Enter or typing changes the selected one."
            )
        )
        self.pipeline = QComboBox(objectName="valuesPipeline")
        self.pipeline.currentIndexChanged.connect(self._pipeline_changed)
        self.model = ValuesModel(self)
        self.model.translationsChanged.connect(self._translations_changed)
        self.view = ValuesTable()
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = QLabel(objectName="valuesSummary", wordWrap=True)
        self.error = ""  # why the values cannot be checked (a lookup failed)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.pipeline.setMinimumWidth(220)
        self.form.addRow(self.tr("Stages of the pipeline"), self.pipeline)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def initializePage(self) -> None:
        deals = self.draft.kind == "deals"
        self.form.setRowVisible(self.pipeline, self.draft.shows_stages())
        if deals and self.pipeline.count() == 0:
            self.pipeline.blockSignals(True)
            try:
                for ref in self.env.ctx.deals.pipelines():
                    self.pipeline.addItem(ref.name, "" if ref.is_default else ref.name)
            except RapportError:
                pass
            default = self.pipeline.findData("")
            self.pipeline.setCurrentIndex(max(0, default))
            self.pipeline.blockSignals(False)
            self.draft.stages_pipeline = str(self.pipeline.currentData() or "")
        self.reload()
        self.view.setFocus()

    def cleanupPage(self) -> None:
        self.draft.picked.update(self.model.chosen())

    def reload(self) -> None:
        """Read the file's values for the current mapping and guess ours (hand-picked ones stay)."""
        draft = self.draft
        draft.picked.update(self.model.chosen())
        self.error = ""
        try:
            found = self.env.ctx.importer.lookups(draft.kind, draft.lookup_spec())
            columns = value_columns(draft.kind, draft.table, draft.mapping, found, country_names())
        except RapportError as exc:
            self.error, columns = str(exc), []
        self.model.set_columns(columns, draft.picked)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(TARGET, max(self.view.columnWidth(TARGET), 220))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, TARGET))
        self._summarise()

    def _pipeline_changed(self) -> None:
        self.draft.stages_pipeline = str(self.pipeline.currentData() or "")
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self.reload()

    def _translations_changed(self) -> None:
        self.draft.translations = self.model.translations()
        self._summarise()

    def _summarise(self) -> None:
        if self.error:
            self.summary.setText(self.tr("The values cannot be checked: {error}").format(error=self.error))
            return
        states = [self.model.state(i) for i in range(self.model.rowCount())]
        counts = {s: states.count(s) for s in ("fine", "guessed", "chosen", "missing")}
        text = (
            f"{len(states)} distinct value(s): {counts['fine']} fine, {counts['guessed']} guessed, "
            f"{counts['chosen']} chosen by hand, {counts['missing']} without a match."
        )
        refused = [r for r in self.model.missing() if not r.column.fallback]
        if refused:
            rows = sum(r.value.rows for r in refused)
            text += f" Rows with a value without a match are refused ({rows:,} row(s))."
        left_out = sum(c.more for c in {r.column.header: r.column for r in self.model.rows}.values())
        if left_out:
            text += f" {left_out:,} rarer value(s) are not listed."
        self.summary.setText(text)
