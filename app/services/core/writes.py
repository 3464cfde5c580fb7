"""Audited writes shared by the entity services: create, field updates, soft delete and restore."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Entity, Tag, Tagging, utcnow
from app.services.core import guard
from app.services.core.changes import ChangeKind
from app.services.core.errors import ConflictError, NotFoundError
from app.services.core.uow import Work

E = TypeVar("E", bound=Entity)


def get_live(session: Session, cls: type[E], entity_id: uuid.UUID, entity: str, action: str = "view") -> E:
    """The live record, if the signed-in user may `action` it: every service path that loads a record by
    id to change it (a board move, a conversion, a Gantt edit) stops at a record out of their sight."""
    obj = session.get(cls, entity_id)
    if obj is None or obj.deleted_at is not None:
        raise NotFoundError(entity, entity_id)
    guard.require(session, action, entity, obj)
    return obj


def check_version(obj: Entity, expected: int | None) -> None:
    """Refuse to overwrite a record that changed since the caller read it."""
    if expected is not None and obj.version != expected:
        raise ConflictError(
            "This record was changed elsewhere since you opened it "
            f"(version {obj.version}, you had {expected}); reload it and try again."
        )


def create(work: Work, obj: E, entity: str) -> E:
    work.session.add(obj)
    work.session.flush()
    work.audit(entity, obj.id, "create")
    work.changed(entity, ChangeKind.CREATED, [obj.id])
    return obj


def apply_fields(work: Work, obj: Entity, entity: str, values: Mapping[str, Any]) -> bool:
    """Set the fields that differ, one audit entry per field; True if anything changed."""
    changed = False
    for name, new in values.items():
        old = getattr(obj, name)
        if old != new:
            work.audit(entity, obj.id, "update", name, old, new)
            setattr(obj, name, new)
            changed = True
    if changed:
        work.changed(entity, ChangeKind.UPDATED, [obj.id])
    return changed


def soft_delete(work: Work, cls: type[Entity], entity: str, ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Move records to the trash; returns the ids that were live."""
    rows = work.session.scalars(select(cls).where(cls.id.in_(list(ids)), cls.deleted_at.is_(None))).all()
    now = utcnow()
    for obj in rows:
        obj.deleted_at = now
        work.audit(entity, obj.id, "delete")
    done = [obj.id for obj in rows]
    work.changed(entity, ChangeKind.DELETED, done)
    return done


def restore(work: Work, cls: type[Entity], entity: str, ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    rows = work.session.scalars(select(cls).where(cls.id.in_(list(ids)), cls.deleted_at.is_not(None))).all()
    for obj in rows:
        obj.deleted_at = None
        work.audit(entity, obj.id, "restore")
    done = [obj.id for obj in rows]
    work.changed(entity, ChangeKind.RESTORED, done)
    return done


def tag_ids(session: Session, entity: str, entity_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
    stmt = select(Tagging.tag_id).where(
        Tagging.entity_type == entity, Tagging.entity_id == entity_id, Tagging.deleted_at.is_(None)
    )
    return tuple(sorted(session.scalars(stmt)))


def set_tags(work: Work, entity: str, entity_id: uuid.UUID, wanted: Iterable[uuid.UUID]) -> None:
    """Make the record's tags exactly `wanted`, auditing each addition and removal."""
    wanted_set = set(wanted)
    existing = {
        t.tag_id: t
        for t in work.session.scalars(
            select(Tagging).where(Tagging.entity_type == entity, Tagging.entity_id == entity_id)
        )
    }
    for tag_id, tagging in existing.items():
        live = tagging.deleted_at is None
        if tag_id in wanted_set and not live:
            tagging.deleted_at = None
            work.audit(entity, entity_id, "update", "tags", None, f"+{tag_id}")
        elif tag_id not in wanted_set and live:
            tagging.deleted_at = utcnow()
            work.audit(entity, entity_id, "update", "tags", f"-{tag_id}", None)
    for tag_id in wanted_set - existing.keys():
        if work.session.get(Tag, tag_id) is None:
            raise NotFoundError("tag", tag_id)
        work.session.add(Tagging(tag_id=tag_id, entity_type=entity, entity_id=entity_id))
        work.audit(entity, entity_id, "update", "tags", None, f"+{tag_id}")
    work.changed(entity, ChangeKind.UPDATED, [entity_id])
