"""Settings > Custom fields: define, edit, reorder, delete (to the trash) and restore custom fields.

Every change is an undoable command. Undoing the definition of a field moves it to the trash (values
typed in the meantime stay stored) and redo restores it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.custom_fields import FieldInput, as_input
from app.services.core.custom_validation import FieldDef, FieldKind, edit_text
from app.services.core.errors import RapportError, ValidationError
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv
from app.views.common.field_error import FieldWithError
from app.views.common.formatting import label as nice_label

# Deals are left out until they have an editor that could show the fields (they are edited on the board).
ENTITY_TITLES = (
    ("contact", "Contacts"),
    ("account", "Accounts"),
    ("lead", "Leads"),
    ("deal", "Deals"),
    ("product", "Products"),
)
KIND_TITLES = {
    FieldKind.TEXT: "Text",
    FieldKind.LONG_TEXT: "Long text",
    FieldKind.NUMBER: "Number",
    FieldKind.MONEY: "Money",
    FieldKind.DATE: "Date",
    FieldKind.CHECKBOX: "Checkbox",
    FieldKind.CHOICE: "Single choice",
    FieldKind.MULTI_CHOICE: "Multiple choice",
    FieldKind.URL: "Web address",
    FieldKind.EMAIL: "Email",
    FieldKind.PHONE: "Phone",
}


class FieldCommand(ServiceCommand):
    """A custom-field change: `do` and `undo` call the service."""

    def __init__(self, env: ViewEnv, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(env, text)
        self._do, self._undo_action = do, undo

    def _redo(self) -> None:
        self._do()

    def _undo(self) -> None:
        self._undo_action()


class FieldEditor(QDialog):
    """Add or edit one field; the key and kind are fixed once the field exists."""

    def __init__(self, env: ViewEnv, entity: str, defn: FieldDef | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.env, self.entity, self.defn = env, entity, defn
        self.setWindowTitle("Edit custom field" if defn else "New custom field")
        self.setMinimumWidth(460)
        self.label = QLineEdit(objectName="label")
        self.key = QLineEdit(objectName="key", placeholderText=self.tr("made from the name"))
        self.kind = QComboBox(objectName="kind")
        for kind, title in KIND_TITLES.items():
            self.kind.addItem(title, kind.value)
        self.required = QCheckBox(self.tr("A value is required"), objectName="required")
        self.default = QLineEdit(objectName="default_value")
        self.choices = QPlainTextEdit(objectName="choices", placeholderText=self.tr("One choice per line"))
        self.choices.setMaximumHeight(90)
        self.currency = QLineEdit("EUR", objectName="currency", maxLength=3)
        self.fields = {
            name: FieldWithError(w)
            for name, w in (
                ("label", self.label),
                ("key", self.key),
                ("kind", self.kind),
                ("default_value", self.default),
                ("choices", self.choices),
                ("currency", self.currency),
            )
        }
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.fields["label"])
        form.addRow(self.tr("Key"), self.fields["key"])
        form.addRow(self.tr("Kind"), self.fields["kind"])
        form.addRow("", self.required)
        form.addRow(self.tr("Default"), self.fields["default_value"])
        form.addRow(self.tr("Choices"), self.fields["choices"])
        form.addRow(self.tr("Currency"), self.fields["currency"])
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if defn is not None:
            self.label.setText(defn.label)
            self.key.setText(defn.key)
            self.key.setReadOnly(True)
            self.kind.setCurrentIndex(self.kind.findData(defn.kind.value))
            self.required.setChecked(defn.required)
            self.default.setText(edit_text(defn, defn.default_value))
            self.choices.setPlainText("\n".join(defn.choices))
            self.currency.setText(defn.currency)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = FieldKind(self.kind.currentData())
        self.form.setRowVisible(self.fields["choices"], kind in (FieldKind.CHOICE, FieldKind.MULTI_CHOICE))
        self.form.setRowVisible(self.fields["currency"], kind == FieldKind.MONEY)
        hint = {FieldKind.CHECKBOX: "yes or no", FieldKind.DATE: "yyyy-mm-dd", FieldKind.MULTI_CHOICE: "a, b"}
        self.default.setPlaceholderText(hint.get(kind, ""))

    def to_input(self) -> FieldInput:
        kind = FieldKind(self.kind.currentData())
        default: Any = self.default.text()
        if kind == FieldKind.CHECKBOX:
            default = self.default.text().strip() or None
        return FieldInput(
            entity_type=self.entity,
            label=self.label.text(),
            kind=kind.value,
            key=self.key.text().strip(),
            required=self.required.isChecked(),
            default_value=default,
            choices=tuple(line.strip() for line in self.choices.toPlainText().splitlines() if line.strip()),
            currency=self.currency.text(),
            position=self.defn.position if self.defn else None,
            extra_options=as_input(self.defn).extra_options if self.defn else {},
        )

    def accept(self) -> None:
        data = self.to_input()
        service = self.env.ctx.custom_fields
        for field in self.fields.values():
            field.set_error(None)
        try:
            if self.defn is None:
                made: list[Any] = []

                def create() -> None:
                    if made:
                        service.restore([made[0]])
                    else:
                        made.append(service.create(data).value.id)

                command = FieldCommand(
                    self.env, f"Define field {data.label}", create, lambda: service.delete([made[0]])
                )
            else:
                before, field_id = as_input(self.defn), self.defn.id
                version = [self.defn.version]  # the version this command last wrote: undo/redo pass it on

                def write(values: Any) -> None:
                    version[0] = service.update(field_id, values, version[0]).value.version

                command = FieldCommand(
                    self.env, f"Edit field {data.label}", lambda: write(data), lambda: write(before)
                )
            command.execute()
        except ValidationError as exc:
            for name, field in self.fields.items():
                field.set_error(exc.for_field(name))
            others = [str(e) for e in exc.errors if e.field not in self.fields]
            if others:
                QMessageBox.warning(self, self.tr("Could not save"), "\n".join(others))
            return
        except RapportError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return
        self.env.push(command, self.tr("Custom field “{v0}” saved").format(v0=data.label.strip()))
        super().accept()


class CustomFieldsDialog(QDialog):
    """The fields of one record type at a time, in form order, and those in the trash."""

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Custom fields"))
        self.resize(620, 480)
        self.entity = QComboBox(objectName="entity")
        for value, title in ENTITY_TITLES:
            self.entity.addItem(title, value)
        self.entity.currentIndexChanged.connect(lambda _=0: self.reload())
        self.list = QListWidget(objectName="fields")
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.trash = QListWidget(objectName="trashedFields")
        self.trash.setMaximumHeight(110)
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for name, text, slot in (
            ("add", "Add…", self.add),
            ("edit", "Edit…", self.edit),
            ("up", "Move up", lambda: self.move(-1)),
            ("down", "Move down", lambda: self.move(1)),
            ("delete", "Delete…", self.delete),
        ):
            button = QPushButton(text, objectName=f"{name}Field")
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[name] = button
            side.addWidget(button)
        side.addStretch(1)
        restore = QPushButton(self.tr("Restore"), objectName="restoreField")
        restore.clicked.connect(self.restore)
        self.buttons["restore"] = restore
        purge = QPushButton(self.tr("Delete for good…"), objectName="purgeField")
        purge.clicked.connect(self.purge)
        self.buttons["purge"] = purge
        trash_buttons = QVBoxLayout()
        trash_buttons.addWidget(restore)
        trash_buttons.addWidget(purge)
        trash_buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Record type")))
        top.addWidget(self.entity)
        top.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        bottom = QHBoxLayout()
        bottom.addWidget(self.trash, 1)
        bottom.addLayout(trash_buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(
            QLabel(self.tr("In the trash (their values stay stored: restore a field to show them again)"))
        )
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.editor: FieldEditor | None = None
        env.relay.changed.connect(lambda changes: self.reload() if changes.touches("custom_field") else None)
        self.reload()

    @property
    def entity_type(self) -> str:
        return str(self.entity.currentData())

    def reload(self) -> None:
        current = self.selected()
        try:
            live = self.env.ctx.custom_fields.fields(self.entity_type)
            trashed = self.env.ctx.custom_fields.fields(self.entity_type, deleted=True)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.defs = live
        self.list.clear()
        for defn in live:
            extra = [KIND_TITLES[defn.kind]] + (["required"] if defn.required else [])
            item = QListWidgetItem(f"{defn.label}    ({', '.join(extra)})")
            item.setData(Qt.ItemDataRole.UserRole, defn)
            self.list.addItem(item)
            if current is not None and defn.id == current.id:
                self.list.setCurrentItem(item)
        self.trash.clear()
        for defn in trashed:
            item = QListWidgetItem(f"{defn.label}    ({KIND_TITLES[defn.kind]}, key {defn.key})")
            item.setData(Qt.ItemDataRole.UserRole, defn)
            self.trash.addItem(item)

    def selected(self, widget: QListWidget | None = None) -> FieldDef | None:
        item = (widget or self.list).currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> None:
        self.editor = FieldEditor(self.env, self.entity_type, None, self)
        self.editor.open()

    def edit(self) -> None:
        defn = self.selected()
        if defn is not None:
            self.editor = FieldEditor(self.env, self.entity_type, defn, self)
            self.editor.open()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < len(self.defs):
            return
        before = [d.id for d in self.defs]
        after = list(before)
        after[row], after[row + step] = after[row + step], after[row]
        service, entity = self.env.ctx.custom_fields, self.entity_type
        command = FieldCommand(
            self.env,
            "Reorder custom fields",
            lambda: service.reorder(entity, after),
            lambda: service.reorder(entity, before),
        )
        self._run(command, "Custom fields reordered")
        self.list.setCurrentRow(row + step)

    def delete(self) -> None:
        defn = self.selected()
        if defn is None:
            return
        try:
            holders = self.env.ctx.custom_fields.value_count(defn.id)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        noun = nice_label(self.entity_type).lower()
        answer = QMessageBox.question(
            self,
            self.tr("Delete custom field"),
            self.tr(
                "Delete the field “{label}”?\n\n{holders:,} {noun} record(s) hold a value for it. The field "
                "and its values go to the trash: restore the field to get them back."
            ).format(label=defn.label, holders=holders, noun=noun),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.env.ctx.custom_fields
        command = FieldCommand(
            self.env,
            f"Delete field {defn.label}",
            lambda: service.delete([defn.id]),
            lambda: service.restore([defn.id]),
        )
        self._run(command, f"Custom field “{defn.label}” moved to the trash")

    def restore(self) -> None:
        defn = self.selected(self.trash)
        if defn is None:
            return
        service = self.env.ctx.custom_fields
        command = FieldCommand(
            self.env,
            f"Restore field {defn.label}",
            lambda: service.restore([defn.id]),
            lambda: service.delete([defn.id]),
        )
        self._run(command, f"Custom field “{defn.label}” restored")

    def purge(self) -> None:
        """Remove a trashed field and its stored values for good (asks first; cannot be undone)."""
        defn = self.selected(self.trash)
        if defn is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete custom field for good"),
            self.tr("Delete “{label}” and every value stored for it? This cannot be undone.").format(
                label=defn.label
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.env.ctx.custom_fields.purge([defn.id])
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.env.status(self.tr("Custom field “{label}” and its values deleted").format(label=defn.label))
        self.reload()

    def _run(self, command: FieldCommand, message: str) -> None:
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.env.push(command, message)
        self.reload()
