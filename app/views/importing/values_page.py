"""The import wizard's value step: each distinct value of a fixed-value column (stage, status, owner,
country, currency ...) beside the value of ours it becomes, guessed and changeable from the keyboard.

The page is shown only when a mapped column has such a field (MappingPage.nextId skips it otherwise).
What it holds becomes `RecordImportSpec.values` of the preview, the dry run, the import and a saved mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QLocale, QModelIndex, QPersistentModelIndex, Qt
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
from app.services.core.validation import country_codes
from app.services.importing.csv_read import Table
from app.services.importing.engine import RecordImportSpec
from app.services.importing.entities import Lookups
from app.services.importing.values import guessed, value_columns, value_fields
from app.views.importing.values_model import CHOICES_ROLE, TARGET, ValuesModel

if TYPE_CHECKING:
    from app.views.importing.wizard import ImportWizard

Index = QModelIndex | QPersistentModelIndex


@cache
def country_names() -> dict[str, str]:
    """ISO code -> the country's name as Qt knows it (labels and fuzzy guesses of country columns)."""
    names = {}
    for code in country_codes():
        territory = QLocale.codeToTerritory(code)
        if territory != QLocale.Country.AnyTerritory:
            names[code] = QLocale.territoryToString(territory)
    return names


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
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Translate the values")
        self.setSubTitle(
            "Each value found in the file beside the value it becomes here. Values we know are fine, "
            "the others are guessed. F2, Enter or typing changes the selected one."
        )
        self.remembered: dict[tuple[str, str], str] = {}  # chosen by hand, kept across Back and Next
        self.pipeline = QComboBox(objectName="valuesPipeline")
        self.pipeline.currentIndexChanged.connect(self._pipeline_changed)
        self.model = ValuesModel(self)
        self.model.translationsChanged.connect(self._summarise)
        self.view = ValuesTable()
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = QLabel(objectName="valuesSummary", wordWrap=True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.pipeline.setMinimumWidth(220)
        self.form.addRow("Stages of the pipeline", self.pipeline)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def shows_stages(self) -> bool:
        return self.w.kind == "deals" and "stage" in value_fields(self.w.kind, self.w.mapping_page.mapping())

    def pipeline_name(self) -> str:
        """The pipeline whose stages are offered ('' = the default one)."""
        return str(self.pipeline.currentData() or "") if self.shows_stages() else ""

    def initializePage(self) -> None:
        deals = self.w.kind == "deals"
        self.form.setRowVisible(self.pipeline, self.shows_stages())
        if deals and self.pipeline.count() == 0:
            self.pipeline.blockSignals(True)
            try:
                for ref in self.w.env.ctx.deals.pipelines():
                    self.pipeline.addItem(ref.name, "" if ref.is_default else ref.name)
            except RapportError:
                pass
            default = self.pipeline.findData("")
            self.pipeline.setCurrentIndex(max(0, default))
            self.pipeline.blockSignals(False)
        self.reload()
        self.view.setFocus()

    def cleanupPage(self) -> None:
        self.remembered.update(self.model.chosen())

    def reload(self) -> None:
        """Read the file's values for the current mapping and guess ours (hand-picked ones stay)."""
        self.remembered.update(self.model.chosen())
        mapping = self.w.mapping_page.mapping()
        self.error = ""
        try:
            found = self.lookups(mapping)
            columns = value_columns(self.w.kind, self.w.table, mapping, found, country_names())
        except RapportError as exc:
            self.error, columns = str(exc), []
        self.model.set_columns(columns, self.remembered)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(TARGET, max(self.view.columnWidth(TARGET), 220))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, TARGET))
        self._summarise()

    def lookups(self, mapping: Mapping[str, str]) -> Lookups:
        spec = RecordImportSpec(mapping, pipeline=self.pipeline_name())
        return self.w.env.ctx.importer.lookups(self.w.kind, spec)

    def translations(self) -> dict[str, dict[str, str]]:
        return self.model.translations()

    def preview_values(self, head: Table, mapping: Mapping[str, str], found: Lookups) -> dict[str, Any]:
        """The translations for a few rows before the page was seen: guesses, then what was picked by hand."""
        out = guessed(value_columns(self.w.kind, head, mapping, found, country_names()))
        for (field, value), target in self.remembered.items():
            if field in mapping:
                table = out.setdefault(field, {})
                if target:
                    table[value] = target
                else:
                    table.pop(value, None)
        return out

    def _pipeline_changed(self) -> None:
        if self.w.currentPage() is self:
            self.reload()

    def _summarise(self) -> None:
        if self.error:
            self.summary.setText(f"The values cannot be checked: {self.error}")
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
