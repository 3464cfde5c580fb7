"""Undoable activity actions beyond create/edit/delete: complete or reopen a task, import a calendar."""

from __future__ import annotations

import uuid
from datetime import tzinfo
from typing import Any

from app.views.common.commands import EditCommand, ServiceCommand
from app.views.common.env import ACTIVITY, ViewEnv


class CompleteCommand(EditCommand):
    """Mark an activity done (or not done); undo puts back the state before, progress included."""

    def __init__(self, env: ViewEnv, before: Any, done: bool = True) -> None:
        super().__init__(env, ACTIVITY, before, None, before.subject)
        self.done = done
        self.setText(f"{'Complete' if done else 'Reopen'} “{before.subject}”")

    def execute(self) -> None:
        service = self.env.ctx.activities
        if self.done:
            outcome = service.complete(self.before.id, self.before.version)
        else:
            outcome = service.reopen(self.before.id, self.before.version)
        self.after = outcome.value
        self.version = outcome.value.version
        self.changed = bool(outcome.changes)
        self._executed = True


class ImportCalendarCommand(ServiceCommand):
    """Import an .ics file as one step; undo removes what it created and restores what it updated."""

    def __init__(self, env: ViewEnv, text: str, zone: tzinfo, owner_id: uuid.UUID | None, name: str) -> None:
        super().__init__(env, f"Import calendar {name}")
        self.source = text
        self.zone = zone
        self.owner_id = owner_id
        self.result: Any = None

    def _redo(self) -> None:
        self.result = self.env.ctx.calendar.import_text(self.source, self.zone, self.owner_id).value

    def _undo(self) -> None:
        self.env.ctx.calendar.undo_import(self.result)
