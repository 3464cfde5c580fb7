"""The Compose dialog: a mail to one contact, lead, account or deal (or a document with its PDF), from a
template or typed, previewed with the real record, then queued and sent in the background."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.services.mail.compose import Draft
from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob


class ComposeDialog(QDialog):
    def __init__(
        self,
        env: ViewEnv,
        entity: str,
        record_id: uuid.UUID,
        document_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.entity, self.record_id, self.document_id = env, entity, record_id, document_id
        self.extra: dict[str, dict[str, Any]] = {}
        self.html = ""
        self.job: ThreadJob | None = None
        mail = env.ctx.mail
        if document_id is not None:
            self.entity, self.record_id, self.extra = mail.document_recipient(document_id)
        self.setWindowTitle(self.tr("Email this document") if document_id else self.tr("New email"))
        self.resize(820, 560)
        self.account = QComboBox(objectName="account")
        self.account.setAccessibleName(self.tr("Send from account"))
        for info in env.ctx.mail_accounts.list():
            self.account.addItem(f"{info.name} <{info.from_address}>", info.id)
        self.template = QComboBox(objectName="template")
        self.template.setAccessibleName(self.tr("Template"))
        self.template.addItem(self.tr("(write it here)"), None)
        self.templates = {t.id: t for t in env.ctx.email_templates.list()}
        for t in self.templates.values():
            self.template.addItem(t.name, t.id)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.subject = QLineEdit(objectName="subject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(objectName="body")
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setPlaceholderText(self.tr("Dear {{ recipient.first_name }}, …"))
        if document_id is not None:
            from app.services.mail.documents import DEFAULT_SUBJECT, DEFAULT_TEXT

            self.subject.setText(DEFAULT_SUBJECT)
            self.body.setPlainText(DEFAULT_TEXT)
        self.preview_view = QTextBrowser(objectName="preview")
        self.preview_view.setAccessibleName(self.tr("Preview with the recipient's values"))
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.account)
        form.addRow(self.tr("&Template"), self.template)
        form.addRow(self.tr("&Subject"), self.subject)
        editor = QWidget()
        left = QVBoxLayout(editor)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.body)
        split = QSplitter()
        split.addWidget(editor)
        split.addWidget(self.preview_view)
        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("&Preview"), objectName="previewButton")
        self.preview_button.setAccessibleName(self.tr("Preview"))
        self.preview_button.setShortcut(QKeySequence("Ctrl+P"))
        self.send_button = QPushButton(self.tr("&Send"), objectName="sendButton")
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.send)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.send_button.clicked.connect(self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.timer = QTimer(self, interval=100)
        self.timer.timeout.connect(self._poll)
        if self.account.count() == 0:
            self.message.setText(self.tr("You have no mail account yet: add one in Settings > Email."))
            self.send_button.setEnabled(False)
        self.preview()

    def _template_chosen(self) -> None:
        chosen = self.templates.get(self.template.currentData())
        if chosen is not None:
            self.subject.setText(chosen.subject)
            self.body.setPlainText(chosen.body_text)
            self.html = chosen.body_html
        else:
            self.html = ""
        self.preview()

    def draft(self) -> Draft:
        return Draft(subject=self.subject.text(), body_text=self.body.toPlainText(), body_html=self.html)

    def preview(self) -> bool:
        """Show the mail as the recipient will get it, or what stops it (a field with no value)."""
        account_id = self.account.currentData()
        if account_id is None or not self.subject.text().strip():
            self.preview_view.setPlainText("")
            return False
        try:
            shown = self.env.ctx.mail.preview(
                account_id, self.draft(), self.entity, self.record_id, self.extra
            )
        except RapportError as exc:
            self.message.setText(str(exc))
            self.preview_view.setPlainText("")
            return False
        self.message.setText("")
        head = self.tr("To: {0} <{1}>\nSubject: {2}\n\n").format(shown.label, shown.to, shown.subject)
        self.preview_view.setPlainText(head + shown.body_text)
        return True

    def send(self) -> None:
        """Queue the mail (nothing is queued if a field has no value), then send it in the background."""
        if not self.send_button.isEnabled() or not self.preview():
            return
        account_id = self.account.currentData()
        mail = self.env.ctx.mail
        try:
            if self.document_id is not None:
                queued = mail.email_document(account_id, self.document_id, self.draft())
            else:
                queued = mail.send(account_id, self.draft(), self.entity, self.record_id)
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.send_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Sending to {0}…").format(queued.to))
        worker = self.env.ctx.unbroadcast().mail  # its change records stay off the GUI's bus in the thread
        self.job = ThreadJob(
            lambda progress: worker.deliver(account_id, progress=progress), name="rapport-mail-send"
        )
        self.job.thread.start()
        self.timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None or not job.finished:
            return
        self.timer.stop()
        if job.error:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(self.tr("Queued, but not sent yet: {0}").format(job.error))
            return
        report = job.result
        self.env.status(self.tr("Mail sent") if report.sent else self.tr("Mail queued"))
        self.accept()
