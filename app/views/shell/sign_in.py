"""The sign-in dialog of a team database: email, password, "remember me"; a refusal is said in the
dialog, which stays open for another try. A token remembered in the OS keyring signs in without it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services.access import keyring_store
from app.services.access.signin import Credentials, SignInError

Opener = Callable[[Credentials], Any]  # signs in and returns the open context, or raises SignInError


class SignInDialog(QDialog):
    def __init__(self, server: str, opener: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opener = opener
        self.ctx: Any = None
        self.setWindowTitle(self.tr("Sign in to Rapport"))
        self.setMinimumWidth(420)
        self.server = QLabel(self.tr("Team database: {server}").format(server=server), objectName="server")
        self.server.setWordWrap(True)
        self.email = QLineEdit(objectName="email", placeholderText=self.tr("you@company.com"))
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep me signed in on this computer"), objectName="remember")
        if not keyring_store.available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no keyring to keep the sign-in in safely"))
        self.message = QLabel(objectName="message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.server)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_sign_in(self) -> None:
        email = self.email.text().strip()
        if not email or not self.password.text():
            self.message.setText(self.tr("Type your email and password."))
            return
        credentials = Credentials(email, self.password.text(), remember=self.remember.isChecked())
        try:
            self.ctx = self.opener(credentials)
        except SignInError as exc:
            self.message.setText(f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


def sign_in(parent: QWidget | None, settings: Settings) -> Any:
    """The context of a team database after its user signed in (a remembered token first), or None
    when they cancel."""
    from app.context import AppContext

    server = settings.display_url
    saved = keyring_store.load_token(server) if keyring_store.available() else None
    if saved is not None:
        try:
            return AppContext.open(settings, user=Credentials(saved[0], token=saved[1]))
        except SignInError:
            keyring_store.forget_token(server)  # revoked or expired: ask for the password

    def opener(credentials: Credentials) -> Any:
        ctx = AppContext.open(settings, user=credentials)
        signed = ctx.signed_in
        if credentials.remember and signed is not None and signed.token:
            keyring_store.save_token(server, signed.email, signed.token)
        return ctx

    dialog = SignInDialog(server, opener, parent)
    return dialog.ctx if dialog.exec() == QDialog.DialogCode.Accepted else None
