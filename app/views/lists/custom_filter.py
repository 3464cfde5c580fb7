"""The filter bar's custom-field filter: a field, an operator and a value (ListQuery.custom_filter)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from app.services.core.custom_validation import FieldDef, FieldKind
from app.services.core.listing import CustomFilter, ListQuery
from app.views.lists.filter_bar import CompactCombo

OPERATORS = (
    ("equals", "is"),
    ("contains", "contains"),
    ("greater", "more than"),
    ("less", "less than"),
    ("empty", "is empty"),
    ("not_empty", "is not empty"),
)
ORDERED = frozenset({FieldKind.NUMBER, FieldKind.MONEY, FieldKind.DATE})
NO_VALUE = frozenset({"empty", "not_empty"})


class CustomFieldFilter(QWidget):
    """Hidden while the record type has no custom fields; `apply(query)` sets the query's custom filter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = CompactCombo(narrowest=8)
        self.field.setObjectName("customFilterField")
        self.op = CompactCombo()
        self.op.setObjectName("customFilterOp")
        self.value = QLineEdit(objectName="customFilterValue", placeholderText=self.tr("value"))
        self.value.setMinimumWidth(60)
        self.value.setMaximumWidth(140)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.field, self.op, self.value):
            layout.addWidget(widget)
        self.defs: dict[str, FieldDef] = {}
        self.field.currentIndexChanged.connect(self._field_changed)
        self.op.currentIndexChanged.connect(self._op_changed)
        self.value.editingFinished.connect(self.changed.emit)
        self.set_fields(())

    def set_fields(self, defs: Sequence[FieldDef]) -> None:
        """Offer these fields, keeping the chosen one if it is still there."""
        current = self.field.currentData()
        self.defs = {d.key: d for d in defs}
        self.field.blockSignals(True)
        self.field.clear()
        self.field.addItem(self.tr("Any custom field"), None)
        for d in defs:
            self.field.addItem(d.label, d.key)
        self.field.setCurrentIndex(max(self.field.findData(current), 0) if current in self.defs else 0)
        self.field.blockSignals(False)
        self.setVisible(bool(defs))
        self._field_changed(emit=current is not None and current not in self.defs)

    def _field_changed(self, _index: int = 0, emit: bool = True) -> None:
        defn = self.defs.get(self.field.currentData() or "")
        kept = self.op.currentData()
        self.op.blockSignals(True)
        self.op.clear()
        for op, text in OPERATORS:
            if op in ("greater", "less") and (defn is None or defn.kind not in ORDERED):
                continue
            self.op.addItem(text, op)
        self.op.setCurrentIndex(max(self.op.findData(kept), 0))
        self.op.blockSignals(False)
        self.op.setEnabled(defn is not None)
        self.op.setVisible(
            defn is not None
        )  # the filter bar is crowded: show the rest once a field is picked
        self._op_changed(emit=False)
        if emit:
            self.changed.emit()

    def _op_changed(self, _index: int = 0, emit: bool = True) -> None:
        wanted = self.field.currentData() is not None and self.op.currentData() not in NO_VALUE
        self.value.setEnabled(wanted)
        self.value.setVisible(wanted)
        if emit and self.field.currentData() is not None:
            self.changed.emit()

    def current(self) -> CustomFilter | None:
        key, op = self.field.currentData(), self.op.currentData()
        if key is None or op is None:
            return None
        if op not in NO_VALUE and not self.value.text().strip():
            return None
        return CustomFilter(key, op, None if op in NO_VALUE else self.value.text().strip())

    def apply(self, query: ListQuery) -> ListQuery:
        return replace(query, custom_filter=self.current())
