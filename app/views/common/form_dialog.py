"""A form dialog that saves through an undo command and shows validation errors next to the fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.custom_fields import ENTITY_TYPES as CUSTOM_FIELD_ENTITIES
from app.services.core.errors import ConflictError, DatabaseBusyError, RapportError, ValidationError
from app.services.core.write_lock import waiting_with
from app.views.common.commands import CreateCommand, EditCommand
from app.views.common.custom_fields_form import CustomFieldsForm
from app.views.common.date_edit import OptionalDateEdit
from app.views.common.env import EntityKind, ViewEnv
from app.views.common.field_error import FieldWithError
from app.views.common.lock_wait import LockWaitNotice
from app.views.common.merge_conflict import merge_and_save


def find_data(combo: QComboBox, value: Any) -> int:
    """The row whose data equals `value`, or -1. QComboBox.findData compares Python objects (a UUID) by
    identity, so an equal id read in another query would not be found."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def fill_assignees(combo: QComboBox, env: ViewEnv, current: Any, everyone: Any, nobody: Any = None) -> None:
    """An "Assigned to" filter: Everyone, Me (when I am a user), the other users, then "Nobody
    (unassigned)" when `nobody` is given; `current` stays selected if it is still offered, else the first."""
    me = env.ctx.current_user
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("common.form_dialog", "Everyone"), everyone)
    if me is not None:
        combo.addItem(QCoreApplication.translate("common.form_dialog", "Me"), me.id)
    try:
        users = env.ctx.lookups.users()
    except RapportError:
        users = []
    for user in users:
        if me is None or user.id != me.id:
            combo.addItem(user.name, user.id)
    if nobody is not None:
        combo.addItem(QCoreApplication.translate("common.form_dialog", "Nobody (unassigned)"), nobody)
    combo.setCurrentIndex(max(find_data(combo, current), 0))
    combo.blockSignals(False)


def owner_choices(env: ViewEnv) -> list[tuple[Any, str]]:
    """The choices of an owner field: nobody, then every user."""
    return [(None, "(nobody)")] + [(u.id, u.name) for u in env.ctx.lookups.users()]


@dataclass(frozen=True)
class Field:
    """One input: `name` is the service input's attribute (and the name validation errors use)."""

    name: str
    label: str
    kind: str = "text"  # text | multiline | choice | date (an optional date with a calendar popup)
    choices: Callable[[], Sequence[tuple[Any, str]]] | None = None
    placeholder: str = ""
    column: int = 0  # 0 left, 1 right, 2 full width below
    group: str = ""  # fields with the same group title sit together in a titled box in their column


def address_fields(street: str) -> list[Field]:
    """The postal address group in the right-hand column; `street` names the input's street field."""
    return [
        Field(
            street,
            QCoreApplication.translate("common.form_dialog", "Street"),
            column=1,
            group=QCoreApplication.translate("common.form_dialog", "Address"),
        ),
        Field(
            "postal_code",
            QCoreApplication.translate("common.form_dialog", "Postal code"),
            column=1,
            group=QCoreApplication.translate("common.form_dialog", "Address"),
        ),
        Field(
            "city",
            QCoreApplication.translate("common.form_dialog", "City"),
            column=1,
            group=QCoreApplication.translate("common.form_dialog", "Address"),
        ),
        Field(
            "region",
            QCoreApplication.translate("common.form_dialog", "Region"),
            placeholder=QCoreApplication.translate("common.form_dialog", "State, province or county"),
            column=1,
            group=QCoreApplication.translate("common.form_dialog", "Address"),
        ),
        Field(
            "country",
            QCoreApplication.translate("common.form_dialog", "Country"),
            placeholder=QCoreApplication.translate("common.form_dialog", "Two letters, e.g. DE"),
            column=1,
            group=QCoreApplication.translate("common.form_dialog", "Address"),
        ),
    ]


DEDUPED = ("contact", "account", "lead")  # kinds checked for a likely duplicate before they are created


