"""The segment builder's editor: AND/OR groups of field / operator / value rows (tree format:
app/services/segments/criteria.py). Each row's value editor fits the field's kind and the operator."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.lookups import TagRef
from app.services.segments.criteria import OPERATOR_LABELS, FieldSpec
from app.views.common.formatting import label

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "JPY")


class ValueEditor(QWidget):
    """One value of a kind: text, number, date, yes/no, a choice, an amount with currency, days."""

    changed = Signal()

    def __init__(
        self, spec: FieldSpec, choices: Sequence[tuple[str, str]], op: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec, self.op = spec, op
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.parts: list[Any] = []
        if op == "is_empty":
            return
        if op == "within_last_days":
            days = QSpinBox(
                objectName="daysValue", minimum=0, maximum=36500, value=30, suffix=self.tr(" days")
            )
            days.valueChanged.connect(self.changed)
            self.parts.append(days)
        elif op == "in" and choices:
            self.parts.append(self._choice_list(choices))
        elif op == "in":
            edit = QLineEdit(objectName="listValue", placeholderText=self.tr("values, separated by commas"))
            edit.textChanged.connect(self.changed)
            self.parts.append(edit)
        else:
            for _ in range(2 if op == "between" else 1):
                self.parts.append(self._scalar(choices))
        for part in self.parts:
            if isinstance(part, (QSpinBox, QDateEdit)):
                part.setMaximumWidth(150)
            layout.addWidget(part)
            if part is self.parts[0] and len(self.parts) == 2:
                layout.addWidget(QLabel(self.tr("and")))
        if self.parts and all(isinstance(p, (QSpinBox, QDateEdit)) for p in self.parts):
            layout.addStretch(1)

    def _choice_list(self, choices: Sequence[tuple[str, str]]) -> QListWidget:
        widget = QListWidget(objectName="choiceList")
        widget.setFlow(QListWidget.Flow.LeftToRight)
        widget.setWrapping(True)
        widget.setMaximumHeight(56)
        for value, text in choices:
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        widget.itemChanged.connect(lambda _item: self.changed.emit())
        return widget

    def _scalar(self, choices: Sequence[tuple[str, str]]) -> QWidget:
        kind = self.spec.kind
        if kind in ("date", "datetime"):
            date = QDateEdit(QDate.currentDate(), objectName="dateValue", calendarPopup=True)
            date.setDisplayFormat("yyyy-MM-dd")
            date.dateChanged.connect(self.changed)
            return date
        if kind == "checkbox":
            combo = QComboBox(objectName="boolValue")
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if choices:
            combo = QComboBox(objectName="choiceValue")
            for value, text in choices:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if kind in ("open_deal", "won_value"):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            amount = QLineEdit(objectName="amountValue", placeholderText=self.tr("amount"))
            currency = QComboBox(objectName="currencyValue", editable=True)
            currency.addItems(CURRENCIES)
            amount.textChanged.connect(self.changed)
            currency.currentTextChanged.connect(self.changed)
            row.addWidget(amount, 1)
            row.addWidget(currency)
            return box
        placeholder = {
            "number": "number",
            "account_score": "0 to 100",
            "money": f"amount in {self.spec.currency}".strip(),
        }.get(kind, "text")
        edit = QLineEdit(objectName="textValue", placeholderText=placeholder)
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> Any:
        if self.op == "is_empty":
            return None
        first = self.parts[0]
        if isinstance(first, QSpinBox):
            return first.value()
        if isinstance(first, QListWidget):
            items = (first.item(i) for i in range(first.count()))
            return [
                i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
            ]
        if self.op == "in":
            return [v.strip() for v in first.text().split(",") if v.strip()]
        values = [_read(part) for part in self.parts]
        return values if self.op == "between" else values[0]

    def set_value(self, value: Any) -> None:
        if value is None or not self.parts:
            return
        first = self.parts[0]
        if isinstance(first, QSpinBox):
            first.setValue(int(value))
        elif isinstance(first, QListWidget):
            for i in range(first.count()):
                item = first.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in value
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif self.op == "in":
            first.setText(", ".join(str(v) for v in value))
        else:
            for part, v in zip(self.parts, value if self.op == "between" else [value], strict=False):
                _write(part, v)


def _read(part: QWidget) -> Any:
    if isinstance(part, QDateEdit):
        return part.date().toString("yyyy-MM-dd")
    if isinstance(part, QComboBox):
        return part.currentData()
    if isinstance(part, QLineEdit):
        return part.text().strip()
    amount, currency = part.findChild(QLineEdit), part.findChild(QComboBox)
    return {"amount": amount.text().strip(), "currency": currency.currentText().strip().upper()}


def _write(part: QWidget, value: Any) -> None:
    if isinstance(part, QDateEdit):
        part.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
    elif isinstance(part, QComboBox):
        part.setCurrentIndex(max(part.findData(value), 0))
    elif isinstance(part, QLineEdit):
        part.setText(str(value))
    else:
        part.findChild(QLineEdit).setText(str(value.get("amount", "")))
        part.findChild(QComboBox).setCurrentText(str(value.get("currency", "EUR")))


class ConditionRow(QWidget):
    changed = Signal()
    removed = Signal(QWidget)

    def __init__(self, editor: CriteriaEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("conditionRow")
        self.negate = QCheckBox(self.tr("not"), objectName="negate")
        self.field = QComboBox(objectName="fieldCombo")
        for spec in editor.specs:
            self.field.addItem(spec.label, spec.name)
        self.operator = QComboBox(objectName="operatorCombo")
        remove = QToolButton(objectName="removeCondition", text="✕", toolTip=self.tr("Remove this condition"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.negate)
        self.layout_.addWidget(self.field, 2)
        self.layout_.addWidget(self.operator, 1)
        self.value_editor = ValueEditor(editor.specs[0], (), "is_empty")
        self.layout_.addWidget(self.value_editor, 3)
        self.layout_.addWidget(remove)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.operator.currentIndexChanged.connect(self._operator_changed)
        self.negate.toggled.connect(self.changed)
        self._field_changed()

    @property
    def spec(self) -> FieldSpec:
        return self.editor.specs[max(self.field.currentIndex(), 0)]

    def _field_changed(self) -> None:
        self.operator.blockSignals(True)
        self.operator.clear()
        for op in self.spec.operators:
            self.operator.addItem(OPERATOR_LABELS[op], op)
        self.operator.blockSignals(False)
        self._operator_changed()

    def _operator_changed(self) -> None:
        op = self.operator.currentData() or self.spec.operators[0]
        new = ValueEditor(self.spec, self.editor.choices_of(self.spec), op)
        new.changed.connect(self.changed)
        self.layout_.replaceWidget(self.value_editor, new)
        self.value_editor.deleteLater()
        self.value_editor = new
        self.changed.emit()

    def node(self) -> dict[str, Any]:
        node: dict[str, Any] = {"field": self.spec.name, "operator": self.operator.currentData()}
        value = self.value_editor.value()
        if value is not None:
            node["value"] = value
        if self.negate.isChecked():
            node["negate"] = True
        return node

    def load(self, node: dict[str, Any]) -> None:
        index = self.field.findData(node.get("field"))
        if index < 0:
            return
        self.field.setCurrentIndex(index)
        self.operator.setCurrentIndex(max(self.operator.findData(node.get("operator")), 0))
        self.value_editor.set_value(node.get("value"))
        self.negate.setChecked(bool(node.get("negate")))


class GroupBox(QFrame):
    """A group: 'all' (AND) or 'any' (OR) of its rows and, at the top level, of nested groups."""

    changed = Signal()
    removed = Signal(QWidget)

    def __init__(self, editor: CriteriaEditor, nested: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("criteriaGroup")
        self.setFrameShape(QFrame.Shape.StyledPanel if nested else QFrame.Shape.NoFrame)
        self.match = QComboBox(objectName="matchCombo")
        self.match.addItem(self.tr("all of these (AND)"), "all")
        self.match.addItem(self.tr("any of these (OR)"), "any")
        self.match.currentIndexChanged.connect(self.changed)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Match")))
        header.addWidget(self.match)
        header.addStretch(1)
        add_row = QPushButton(self.tr("Add condition"), objectName="addCondition")
        add_row.clicked.connect(lambda: self.add_condition())
        header.addWidget(add_row)
        if nested:
            remove = QToolButton(objectName="removeGroup", text="✕", toolTip=self.tr("Remove this group"))
            remove.clicked.connect(lambda: self.removed.emit(self))
            header.addWidget(remove)
        else:
            add_group = QPushButton(self.tr("Add group"), objectName="addGroup")
            add_group.clicked.connect(lambda: self.add_group())
            header.addWidget(add_group)
        self.items: list[QWidget] = []
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(
            8 if nested else 0, 6 if nested else 0, 8 if nested else 0, 6 if nested else 0
        )
        outer.addLayout(header)
        outer.addLayout(self.body)

    def add_condition(self, node: dict[str, Any] | None = None) -> ConditionRow:
        row = ConditionRow(self.editor)
        if node is not None:
            row.load(node)
        self._add(row)
        return row

    def add_group(self, node: dict[str, Any] | None = None) -> GroupBox:
        group = GroupBox(self.editor, nested=True)
        if node is not None:
            group.load(node)
        else:
            group.add_condition()
        self._add(group)
        return group

    def _add(self, item: Any) -> None:
        item.changed.connect(self.changed)
        item.removed.connect(self._remove)
        self.items.append(item)
        self.body.addWidget(item)
        self.changed.emit()

    def _remove(self, item: QWidget) -> None:
        self.items.remove(item)
        item.setParent(None)
        item.deleteLater()
        self.changed.emit()

    def node(self) -> dict[str, Any]:
        return {"match": self.match.currentData(), "items": [i.node() for i in self.items]}  # type: ignore[attr-defined]

    def load(self, node: dict[str, Any]) -> None:
        self.match.setCurrentIndex(max(self.match.findData(node.get("match", "all")), 0))
        for item in node.get("items", []):
            if "items" in item:
                self.add_group(item)
            else:
                self.add_condition(item)


class CriteriaEditor(QWidget):
    """Edits one criteria tree for one entity; `changed` fires on every edit."""

    changed = Signal()

    def __init__(
        self, specs: Sequence[FieldSpec], tags: Sequence[TagRef], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.specs = tuple(specs)
        self.tags = tuple(tags)
        self.root = GroupBox(self, nested=False)
        self.root.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.root)
        layout.addStretch(1)

    def choices_of(self, spec: FieldSpec) -> tuple[tuple[str, str], ...]:
        """(value, text) pairs for a field with choices: tags by id, shown by name."""
        if spec.kind == "tag":
            return tuple((str(t.id), t.name) for t in self.tags)
        return tuple((c, label(c)) for c in spec.choices)

    def tree(self) -> dict[str, Any]:
        return self.root.node()

    def set_tree(self, tree: dict[str, Any]) -> None:
        for item in list(self.root.items):
            self.root._remove(item)
        self.root.load(tree)
