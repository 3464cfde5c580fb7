"""File > Connect to a team server… and the first-run choice: the server's address, a connection test
that says what is there (or why it cannot be used), "initialise a new team database" with its first
administrator; the URL is kept in the OS keyring and the app reopens on it with the sign-in dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.access.server_check import SSL_MODES, team_server_url

USE_SAVED_SERVER = "database/team_server"  # QSettings: start on the server saved in the keyring
ERROR_STYLE = "color: #b00020"
OK_STYLE = "color: #1b5e20"


class _Worker(QObject):
    """Runs one call off the GUI thread; `done(result, error)` arrives on the GUI thread (queued)."""

    done = Signal(object, object)

    def run(self, call: Callable[[], Any]) -> None:
        def body() -> None:
            try:
                result, error = call(), None
            except Exception as exc:  # shown in the dialog, in words
                result, error = None, exc
            self.done.emit(result, error)

        threading.Thread(target=body, daemon=True, name="team-server-check").start()


class ConnectServerDialog(QDialog):
    """The team server's address; `url` holds it (with its password) once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.found: Any = None  # the last successful ServerCheck
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.setMinimumWidth(500)
        self.host = self._line("host", self.tr("Server host name"), "localhost")
        self.port = QSpinBox(objectName="port", minimum=1, maximum=65535, value=5432)
        self.port.setAccessibleName(self.tr("Server port"))
        self.database = self._line("database", self.tr("Database name"), "rapport")
        self.user = self._line("user", self.tr("Database user"), "")
        self.password = self._line("password", self.tr("Database password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(objectName="sslmode")
        self.sslmode.setAccessibleName(self.tr("Encryption (sslmode)"))
        for mode, label in zip(SSL_MODES, self._ssl_labels(), strict=True):
            self.sslmode.addItem(label, mode)
        self.test_button = QPushButton(self.tr("&Test connection"), objectName="test")
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.initialise = QGroupBox(self.tr("&Initialise a new team database"), objectName="initialise")
        self.initialise.setCheckable(True)
        self.initialise.setChecked(False)
        self.initialise.setAccessibleName(self.tr("Initialise a new team database"))
        self.admin_name = self._line("adminName", self.tr("First administrator's name"), "")
        self.admin_email = self._line("adminEmail", self.tr("First administrator's email"), "")
        self.admin_password = self._line("adminPassword", self.tr("First administrator's password"), "")
        self.admin_again = self._line("adminAgain", self.tr("The password again"), "")
        for field in (self.admin_password, self.admin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        admin = QFormLayout(self.initialise)
        admin.addRow(self.tr("Administrator's name"), self.admin_name)
        admin.addRow(self.tr("Email"), self.admin_email)
        admin.addRow(self.tr("Password"), self.admin_password)
        admin.addRow(self.tr("Again"), self.admin_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connect")
        self.connect_button.setAccessibleName(self.tr("Connect"))
        self.connect_button.setEnabled(False)  # after a successful test
        buttons.accepted.connect(self.connect_now)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.tr("&Encryption"), self.sslmode)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.initialise)
        layout.addWidget(buttons)
        for field in (self.host, self.database, self.user, self.password):
            field.textEdited.connect(self._changed)
        self.port.valueChanged.connect(self._changed)
        self.sslmode.currentIndexChanged.connect(self._changed)
        self.worker = _Worker(self)
        self.worker.done.connect(self._finished)
        self._after: Callable[[Any], None] = lambda _result: None

    def _line(self, name: str, accessible: str, text: str) -> QLineEdit:
        field = QLineEdit(text, objectName=name)
        field.setAccessibleName(accessible)
        return field

    def _ssl_labels(self) -> list[str]:
        return [
            self.tr("prefer: TLS when the server offers it"),
            self.tr("require: always TLS"),
            self.tr("verify-ca: TLS, certificate checked"),
            self.tr("verify-full: TLS, certificate and host name checked"),
            self.tr("disable: no TLS (a trusted local network only)"),
        ]

    def server_url(self) -> str:
        """The URL of the fields (ValueError naming the empty field)."""
        return team_server_url(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            self.password.text(),
            str(self.sslmode.currentData()),
        )

    def _changed(self) -> None:
        self.found = None
        self.connect_button.setEnabled(False)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    def _busy(self, text: str, call: Callable[[], Any], after: Callable[[Any], None]) -> None:
        self._say(text, True)
        self.test_button.setEnabled(False)
        self.connect_button.setEnabled(False)
        self._after = after
        self.worker.run(call)

    def _finished(self, result: Any, error: Any) -> None:
        self.test_button.setEnabled(True)
        if error is not None:
            self._say(str(error), False)
            return
        self._after(result)

    def test_connection(self) -> None:
        from app.services.access.server_check import check_server

        try:
            url = self.server_url()
        except ValueError as exc:
            self._say(self.tr("Cannot test: {0}.").format(exc), False)
            return
        self._busy(self.tr("Connecting…"), lambda: check_server(url), self._tested)

    def _tested(self, found: Any) -> None:
        self.found = found
        self._say(found.summary, True)
        self.initialise.setChecked(found.empty)
        self.connect_button.setEnabled(True)

    def connect_now(self) -> None:
        if self.found is None:
            self._say(self.tr("Test the connection first."), False)
            return
        url = self.server_url()
        if not self.initialise.isChecked():
            if self.found.empty:
                self._say(
                    self.tr("No one can sign in there yet: initialise it with its first administrator."),
                    False,
                )
                return
            self._save_and_accept(url)
            return
        problem = self._admin_problem()
        if problem:
            self._say(problem, False)
            return
        from app.config import Settings
        from app.services.access.server import init_server

        name, email, password = (
            self.admin_name.text().strip(),
            self.admin_email.text().strip(),
            self.admin_password.text(),
        )
        self._busy(
            self.tr("Setting up the team database…"),
            lambda: init_server(Settings(db_url=url, explicit=True), name, email, password),
            lambda _admin: self._save_and_accept(url),
        )

    def _admin_problem(self) -> str:
        if not self.admin_name.text().strip() or "@" not in self.admin_email.text():
            return self.tr("Give the first administrator's name and email.")
        if not self.admin_password.text():
            return self.tr("Give the first administrator a password.")
        if self.admin_password.text() != self.admin_again.text():
            return self.tr("The two passwords differ.")
        return ""

    def _save_and_accept(self, url: str) -> None:
        from app.services.access import keyring_store

        self.url = url
        try:
            keyring_store.save_server(url)
        except keyring_store.KeyringUnavailableError as exc:
            QMessageBox.warning(
                self,
                self.tr("Connection not saved"),
                self.tr("Rapport connects now, but {0}.").format(exc),
            )
        else:
            QSettings().setValue(USE_SAVED_SERVER, True)
        self.accept()


class FirstRunChoice(QDialog):
    """The first start on this computer: a database of one's own, or the team's server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = False
        self.setWindowTitle(self.tr("Welcome to Rapport"))
        text = QLabel(
            self.tr(
                "Where do your customers live? Work alone in a database on this computer, or connect to "
                "your team's server (PostgreSQL) and sign in."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox()
        local = buttons.addButton(self.tr("Work on this &computer"), QDialogButtonBox.ButtonRole.AcceptRole)
        local.setAccessibleName(self.tr("Work on this computer"))
        team = buttons.addButton(
            self.tr("Connect to a &team server…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        team.setAccessibleName(self.tr("Connect to a team server"))
        team.setObjectName("team")
        local.setObjectName("local")
        local.clicked.connect(self.accept)
        team.clicked.connect(self._team)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _team(self) -> None:
        self.team = True
        self.accept()


def ask_for_server(parent: QWidget | None) -> str | None:
    """The URL of a team server the person connected to (saved in the keyring), or None."""
    dialog = ConnectServerDialog(parent)
    return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted and dialog.url else None


def connect_to_team_server(window: Any) -> None:
    """File > Connect to a team server…: on success the app reopens on it (with the sign-in dialog),
    through the window's `reopen_hook` (set by app/views/shell/application.py, which makes the windows)."""
    url = ask_for_server(window)
    if url is None:
        return
    from app.config import Settings

    if window.reopen_hook is None:
        window.show_message(window.tr("Saved: Rapport opens on the team server when it next starts."))
        return
    window.reopen_hook(window, Settings(db_url=url, explicit=True))
