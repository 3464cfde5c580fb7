"""Settings > Email: the signed-in user's mail accounts (SMTP to send, IMAP to read, the capture address
and sending pace), passwords kept in the OS keyring, and a Test button that signs in to both servers."""

from __future__ import annotations

import uuid
from dataclasses import fields

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError, ValidationError
from app.services.mail.accounts import SECURITIES, MailAccountInfo, MailAccountInput
from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob


class MailSettingsDialog(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Settings — Email"))
        self.setMinimumWidth(560)
        self.job: ThreadJob | None = None
        self.chooser = QComboBox(objectName="chooser")
        self.chooser.setAccessibleName(self.tr("Mail account"))
        self.chooser.currentIndexChanged.connect(self._show_chosen)
        self.edits: dict[str, QWidget] = {}
        general = self._form(
            (
                ("name", self.tr("&Name")),
                ("from_name", self.tr("Sender n&ame")),
                ("from_address", self.tr("Sender &address")),
                ("per_minute", self.tr("Mails a &minute")),
                ("capture_address", self.tr("Lead &capture address")),
            )
        )
        smtp = self._form(
            (
                ("smtp_host", self.tr("SMTP &server")),
                ("smtp_port", self.tr("SMTP port")),
                ("smtp_security", self.tr("SMTP security")),
                ("smtp_username", self.tr("SMTP user")),
                ("smtp_password", self.tr("SMTP password")),
            )
        )
        imap = self._form(
            (
                ("imap_host", self.tr("&IMAP server")),
                ("imap_port", self.tr("IMAP port")),
                ("imap_security", self.tr("IMAP security")),
                ("imap_username", self.tr("IMAP user")),
                ("imap_password", self.tr("IMAP password")),
                ("sent_folder", self.tr("Sent folder")),
                ("copy_to_sent", self.tr("Copy sent mail")),
            )
        )
        self.message = QLabel(objectName="message", wordWrap=True)
        self.test_button = QPushButton(self.tr("&Test"), objectName="testButton")
        self.test_button.setAccessibleName(self.tr("Test the connection"))
        self.test_button.setShortcut("Ctrl+T")
        self.test_button.clicked.connect(self.test)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the account"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Account")))
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for title, box in (
            (self.tr("Sender"), general),
            (self.tr("Sending (SMTP)"), smtp),
            (self.tr("Reading (IMAP)"), imap),
        ):
            group = QGroupBox(title)
            group.setLayout(box)
            layout.addWidget(group)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.timer = QTimer(self, interval=100)
        self.timer.timeout.connect(self._poll)
        self.reload()

    def _form(self, rows: tuple[tuple[str, str], ...]) -> QFormLayout:
        form = QFormLayout()
        for key, label in rows:
            widget: QWidget
            if key.endswith("_port") or key == "per_minute":
                widget = QSpinBox(
                    objectName=key, minimum=1, maximum=65535 if key.endswith("_port") else 10_000
                )
            elif key.endswith("_security"):
                widget = QComboBox(objectName=key)
                widget.addItems(list(SECURITIES))
            elif key == "copy_to_sent":
                widget = QCheckBox(self.tr("Put a copy in the Sent folder"), objectName=key)
            else:
                widget = QLineEdit(objectName=key)
                if key.endswith("_password"):
                    widget.setEchoMode(QLineEdit.EchoMode.Password)
                    widget.setPlaceholderText(self.tr("kept in the system keyring; empty keeps it"))
            widget.setAccessibleName(label.replace("&", ""))
            self.edits[key] = widget
            form.addRow(label, widget)
        return form

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.accounts = self.env.ctx.mail_accounts.list()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for info in self.accounts:
            self.chooser.addItem(info.name, info.id)
        self.chooser.addItem(self.tr("New account…"), None)
        index = self.chooser.findData(select) if select is not None else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._show_chosen()

    def chosen(self) -> MailAccountInfo | None:
        found = [a for a in self.accounts if a.id == self.chooser.currentData()]
        return found[0] if found else None

    def _show_chosen(self) -> None:
        info = self.chosen()
        data = info or MailAccountInput("", "", "", per_minute=60, copy_to_sent=True)
        for f in fields(MailAccountInput):
            widget, value = self.edits[f.name], getattr(data, f.name)
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
        for key in ("smtp_password", "imap_password"):
            self.edits[key].clear()  # type: ignore[attr-defined]
        self.test_button.setEnabled(info is not None)
        self.message.setText("")

    def values(self) -> MailAccountInput:
        out: dict[str, object] = {}
        for f in fields(MailAccountInput):
            widget = self.edits[f.name]
            if isinstance(widget, QSpinBox):
                out[f.name] = widget.value()
            elif isinstance(widget, QComboBox):
                out[f.name] = widget.currentText()
            elif isinstance(widget, QCheckBox):
                out[f.name] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                out[f.name] = widget.text()
        return MailAccountInput(**out)  # type: ignore[arg-type]

    def save(self) -> bool:
        smtp_pw = self.edits["smtp_password"].text()  # type: ignore[attr-defined]
        imap_pw = self.edits["imap_password"].text()  # type: ignore[attr-defined]
        info = self.chosen()
        service = self.env.ctx.mail_accounts
        try:
            if info is None:
                saved = service.add(self.values(), smtp_pw, imap_pw)
            else:
                saved = service.update(info.id, self.values(), smtp_pw or None, imap_pw or None)
        except ValidationError as exc:
            self._say("\n".join(f"{e.field.replace('_', ' ')}: {e.message}" for e in exc.errors), error=True)
            return False
        except RapportError as exc:
            self._say(str(exc), error=True)
            return False
        self.reload(saved.id)
        self._say(self.tr("Saved {0}. Press Test to check the connection.").format(saved.name))
        return True

    def test(self) -> None:
        info = self.chosen()
        if info is None or (self.job is not None and not self.job.finished):
            return
        self._say(self.tr("Signing in to {0}…").format(info.smtp_host))
        self.test_button.setEnabled(False)
        service = self.env.ctx.mail_accounts
        self.job = ThreadJob(lambda _progress: service.test(info.id), name="rapport-mail-test")
        self.job.thread.start()
        self.timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None or not job.finished:
            return
        self.timer.stop()
        self.test_button.setEnabled(True)
        if job.error:
            self._say(job.error, error=True)
            return
        result = job.result
        lines = [self.tr("Sending: {0}").format(result.smtp or self.tr("OK"))]
        info = self.chosen()
        if info is not None and info.imap_host:
            lines.append(self.tr("Reading: {0}").format(result.imap or self.tr("OK")))
        self._say("\n".join(lines), error=not result.ok)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020" if error else "color: #1b5e20")
        self.message.setText(text)
