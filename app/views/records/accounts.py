"""The Accounts page: the paged list of companies with the selected one's detail pane on the right."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.services.records.accounts import ACCOUNT_STATUSES
from app.views.common.columns import ACCOUNT_COLUMNS
from app.views.common.env import ACCOUNT, ViewEnv
from app.views.lists.record_page import RecordListPage
from app.views.records.account_detail import AccountDetailPane
from app.views.records.editors import AccountEditor


class AccountsPage(RecordListPage):
    title = QT_TRANSLATE_NOOP("labels", "Accounts")
    noun = QT_TRANSLATE_NOOP("labels", "accounts")
    settings_key = "accounts"
    entities = ("account", "user")
    search_hint = QT_TRANSLATE_NOOP("labels", "Search name, website, email, phone…")
    kind = ACCOUNT
    editor_class = AccountEditor

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, ACCOUNT_COLUMNS, ACCOUNT_STATUSES, parent)
        self.detail = AccountDetailPane(env)
        self.detail.editRequested.connect(self.edit_id)
        self.detail.deleteRequested.connect(self.delete_id)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 460])
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._on_reset)

    def _on_current(self, current: Any, _previous: Any = None) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        if item is not None:
            self.detail.show_account(item.id)

    def _on_reset(self) -> None:
        """Keep showing the account if it is still listed; the pane itself drops deleted ones."""
        if self.detail.account is not None:
            row = self.model.find_row(self.detail.account.id)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.select_row(row)
                self.table.selectionModel().blockSignals(False)

    def open_id(self, record_id: Any) -> None:
        """From the global search: show the account in the pane (and select it if it is loaded)."""
        self.detail.show_account(record_id)
        row = self.model.find_row(record_id)
        if row >= 0:
            self.select_row(row)

    def edit_id(self, record_id: uuid.UUID) -> None:
        super().open_id(record_id)

    def open_row(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.edit_id(item.id)

    def delete_id(self, record_id: uuid.UUID) -> None:
        name = self.detail.account.name if self.detail.account else ""
        self.delete_ids([record_id], f"account “{name}”")
