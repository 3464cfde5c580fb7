"""Undoable edits: QUndoCommands that call services.

A command runs once *before* it is pushed (`execute()`), so validation errors reach the dialog that asked;
the stack's first `redo()` is then skipped. Later undo/redo failures are reported and the command is made
obsolete, which makes QUndoStack drop it instead of leaving the stack out of step with the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.core.errors import RapportError
from app.views.common.env import KINDS, EntityKind, ViewEnv


class ServiceCommand(QUndoCommand):
    def __init__(self, env: ViewEnv, text: str) -> None:
        super().__init__(text)
        self.env = env
        self._executed = False

    def execute(self) -> None:
        """Do the action the first time; raises the service's errors to the caller."""
        self._redo()
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # the first redo (inside push) was done by execute()
            return
        self._guard("redo", self._redo)

    def undo(self) -> None:
        self._guard("undo", self._undo)

    def _guard(self, what: str, action: Callable[[], None]) -> None:
        try:
            action()
        except RapportError as exc:
            self.setObsolete(True)
            self.env.error(
                QCoreApplication.translate("ServiceCommand", "Could not {what} “{v1}”: {exc}").format(
                    what=what, v1=self.text(), exc=exc
                )
            )

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CreateCommand(ServiceCommand):
    """Create a record; undo removes it for good, redo recreates it with the same id."""

    def __init__(self, env: ViewEnv, kind: EntityKind, data: Any, label: str) -> None:
        super().__init__(env, f"New {kind.singular} {label}")
        self.kind = kind
        self.data = data
        self.record_id: uuid.UUID | None = None
        self.detail: Any = None

    def _redo(self) -> None:
        outcome = self.kind.service(self.env.ctx).create(self.data, self.record_id)
        self.detail = outcome.value
        self.record_id = outcome.value.id

    def _undo(self) -> None:
        assert self.record_id is not None
        self.kind.service(self.env.ctx).delete([self.record_id])
        self.env.ctx.trash.purge([(self.kind.name, self.record_id)])


class EditCommand(ServiceCommand):
    """Save an edit; undo re-applies the state before it, redo the state after it.

    Each step passes the version this command itself last wrote, so undoing over someone else's later
    change (another user on the same server) is refused as a conflict instead of overwriting it.
    """

    def __init__(self, env: ViewEnv, kind: EntityKind, before: Any, data: Any, label: str) -> None:
        super().__init__(env, f"Edit {kind.singular} {label}")
        self.kind = kind
        self.before = before
        self.data = data
        self.after: Any = None
        self.changed = False
        self.version: int = before.version

    def execute(self) -> None:
        outcome = self.kind.service(self.env.ctx).update(self.before.id, self.data, self.before.version)
        self.after = outcome.value
        self.version = outcome.value.version
        self.changed = bool(outcome.changes)
        self._executed = True

    def _redo(self) -> None:
        self._apply(self.after.as_input())

    def _undo(self) -> None:
        self._apply(self.before.as_input())

    def _apply(self, data: Any) -> None:
        outcome = self.kind.service(self.env.ctx).update(self.before.id, data, self.version)
        self.version = outcome.value.version


class DeleteCommand(ServiceCommand):
    """Move records to the trash; undo restores them."""

    def __init__(self, env: ViewEnv, kind: EntityKind, ids: list[uuid.UUID], label: str) -> None:
        super().__init__(env, f"Delete {label}")
        self.kind = kind
        self.ids = list(ids)
        self.done: list[uuid.UUID] = []

    def _redo(self) -> None:
        self.done = self.kind.service(self.env.ctx).delete(self.ids).value

    def _undo(self) -> None:
        restored = self.kind.service(self.env.ctx).restore(self.done).value
        require_all(restored, self.done, "restored")


class RestoreCommand(ServiceCommand):
    """Bring records back from the trash; undo puts them back (contacts and accounts)."""

    def __init__(self, env: ViewEnv, items: list[tuple[str, uuid.UUID]], label: str) -> None:
        super().__init__(env, f"Restore {label}")
        self.items = list(items)
        self.count = 0

    def _redo(self) -> None:
        self.count = self.env.ctx.trash.restore(self.items).value

    def _undo(self) -> None:
        unknown = {entity for entity, _ in self.items} - KINDS.keys()
        if unknown:
            raise RapportError(f"restoring {', '.join(sorted(unknown))} cannot be undone here")
        for name, kind in KINDS.items():
            ids = [i for entity, i in self.items if entity == name]
            if ids:
                kind.service(self.env.ctx).delete(ids)


def require_all(done: list[Any], wanted: list[Any], verb: str) -> None:
    if len(done) != len(wanted):
        missing = len(wanted) - len(done)
        raise RapportError(f"{missing} record(s) could not be {verb}; they may have been purged")
