"""Settings > Integration > Web forms (administrators): what a lead form asks, its consent text, the
thank-you text or redirect, the sites that may post it; and the HTML snippet to copy into the web site."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
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

from app.services.core.errors import RapportError, ValidationError
from app.services.integration.web_forms import FIELDS, LABELS, WebForm, snippet
from app.views.common.env import ViewEnv
from app.views.settings.list_page import ListPage

BASE_URL_KEY = "integration/api_base_url"


def _label(name: str) -> str:
    return LABELS.get(name, name.replace("_", " ").capitalize())


def _checklist(name: str, accessible: str, checked: tuple[str, ...]) -> QListWidget:
    box = QListWidget(objectName=name)
    box.setAccessibleName(accessible)
    for field in FIELDS:
        item = QListWidgetItem(_label(field))
        item.setData(Qt.ItemDataRole.UserRole, field)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if field in checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    return box


def _checked(box: QListWidget) -> tuple[str, ...]:
    items = (box.item(i) for i in range(box.count()))
    return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)


class FormEditor(QDialog):
    """A new web form, or an existing one changed."""

    def __init__(self, env: ViewEnv, form: WebForm | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.form = form or WebForm("", "")
        self.setWindowTitle(self.tr("Edit web form") if form else self.tr("New web form"))
        self.setMinimumWidth(560)
        f = self.form
        self.name = QLineEdit(f.name, objectName="name")
        self.name.setAccessibleName(self.tr("Form name"))
        self.fields = _checklist("fields", self.tr("Fields the form asks"), f.fields)
        self.required = _checklist("required", self.tr("Fields that must be filled in"), f.required)
        self.consent = QPlainTextEdit(f.consent_text, objectName="consent")
        self.consent.setAccessibleName(self.tr("Consent text"))
        self.consent.setPlaceholderText(self.tr("empty: no consent box; else a ticked box is required"))
        self.consent.setFixedHeight(60)
        self.thank_you = QLineEdit(f.thank_you, objectName="thank_you")
        self.thank_you.setAccessibleName(self.tr("Thank-you text"))
        self.redirect = QLineEdit(f.redirect_url, objectName="redirect")
        self.redirect.setAccessibleName(self.tr("Redirect address"))
        self.redirect.setPlaceholderText(
            self.tr("https://www.example.com/thanks (empty: the thank-you text)")
        )
        self.origins = QPlainTextEdit("\n".join(f.allowed_origins), objectName="origins")
        self.origins.setAccessibleName(self.tr("Allowed sites"))
        self.origins.setPlaceholderText(self.tr("one site a line, e.g. https://www.example.com"))
        self.origins.setFixedHeight(60)
        self.enabled = QCheckBox(self.tr("&Accepting submissions"), objectName="enabled")
        self.enabled.setAccessibleName(self.tr("Accepting submissions"))
        self.enabled.setChecked(f.enabled)
        self.message = QLabel("", objectName="message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        lists = QHBoxLayout()
        for title, box in (
            (self.tr("The form asks"), self.fields),
            (self.tr("Must be filled in"), self.required),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(box)
            lists.addLayout(column)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Fields"), lists)
        form.addRow(self.tr("Consent text"), self.consent)
        form.addRow(self.tr("Thank-you text"), self.thank_you)
        form.addRow(self.tr("Then go to"), self.redirect)
        form.addRow(self.tr("Allowed sites"), self.origins)
        form.addRow("", self.enabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def edited(self) -> WebForm:
        sites = tuple(line.strip() for line in self.origins.toPlainText().splitlines() if line.strip())
        return replace(
            self.form,
            name=self.name.text().strip(),
            fields=_checked(self.fields),
            required=_checked(self.required),
            consent_text=self.consent.toPlainText().strip(),
            thank_you=self.thank_you.text().strip() or self.form.thank_you,
            redirect_url=self.redirect.text().strip(),
            allowed_origins=sites,
            enabled=self.enabled.isChecked(),
        )

    def save(self) -> None:
        try:
            self.env.ctx.web_forms.save(self.edited())
        except ValidationError as exc:
            self.message.setText("\n".join(f"{e.field}: {e.message}" for e in exc.errors))
            return
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class SnippetDialog(QDialog):
    """The form's HTML for the web site, for the address `rapport serve` is reached at."""

    def __init__(self, form: WebForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(self.tr("HTML for '{0}'").format(form.name))
        self.resize(680, 420)
        self.base = QLineEdit(
            str(QSettings().value(BASE_URL_KEY, "http://127.0.0.1:8750")), objectName="base_url"
        )
        self.base.setAccessibleName(self.tr("Where the API is reached"))
        self.base.textChanged.connect(self.refresh)
        self.html = QPlainTextEdit(objectName="html")
        self.html.setReadOnly(True)
        self.html.setAccessibleName(self.tr("The HTML snippet"))
        self.copy_button = QPushButton(self.tr("&Copy"), objectName="copy")
        self.copy_button.setAccessibleName(self.tr("Copy the HTML to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel("", objectName="copied")
        top = QFormLayout()
        top.addRow(self.tr("API address"), self.base)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copied, 1)
        bottom.addWidget(self.copy_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.html, 1)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        self.html.setPlainText(snippet(self.form, self.base.text().strip() or "http://127.0.0.1:8750"))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.html.toPlainText())
        QSettings().setValue(BASE_URL_KEY, self.base.text().strip())
        self.copied.setText(self.tr("Copied: paste it into the web page."))


class FormsPage(ListPage):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        columns = [
            (self.tr("Name"), lambda f: f.name),
            (self.tr("Asks"), lambda f: ", ".join(_label(x) for x in f.fields)),
            (self.tr("Consent"), lambda f: self.tr("yes") if f.consent_text else self.tr("no")),
            (self.tr("Afterwards"), lambda f: f.redirect_url or f.thank_you),
            (self.tr("Allowed sites"), lambda f: ", ".join(f.allowed_origins)),
            (self.tr("State"), lambda f: self.tr("on") if f.enabled else self.tr("off")),
        ]
        super().__init__(columns, "forms", parent)
        self.env = env
        self.model.dimmed = lambda f: not f.enabled
        self.table.doubleClicked.connect(lambda _=None: self.edit_form())
        self.add_button(self.tr("&New form…"), "new_form", self.tr("New web form"), self.new_form, "Ctrl+N")
        self.add_button(
            self.tr("&Edit…"), "edit_form", self.tr("Edit the selected form"), self.edit_form, "F2"
        )
        self.add_button(
            self.tr("Copy &snippet…"), "snippet", self.tr("The selected form's HTML"), self.show_snippet
        )
        self.add_button(
            self.tr("&Delete…"), "delete_form", self.tr("Delete the selected form"), self.delete_form, "Del"
        )
        self.buttons.addStretch(1)
        self.reload()

    def reload(self) -> None:
        self.show_rows(self.env.ctx.web_forms.list())

    def new_form(self) -> None:
        if FormEditor(self.env, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_form(self) -> None:
        form = self.selected()
        if form is not None and FormEditor(self.env, form, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def show_snippet(self) -> None:
        form = self.selected()
        if form is not None:
            self.snippet_dialog = SnippetDialog(form, self)
            self.snippet_dialog.open()

    def delete_form(self) -> None:
        form = self.selected()
        if form is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Delete web form"),
            self.tr("Delete '{0}'? Pages that still post it get an error; its leads stay.").format(form.name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            self.env.ctx.web_forms.delete(form.id)
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.reload()
