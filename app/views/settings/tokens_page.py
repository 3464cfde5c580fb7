"""Settings > Integration > API tokens: a user's own tokens (an administrator's: everyone's); a new one is
shown once with a copy button; revoking stops it at the next call."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.services.integration.tokens import SCOPES
from app.views.common.env import ViewEnv
from app.views.settings.list_page import ListPage
from app.views.settings.secret_dialog import SecretDialog


def _when(value: Any) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


class TokenEditor(QDialog):
    """A new token: what it is for, its scopes, and (for an administrator) whose it is."""

    def __init__(self, env: ViewEnv, admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.made: tuple[str, Any] | None = None
        self.setWindowTitle(self.tr("New API token"))
        self.name = QLineEdit(objectName="name", placeholderText=self.tr("what it is for, e.g. web shop"))
        self.name.setAccessibleName(self.tr("Token name"))
        self.user = QComboBox(objectName="user")
        self.user.setAccessibleName(self.tr("Whose token"))
        me = env.ctx.current_user
        users = [u for u in env.ctx.users.list_users() if u.is_active] if admin else []
        for u in users or ([me] if me else []):
            self.user.addItem(f"{u.name} <{u.email}>", u.id)
        if me is not None:
            self.user.setCurrentIndex(max(self.user.findData(me.id), 0))
        self.user.setEnabled(admin)
        labels = {
            "read": self.tr("&Read: every list and record"),
            "write": self.tr("&Write: read, create, change, trash"),
            "leads": self.tr("&Leads: create leads only (a web site's key)"),
        }
        self.scopes = {s: QCheckBox(labels[s], objectName=f"scope_{s}") for s in SCOPES}
        self.scopes["read"].setChecked(True)
        scopes = QVBoxLayout()
        for box in self.scopes.values():
            box.setAccessibleName(box.text().replace("&", ""))
            scopes.addWidget(box)
        self.message = QLabel("", objectName="message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Scopes"), scopes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create(self) -> None:
        wanted = tuple(s for s, box in self.scopes.items() if box.isChecked())
        try:
            self.made = self.env.ctx.tokens.create(self.user.currentData(), self.name.text(), wanted)
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class TokensPage(ListPage):
    def __init__(self, env: ViewEnv, admin: bool, parent: QWidget | None = None) -> None:
        columns = [
            (self.tr("Name"), lambda t: t.name),
            (self.tr("User"), lambda t: t.user),
            (self.tr("Scopes"), lambda t: ", ".join(t.scopes)),
            (self.tr("Starts with"), lambda t: f"{t.prefix}…"),
            (self.tr("Created"), lambda t: _when(t.created_at)),
            (self.tr("Last used"), lambda t: _when(t.last_used_at) or self.tr("never")),
            (self.tr("State"), lambda t: self.tr("revoked") if t.revoked_at else self.tr("active")),
        ]
        super().__init__(columns, "tokens", parent)
        self.env, self.admin = env, admin
        self.model.dimmed = lambda t: t.revoked_at is not None
        self.add_button(
            self.tr("&New token…"), "new_token", self.tr("New API token"), self.new_token, "Ctrl+N"
        )
        self.add_button(
            self.tr("&Revoke…"), "revoke", self.tr("Revoke the selected token"), self.revoke, "Del"
        )
        self.buttons.addStretch(1)
        note = QLabel(self.tr("A token acts as its user, with that user's permissions."), objectName="note")
        self.buttons.addWidget(note)
        self.reload()

    def reload(self) -> None:
        self.show_rows(self.env.ctx.tokens.list())

    def new_token(self) -> None:
        editor = TokenEditor(self.env, self.admin, self)
        if editor.exec() != QDialog.DialogCode.Accepted or editor.made is None:
            return
        secret, info = editor.made
        self.reload()
        self.secret_dialog = SecretDialog(
            self.tr("API token created"),
            self.tr("Copy the token for {0} now: it is stored only as a hash and is not shown again.").format(
                info.name
            ),
            secret,
            self,
        )
        self.secret_dialog.open()

    def revoke(self) -> None:
        token = self.selected()
        if token is None or token.revoked_at is not None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Revoke token"),
            self.tr("Revoke '{0}' of {1}? Whatever uses it is refused from its next call.").format(
                token.name, token.user
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            self.env.ctx.tokens.revoke(token.id)
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.env.status(self.tr("Token '{0}' revoked").format(token.name))
        self.reload()
