"""Validate a form dialog's fields as the user types and leaves them, not only on Save.

Leaving a field (or pressing Enter in it) checks the whole input through the service's own `validate`
and shows that field's problem; while a field shows a problem, each keystroke checks it again, so the
message goes as soon as the value is right. A required field left empty speaks only once the user has
typed in it or tried to save. When no field shows a problem any more, the banner above them goes too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.services.core.errors import ValidationError
from app.views.common.field_error import FieldWithError
from app.views.common.field_messages import human_message


class LiveValidation(QObject):
    """Attach to a FormDialog whose `fields` map names to FieldWithError and whose `to_input` builds
    the service input; `check(data)` is the service's validate (raises ValidationError)."""

    def __init__(
        self,
        dialog: Any,
        check: Callable[[Any], object],
        labels: dict[str, str],
        checked_extras: tuple[str, ...] = (),
    ) -> None:
        """`checked_extras` names the dialog's `extra_fields` that `check` covers too (a custom field is
        checked elsewhere, so its message stays until the next Save)."""
        super().__init__(dialog)
        self.dialog = dialog
        self.check = check
        self.labels = labels
        self.checked_extras = checked_extras
        self.touched: set[str] = set()
        self.save_tried = False
        for name, field in dialog.fields.items():
            editor = field.editor
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _text, name=name: self._typed(name))
                editor.editingFinished.connect(lambda name=name: self._left(name))
            elif isinstance(editor, QComboBox):
                editor.activated.connect(lambda _i, name=name: self._left(name))
            elif isinstance(editor, QPlainTextEdit):
                editor.textChanged.connect(lambda name=name: self._typed(name))

    def errors(self) -> dict[str, str]:
        """Each field's problem with the values as they stand (human text), empty when all is well."""
        try:
            self.check(self.dialog.to_input(self.dialog.values()))
        except ValidationError as exc:
            return {
                e.field: human_message(e.message, self.labels.get(e.field, e.field))
                for e in reversed(exc.errors)  # the first error of a field wins
            }
        return {}

    def _typed(self, name: str) -> None:
        self.touched.add(name)
        if self.dialog.fields[name].error:
            self._refresh({name})

    def _left(self, name: str) -> None:
        wanted = name in self.touched or self.save_tried or self._has_value(name)
        self._refresh({name} if wanted else set())

    def _has_value(self, name: str) -> bool:
        editor = self.dialog.fields[name].editor
        return isinstance(editor, QLineEdit) and bool(editor.text().strip())

    def _refresh(self, names: set[str]) -> None:
        """Show the problems of `names` and of every field already showing one; clear the fixed ones."""
        found = self.errors()
        extras = self.dialog.extra_fields
        checked: dict[str, FieldWithError] = {
            **self.dialog.fields,
            **{name: extras[name] for name in self.checked_extras if name in extras},
        }
        for field_name, field in checked.items():
            if field_name in names or field.error:
                field.set_error(found.get(field_name))
        if not any(field.error for field in (*checked.values(), *extras.values())):
            self.dialog.error_banner.hide()
