"""The audit trail as people read it: who changed which field of which record, when, from what to what.

The log pages newest first by the entries' primary key: ids are UUIDv7, ordered by the time they were made,
so the key is the time order and a date filter is a key range (no index beyond the primary key needed).
A record's history uses ix_audit_entity (entity type, id, time).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import Account, Activity, AuditEntry, Contact, Deal, Lead, User
from app.services.core.uow import UnitOfWorkFactory

# How each record type is named in the log: its model and the columns of its name.
NAMED: dict[str, tuple[Any, tuple[str, ...]]] = {
    "contact": (Contact, ("first_name", "last_name")),
    "account": (Account, ("name",)),
    "lead": (Lead, ("first_name", "last_name")),
    "deal": (Deal, ("name",)),
    "activity": (Activity, ("subject",)),
    "user": (User, ("name",)),
}
PAGE = 200


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime
    user_id: uuid.UUID | None
    user: str  # the signed-in user who made the change ("" when no user was signed in)
    entity: str
    entity_id: uuid.UUID
    record: str  # the record's name now ("" when it is gone or has no name)
    action: str  # create, update, delete, restore, merge ...
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the log; None: any."""

    user_id: uuid.UUID | None = None
    entity: str | None = None
    entity_id: uuid.UUID | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive


def key_at(moment: datetime) -> uuid.UUID:
    """The smallest UUIDv7 made at `moment`: entries at or after it have ids >= this."""
    ms = int(moment.astimezone(UTC).timestamp() * 1000) if moment.tzinfo else int(moment.timestamp() * 1000)
    return uuid.UUID(int=max(ms, 0) << 80)


class AuditLogService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def page(self, query: AuditQuery, after: uuid.UUID | None = None, limit: int = PAGE) -> list[AuditRow]:
        """Up to `limit` entries matching `query`, newest first, older than the entry `after` (keyset)."""
        stmt = self._filtered(select(AuditEntry), query)
        if after is not None:
            stmt = stmt.where(AuditEntry.id < after)
        stmt = stmt.order_by(AuditEntry.id.desc()).limit(limit)
        with self.uow.read() as session:
            return self._rows(session, session.scalars(stmt).all())

    def history(self, entity: str, entity_id: uuid.UUID, limit: int = PAGE) -> list[AuditRow]:
        """One record's entries, newest first (ix_audit_entity)."""
        stmt = (
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
            .limit(limit)
        )
        with self.uow.read() as session:
            return self._rows(session, session.scalars(stmt).all())

    def last_change(self, entity: str, entity_id: uuid.UUID, field: str | None = None) -> AuditRow | None:
        """The record's latest entry (of `field`, if given): who changed it last, when, to what."""
        stmt = select(AuditEntry).where(AuditEntry.entity_type == entity, AuditEntry.entity_id == entity_id)
        if field is not None:
            stmt = stmt.where(AuditEntry.field == field)
        stmt = stmt.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(1)
        with self.uow.read() as session:
            rows = self._rows(session, session.scalars(stmt).all())
        return rows[0] if rows else None

    def record_types(self) -> list[str]:
        """The record types the log names (for a filter)."""
        return sorted(NAMED)

    # --- internals ----------------------------------------------------------------------------------
    @staticmethod
    def _filtered(stmt: Select[Any], query: AuditQuery) -> Select[Any]:
        if query.user_id is not None:
            stmt = stmt.where(AuditEntry.user_id == query.user_id)
        if query.entity is not None:
            stmt = stmt.where(AuditEntry.entity_type == query.entity)
        if query.entity_id is not None:
            stmt = stmt.where(AuditEntry.entity_id == query.entity_id)
        if query.since is not None:
            stmt = stmt.where(AuditEntry.id >= key_at(query.since))
        if query.until is not None:
            stmt = stmt.where(AuditEntry.id < key_at(query.until))
        return stmt

    def _rows(self, session: Session, entries: Sequence[AuditEntry]) -> list[AuditRow]:
        users = _user_names(session, {e.user_id for e in entries if e.user_id is not None})
        labels = _record_names(session, ((e.entity_type, e.entity_id) for e in entries))
        return [
            AuditRow(
                id=e.id,
                at=e.created_at,
                user_id=e.user_id,
                user=users.get(e.user_id, "") if e.user_id is not None else "",
                entity=e.entity_type,
                entity_id=e.entity_id,
                record=labels.get((e.entity_type, e.entity_id), ""),
                action=e.action,
                field=e.field,
                old=e.old_value,
                new=e.new_value,
            )
            for e in entries
        ]


def _user_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return {row.id: row.name for row in session.execute(select(User.id, User.name).where(User.id.in_(ids)))}


def _record_names(
    session: Session, keys: Iterable[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], str]:
    """The current name of each record, one query per record type on the page."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entity, entity_id in keys:
        if entity in NAMED:
            wanted[entity].add(entity_id)
    names: dict[tuple[str, uuid.UUID], str] = {}
    for entity, ids in wanted.items():
        model, columns = NAMED[entity]
        stmt = select(model.id, *(getattr(model, c) for c in columns)).where(model.id.in_(ids))
        for row in session.execute(stmt):
            names[entity, row[0]] = " ".join(str(part) for part in row[1:] if part).strip()
    return names
