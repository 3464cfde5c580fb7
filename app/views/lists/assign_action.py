""" "Assign to…" on a list's selection (Contacts, Accounts, Leads): every selected record to one owner in
one undoable step, under the signed-in user's rights (the service refuses, in words, what they may not)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from app.services.core.errors import RapportError
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv

ASSIGNABLE = ("contact", "account", "lead")  # the list pages whose records have an owner


class AssignCommand(ServiceCommand):
    """Give records to an owner; undo gives each back to the owner it had (if nobody moved it since)."""

    def __init__(
        self, env: ViewEnv, entity: str, ids: list[uuid.UUID], owner_id: uuid.UUID, text: str
    ) -> None:
        super().__init__(env, text)
        self.entity, self.ids, self.owner_id = entity, list(ids), owner_id
        self.done: Any = None

    def _redo(self) -> None:
        self.done = self.env.ctx.reassign.assign(self.entity, self.ids, self.owner_id).value

    def _undo(self) -> None:
        if self.done is not None:
            self.env.ctx.reassign.undo(self.done)


class AssignMenu(QMenu):
    """The people to give the selection to: Edit > Assign to… or Ctrl+Shift+A on the list (the title row
    has no room left for another button at 1024 px)."""

    def __init__(self, page: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("assignMenu")
        self.setTitle(self.tr("Assign to"))
        self.setAccessibleName(self.tr("Assign the selected records to"))
        self.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.clear()
        count = len(self.page.selected_items())
        title = self.addAction(self.tr("Assign {0} selected to:").format(count))
        title.setEnabled(False)
        for user in self.page.env.ctx.lookups.users():
            action = self.addAction(user.name, lambda u=user: self.assign_selection(u.id, u.name))
            action.setEnabled(count > 0)

    def assign_selection(self, owner_id: uuid.UUID, owner_name: str) -> None:
        items = self.page.selected_items()
        if not items:
            return
        kind = self.page.kind
        noun = kind.singular if len(items) == 1 else f"{len(items)} {self.page.noun}"
        text = self.tr("Assign {0} to {1}").format(noun, owner_name)
        command = AssignCommand(self.page.env, kind.name, [i.id for i in items], owner_id, text)
        try:
            command.execute()
        except RapportError as exc:
            self.page.env.error(self.tr("Could not assign {0}: {1}").format(noun, exc))
            return
        moved = command.done.count if command.done is not None else 0
        self.page.env.push(
            command, self.tr("{0} of {1} assigned to {2}").format(f"{moved:,}", noun, owner_name)
        )

    def open_at_selection(self) -> None:
        """Show the menu beside the current row of the list (or its top-left corner)."""
        table = self.page.table
        rect = table.visualRect(table.currentIndex())
        where = rect.bottomLeft() if rect.isValid() else table.viewport().rect().topLeft()
        self.popup(table.viewport().mapToGlobal(where))
