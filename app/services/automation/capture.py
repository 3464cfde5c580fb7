"""What a unit of work changed, field by field, collected at each flush for the event triggers.

A listener on every Session's `before_flush` records the column changes of the watched records (old and
new value) in `session.info`; created records come from the unit of work's change collector (imports
insert without the ORM). `rules_paused()` turns the event rules off for the work run inside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.models import Account, Activity, Contact, Deal, Document, Entity, Lead, Ticket
from app.services.core.field_changes import CHANGES_KEY, FieldChange, field_changes

WATCHED: dict[type[Entity], str] = {
    Contact: "contact",
    Account: "account",
    Lead: "lead",
    Deal: "deal",
    Activity: "activity",
    Document: "document",
    Ticket: "ticket",
}
MODELS: dict[str, type[Entity]] = {name: model for model, name in WATCHED.items()}
_SKIPPED = frozenset({"version", "updated_at", "created_at", "id"})
_PAUSED: ContextVar[bool] = ContextVar("rapport_rules_paused", default=False)


@contextmanager
def rules_paused() -> Iterator[None]:
    """Writes made inside do not trigger rules (an import the user asked not to, an undo of a run)."""
    token = _PAUSED.set(True)
    try:
        yield
    finally:
        _PAUSED.reset(token)


def are_paused() -> bool:
    return _PAUSED.get()


def _record_changes(session: Session, _context: Any, _instances: Any) -> None:
    if _PAUSED.get():
        return
    found = field_changes(session)
    for obj in session.dirty:
        entity = WATCHED.get(type(obj))
        if entity is None:
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _SKIPPED:
                continue
            history = state.attrs[attr.key].history
            if not history.added:
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0]
            if old != new:
                found.append(FieldChange(entity, obj.id, attr.key, old, new))


def _forget(session: Session) -> None:
    session.info.pop(CHANGES_KEY, None)
    session.info.pop("automation.custom_revision", None)  # rules_cache.CUSTOM_REVISION


def install_capture() -> None:
    """Listen on every session (idempotent)."""
    if not event.contains(Session, "before_flush", _record_changes):
        event.listen(Session, "before_flush", _record_changes)
        event.listen(Session, "after_commit", _forget)
        event.listen(Session, "after_soft_rollback", lambda session, _tx: _forget(session))
