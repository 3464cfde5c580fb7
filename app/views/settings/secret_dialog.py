"""A secret shown once (a new API token, a webhook's signing secret), with a button that copies it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SecretDialog(QDialog):
    def __init__(self, title: str, explanation: str, secret: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        text = QLabel(explanation, objectName="explanation")
        text.setWordWrap(True)
        self.secret = QLineEdit(secret, objectName="secret")
        self.secret.setReadOnly(True)
        self.secret.setAccessibleName(self.tr("The secret"))
        self.secret.selectAll()
        self.copy_button = QPushButton(self.tr("&Copy"), objectName="copy")
        self.copy_button.setAccessibleName(self.tr("Copy the secret to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel("", objectName="copied")
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.secret.text())
        self.copied.setText(self.tr("Copied to the clipboard."))
