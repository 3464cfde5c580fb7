"""The "Custom fields" group of a record editor: one input per field definition, fitting its kind.

Values go to the service as typed text (or bool / list of choices); the service parses and validates
them and names each bad field `custom.<key>`, which is the name each input registers for its message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.services.core.custom_validation import FieldDef, FieldKind, edit_text
from app.views.common.field_error import FieldWithError

PLACEHOLDERS = {
    FieldKind.NUMBER: "a number",
    FieldKind.DATE: "yyyy-mm-dd",
    FieldKind.URL: "https://…",
    FieldKind.EMAIL: "name@example.com",
    FieldKind.PHONE: "+49 30 1234567",
}


class CustomFieldsForm(QGroupBox):
    """Inputs for `defs`; `fields` maps each field's error name to its FieldWithError."""

    def __init__(self, defs: Sequence[FieldDef], parent: QWidget | None = None) -> None:
        super().__init__("Custom fields", parent)
        self.setObjectName("customFields")
        self.defs = tuple(defs)
        self.fields: dict[str, FieldWithError] = {}
        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        for defn in self.defs:
            editor = self._editor(defn)
            editor.setObjectName(defn.name)
            self.fields[defn.name] = FieldWithError(editor)
            form.addRow(defn.label + (" *" if defn.required else ""), self.fields[defn.name])
        self.load({}, defaults=True)

    def _editor(self, defn: FieldDef) -> QWidget:
        kind = defn.kind
        if kind == FieldKind.LONG_TEXT:
            editor: QWidget = QPlainTextEdit()
            editor.setMaximumHeight(70)
        elif kind == FieldKind.CHECKBOX:
            editor = QCheckBox()
        elif kind == FieldKind.CHOICE:
            editor = QComboBox()
            editor.addItem("", None)
            for choice in defn.choices:
                editor.addItem(choice, choice)
        elif kind == FieldKind.MULTI_CHOICE:
            editor = QListWidget()
            for choice in defn.choices:
                item = QListWidgetItem(choice)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                editor.addItem(item)
            editor.setMaximumHeight(min(24 * len(defn.choices) + 6, 110))
        else:
            placeholder = (
                f"amount in {defn.currency}" if kind == FieldKind.MONEY else PLACEHOLDERS.get(kind, "")
            )
            editor = QLineEdit(placeholderText=placeholder)
        return editor

    def editor(self, key: str) -> Any:
        return self.fields[f"custom.{key}"].editor

    def values(self) -> dict[str, Any]:
        """Every field's input, keyed by field key (what `custom=` of a service input takes)."""
        out: dict[str, Any] = {}
        for defn in self.defs:
            editor = self.fields[defn.name].editor
            if isinstance(editor, QCheckBox):
                out[defn.key] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                out[defn.key] = editor.currentData()
            elif isinstance(editor, QListWidget):
                items = (editor.item(i) for i in range(editor.count()))
                out[defn.key] = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
            elif isinstance(editor, QPlainTextEdit):
                out[defn.key] = editor.toPlainText()
            else:
                out[defn.key] = editor.text()
        return out

    def load(self, custom: Mapping[str, Any], defaults: bool = False) -> None:
        """Show stored values (or, for a new record, the defaults)."""
        for defn in self.defs:
            value = defn.default_value if defaults else custom.get(defn.key)
            editor = self.fields[defn.name].editor
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QListWidget):
                chosen = set(value or ())
                for i in range(editor.count()):
                    item = editor.item(i)
                    checked = item.text() in chosen
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(edit_text(defn, value))
            else:
                editor.setText(edit_text(defn, value))
