"""The Trash page: deleted records of every kind; restore them (undoable) or delete them for good."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.services.core.errors import RapportError
from app.views.common.columns import TRASH_COLUMNS
from app.views.common.commands import RestoreCommand
from app.views.common.env import ViewEnv
from app.views.common.memory_table import MemoryTableModel
from app.views.lists.list_page import ListPage


class TrashPage(ListPage):
    title = QT_TRANSLATE_NOOP("labels", "Trash")
    noun = QT_TRANSLATE_NOOP("labels", "deleted records")
    settings_key = "trash"
    entities = ("contact", "account", "deal", "activity", "lead")
    search_hint = QT_TRANSLATE_NOOP("labels", "Search the trash…")

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        # Read the trash when the page is first shown, not at start-up.
        model = MemoryTableModel(
            TRASH_COLUMNS, lambda: env.ctx.trash.list(), key=lambda t: (t.entity, t.id), eager=False
        )
        super().__init__(env, model, parent=parent)
        self._touched.update(self.entities)
        self.confirm: Callable[[str], bool] = self._ask
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setProperty("primary", True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete permanently…"))
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.setProperty("danger", True)
        self.purge_button.clicked.connect(self.delete_selected)
        self.toolbar.addWidget(self.purge_button)
        self.toolbar.addWidget(self.restore_button)

    def empty_text(self) -> str:
        if self.model.query.search:
            return super().empty_text()
        return "The trash is empty. Deleted contacts and accounts wait here until you restore them."

    def open_row(self, row: int) -> None:
        self.restore_selected()

    def restore_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        text = _describe(items)
        command = RestoreCommand(self.env, [(i.entity, i.id) for i in items], text)
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(self.tr("Could not restore {text}: {exc}").format(text=text, exc=exc))
            return
        self.env.push(command, self.tr("Restored {text}").format(text=text))

    def delete_selected(self) -> None:
        """Purge for good, after asking; this cannot be undone."""
        items = self.selected_items()
        if not items or not self.confirm(_describe(items)):
            return
        try:
            count = self.env.ctx.trash.purge([(i.entity, i.id) for i in items]).value
        except RapportError as exc:
            self.env.error(self.tr("Could not delete: {exc}").format(exc=exc))
            return
        self.env.status(self.tr("Permanently deleted {count} record(s)").format(count=count))

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Delete permanently"),
            self.tr("Delete {text} permanently?\n\nThis cannot be undone, not even with Ctrl+Z.").format(
                text=text
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def _describe(items: list[Any]) -> str:
    return f"{items[0].entity} “{items[0].label}”" if len(items) == 1 else f"{len(items)} records"
