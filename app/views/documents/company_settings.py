"""Company settings: the letterhead on documents, defaults for new documents and number formats.

Saved through an undoable command like every other edit."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from app.services.core.locale_format import LANGUAGES
from app.services.documents.company import DEFAULT_FORMATS, CompanySettings
from app.views.common.commands import ServiceCommand
from app.views.common.env import EntityKind, ViewEnv
from app.views.common.file_dialogs import get_open_file_name
from app.views.common.form_dialog import Field, FormDialog, find_data

SETTINGS = EntityKind("settings", "company settings", lambda ctx: ctx.company)


def _languages() -> list[tuple[Any, str]]:
    """For customers whose language Rapport does not print in (their own choice or their country's)."""
    return [("", "English (default)"), *((k, v) for k, v in LANGUAGES.items() if k != "en")]


class SettingsCommand(ServiceCommand):
    def __init__(self, env: ViewEnv, before: CompanySettings, after: CompanySettings) -> None:
        super().__init__(env, "Edit company settings")
        self.before, self.after = before, after

    def _redo(self) -> None:
        self.env.ctx.company.save(self.after)

    def _undo(self) -> None:
        self.env.ctx.company.save(self.before)


class CompanySettingsDialog(FormDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        specs = [
            Field("name", self.tr("Company name *")),
            Field("address", self.tr("Address"), "multiline"),
            Field("email", self.tr("Email")),
            Field("phone", self.tr("Phone")),
            Field("country", self.tr("Country (phone numbers)"), placeholder=self.tr("Two letters, e.g. DE")),
            Field("tax_id", self.tr("Tax ID")),
            Field("bank_details", self.tr("Bank details"), column=1, placeholder=self.tr("IBAN … · BIC …")),
            Field("logo_path", self.tr("Logo (PNG/JPEG)"), column=1),
            Field("default_currency", self.tr("Default currency"), column=1),
            Field("payment_terms", self.tr("Payment terms"), column=1),
            Field("language", self.tr("Documents in"), "choice", _languages, column=1),
            Field(
                "device",
                self.tr("Device prefix"),
                column=1,
                placeholder=self.tr("empty, or e.g. LAP1 for an offline laptop"),
            ),
            *(
                Field(
                    f"format_{t}",
                    self.tr("{v0} numbers").format(v0=t.replace("_", " ").capitalize()),
                    column=1,
                )
                for t in DEFAULT_FORMATS
            ),
        ]
        super().__init__(env, SETTINGS, specs, None, parent)
        self.setWindowTitle(self.tr("Company settings"))
        browse = QPushButton(self.tr("Choose logo…"), objectName="chooseLogo")
        browse.clicked.connect(self._choose_logo)
        self.extra.addWidget(browse)
        self.current = env.ctx.company.get()
        for name, field in self.fields.items():
            if name.startswith("format_"):
                field.editor.setText(self.current.number_format(name.removeprefix("format_")))
            elif name == "address":
                field.editor.setPlainText(self.current.address)
            elif isinstance(field.editor, QComboBox):
                field.editor.setCurrentIndex(max(find_data(field.editor, getattr(self.current, name)), 0))
            else:
                field.editor.setText(str(getattr(self.current, name)))

    def _choose_logo(self) -> None:
        path, _ = get_open_file_name(self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.editor("logo_path").setText(path)

    def to_input(self, values: dict[str, Any]) -> CompanySettings:
        formats = {t: values.pop(f"format_{t}").strip() for t in DEFAULT_FORMATS}
        known = {f.name for f in fields(CompanySettings)}
        return replace(
            self.current, number_formats=formats, **{k: v for k, v in values.items() if k in known}
        )

    def record_label(self, values: dict[str, Any]) -> str:
        return ""

    def save(self, data: Any, label: str) -> None:
        self.clear_errors()
        command = SettingsCommand(self.env, self.current, data)
        command.execute()
        self.env.push(command, self.tr("Company settings saved"))
