"""Settings > Integration: API tokens (everyone: their own; an administrator: everyone's), web forms and
webhooks (administrators; anyone else is told whose page it is)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.views.common.env import ViewEnv
from app.views.settings.forms_page import FormsPage
from app.views.settings.tokens_page import TokensPage
from app.views.settings.webhooks_page import WebhooksPage


class IntegrationDialog(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Integration: API tokens, web forms, webhooks"))
        self.resize(900, 560)
        admin = env.ctx.users.may_manage()
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setAccessibleName(self.tr("Integration settings"))
        self.tokens = TokensPage(env, admin, self)
        self.tabs.addTab(self.tokens, self.tr("API &tokens"))
        self.forms: FormsPage | None = FormsPage(env, self) if admin else None
        self.webhooks: WebhooksPage | None = WebhooksPage(env, self) if admin else None
        only = self.tr("Only an administrator manages {0}.")
        self.tabs.addTab(
            self.forms or self._refused(only.format(self.tr("web forms"))), self.tr("&Web forms")
        )
        self.tabs.addTab(
            self.webhooks or self._refused(only.format(self.tr("webhooks"))), self.tr("Web&hooks")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _refused(self, text: str) -> QLabel:
        label = QLabel(text, objectName="refused")
        label.setAccessibleName(text)
        return label


def open_integration(env: ViewEnv, parent: QWidget | None = None) -> Any:
    dialog = IntegrationDialog(env, parent)
    dialog.open()
    return dialog
