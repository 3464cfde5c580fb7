"""The field changes of the open transaction, kept in `session.info` for the event rules (automation).

The ORM's flushes append what they change (automation.capture listens); a bulk statement that bypasses
the ORM (a rescore of every lead) appends its own with `record`, so rules on those fields still fire.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

CHANGES_KEY = "automation.changes"


@dataclass(frozen=True)
class FieldChange:
    entity: str
    record_id: uuid.UUID
    field: str
    old: Any
    new: Any


def field_changes(session: Session) -> list[FieldChange]:
    """The changes recorded so far in this session's transaction (appended to at each flush)."""
    changes: list[FieldChange] = session.info.setdefault(CHANGES_KEY, [])
    return changes


def record(session: Session, entity: str, field: str, changes: Iterable[tuple[uuid.UUID, Any, Any]]) -> None:
    """Note `field` of `entity` changed from old to new for each (id, old, new), written in bulk."""
    field_changes(session).extend(FieldChange(entity, i, field, old, new) for i, old, new in changes)
