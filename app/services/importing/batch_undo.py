"""Undo of import batches that are not one file's: a whole CRM export registers how to take itself back
(app/extensions.py), so the engine's undo need not know the exporters (which are built on the engine)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from app.services.core.uow import UnitOfWorkFactory

# each returns the undo's outcome, or None when the batch is not one it knows
Undoer = Callable[[UnitOfWorkFactory, uuid.UUID], Any]
_UNDOERS: list[Undoer] = []


def register(undoer: Undoer) -> None:
    if undoer not in _UNDOERS:
        _UNDOERS.append(undoer)


def special(uow: UnitOfWorkFactory, batch_id: uuid.UUID) -> Any:
    """The outcome of the first registered undoer that knows this batch, or None."""
    for undoer in _UNDOERS:
        outcome = undoer(uow, batch_id)
        if outcome is not None:
            return outcome
    return None