class FormDialog(QDialog):
    """Subclasses give the fields, `to_input(values)` and optional extra widgets; saving is generic."""

    def __init__(
        self, env: ViewEnv, kind: EntityKind, fields: Sequence[Field], detail: Any, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.kind = kind
        self.detail = detail
        self.saved_id: Any = None
        self.duplicate_box: QFrame | None = None
        self._accepted_values: dict[str, str] | None = None
        self.lock_wait = LockWaitNotice(self)
        self.fields = {f.name: FieldWithError(self._editor(f)) for f in fields}
        self.labels = {f.name: f.label for f in fields}  # the merge of a conflict names fields by these
        self.merge_dialog: Any = None  # the last merge shown after a conflict (tests)
        self.extra_fields: dict[str, FieldWithError] = {}  # non-form widgets that can show an error
        self.setWindowTitle(f"Edit {kind.singular}" if detail else f"New {kind.singular}")
        self.setMinimumWidth(720)
        self.error_banner = QLabel(objectName="formError", wordWrap=True)
        self.error_banner.hide()
        self.body = QVBoxLayout(self)
        self.body.setSpacing(10)
        self.body.addWidget(self.error_banner)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        forms = [QFormLayout(), QFormLayout(), QFormLayout()]
        for form in forms:
            form.setLabelAlignment(form.labelAlignment())
            form.setVerticalSpacing(8)
        groups: dict[tuple[int, str], QFormLayout] = {}
        for spec in fields:
            form = forms[spec.column]
            if spec.group:
                if (spec.column, spec.group) not in groups:
                    box = QGroupBox(spec.group, objectName=f"{spec.group.lower()}Group")
                    groups[spec.column, spec.group] = QFormLayout(box)
                    form.addRow(box)
                form = groups[spec.column, spec.group]
            form.addRow(spec.label, self.fields[spec.name])
        columns.addLayout(forms[0], 1)
        columns.addLayout(forms[1], 1)
        self.body.addLayout(columns)
        self.body.addLayout(forms[2])
        self.custom_form = self._custom_form()
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.body.addWidget(buttons)
        if detail is not None:
            self.load(detail)

    # --- fields -----------------------------------------------------------------------------------
    def _custom_form(self) -> CustomFieldsForm | None:
        """The record type's custom fields in their own group (none: no group)."""
        if self.kind.name not in CUSTOM_FIELD_ENTITIES:
            return None
        try:
            defs = self.env.ctx.custom_fields.fields(self.kind.name)
        except RapportError:
            defs = []
        if not defs:
            return None
        form = CustomFieldsForm(defs)
        self.extra_fields.update(form.fields)
        self.body.addWidget(form)
        return form

    def _editor(self, spec: Field) -> QWidget:
        if spec.kind == "multiline":
            editor: QWidget = QPlainTextEdit()
            editor.setMaximumHeight(80)
        elif spec.kind == "date":
            editor = OptionalDateEdit()
        elif spec.kind == "choice":
            editor = QComboBox()
            for value, text in spec.choices() if spec.choices else ():
                editor.addItem(text, value)
        else:
            editor = QLineEdit(placeholderText=spec.placeholder)
        editor.setObjectName(spec.name)
        return editor

    def editor(self, name: str) -> Any:
        return self.fields[name].editor

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, field in self.fields.items():
            editor = field.editor
            if isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText()
            else:
                out[name] = editor.text()
        return out

    def load(self, detail: Any) -> None:
        """Fill the fields from a detail DTO."""
        self.detail = detail
        for name, field in self.fields.items():
            editor, value = field.editor, getattr(detail, name, "")
            if name in ("phone", "other_phone"):  # as the user typed it
                value = getattr(detail, f"{name}_display", "") or value
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(find_data(editor, value), 0))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            else:
                editor.setText(str(value or ""))
        if self.custom_form is not None:
            self.custom_form.load(detail.custom)

    def show_errors(self, error: ValidationError) -> None:
        shown = {**self.fields, **self.extra_fields}
        for name, field in shown.items():
            field.set_error(error.for_field(name))
        others = [str(e) for e in error.errors if e.field not in shown]
        self.error_banner.setText(
            "Please correct the fields marked in red." + "".join(f"\n• {o}" for o in others)
        )
        self.error_banner.show()
        first = next((f for f in shown.values() if f.error), None)
        if first is not None:
            first.editor.setFocus()

    def clear_errors(self) -> None:
        for field in (*self.fields.values(), *self.extra_fields.values()):
            field.set_error(None)
        self.error_banner.hide()

    # --- saving -----------------------------------------------------------------------------------
    def to_input(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def record_label(self, values: dict[str, Any]) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        values = self.values()
        if self._likely_duplicates(values):
            return
        data: Any = None
        try:
            data = self.to_input(values)
            if self.custom_form is not None:
                data = replace(data, custom=self.custom_form.values())
            with waiting_with(self.lock_wait):  # another program writing: wait visibly, then save
                self.save(data, self.record_label(values))
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except DatabaseBusyError as exc:  # in the dialog, which stays open with what was typed
            self.error_banner.setText(str(exc))
            self.error_banner.show()
            return
        except ConflictError as exc:
            if data is None or not hasattr(self.detail, "as_input"):
                self._offer_reload(str(exc))
                return
            if not merge_and_save(self, data, self.record_label(values)):
                return
        except RapportError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return
        super().accept()

    def _likely_duplicates(self, values: dict[str, Any]) -> bool:
        """On create, show the records this one probably duplicates; True keeps the dialog open.

        The warning sits in the dialog (nothing modal): the user can open an existing record, change the
        fields, or press Save anyway, which saves these exact values without asking again.
        """
        if self.detail is not None or self.kind.name not in DEDUPED:
            return False
        text = {k: v for k, v in values.items() if isinstance(v, str)}
        if text == self._accepted_values:
            return False
        try:
            found = self.env.ctx.dedupe.likely(self.kind.name, text)
        except RapportError:
            return False
        self._show_duplicates(found, text)
        return bool(found)

    def _show_duplicates(self, found: list[Any], values: dict[str, str]) -> None:
        if self.duplicate_box is not None:
            self.duplicate_box.deleteLater()
            self.duplicate_box = None
        if not found:
            return
        box = QFrame(objectName="duplicateWarning")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        names = "; ".join(
            f"{d.label} ({d.score:.0f} %, same {', '.join(d.matched) or 'name'})" for d in found
        )
        layout.addWidget(
            QLabel(
                self.tr("This looks like an existing {singular}: {names}").format(
                    singular=self.kind.singular, names=names
                ),
                wordWrap=True,
            )
        )
        row = QHBoxLayout()
        for d in found:
            button = QPushButton(self.tr("Open {label}").format(label=d.label), objectName="openDuplicate")
            button.clicked.connect(lambda _=False, d=d: self.env.open_record(d.entity, d.id))
            row.addWidget(button)
        anyway = QPushButton(self.tr("Save anyway"), objectName="saveAnyway")
        anyway.clicked.connect(lambda: self._save_anyway(values))
        row.addStretch(1)
        row.addWidget(anyway)
        layout.addLayout(row)
        self.body.insertWidget(self.body.count() - 1, box)
        box.show()
        self.duplicate_box = box

    def _save_anyway(self, values: dict[str, str]) -> None:
        self._accepted_values = values
        self.accept()

    def save(self, data: Any, label: str) -> None:
        self.clear_errors()
        if self.detail is None:
            create = CreateCommand(self.env, self.kind, data, label)
            create.execute()
            self.saved_id = create.record_id
            self.env.push(
                create, self.tr("{title} “{label}” created").format(title=self.kind.title, label=label)
            )
            return
        edit = EditCommand(self.env, self.kind, self.detail, data, label)
        edit.execute()
        self.saved_id = self.detail.id
        if edit.changed:
            self.env.push(edit, self.tr("{title} “{label}” saved").format(title=self.kind.title, label=label))

    def _offer_reload(self, message: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Changed elsewhere"),
            self.tr(
                "{message}\n\nReload the current version? Your changes in this dialog will be lost."
            ).format(message=message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load(self.kind.service(self.env.ctx).get(self.detail.id))
