"""Bulk reassignment: give a selection of contacts, accounts, leads, deals or activities to one owner in
one step, and undo it. The signed-in user must be allowed to edit every record and to see the new owner's
records (a rep cannot hand an account to another team); one refusal leaves every record as it was."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from app.models import User
from app.services.access.users import OWNED_MODELS
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory


@dataclass(frozen=True)
class BulkAssignment:
    """Which records went to `owner_id`, with the owner each had before (what undo gives back)."""

    entity: str
    owner_id: uuid.UUID
    previous: Mapping[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.previous)


class ReassignService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def assign(self, entity: str, ids: Sequence[uuid.UUID], owner_id: uuid.UUID) -> Outcome[BulkAssignment]:
        """Give the live records `ids` of `entity` to `owner_id` (an active user); records they already
        own are left alone. AccessDeniedError names the first record or owner the user may not touch."""
        model = OWNED_MODELS.get(entity)
        if model is None:
            raise ValidationError(FieldError("entity", f"{entity} records have no owner to change"))
        with self.uow() as work:
            owner = writes.get_live(work.session, User, owner_id, "user")
            if not owner.is_active:
                raise ValidationError(FieldError("owner", f"{owner.name} is deactivated"))
            guard.require_ids(work.session, "edit", entity, model, ids)
            previous: dict[uuid.UUID, uuid.UUID | None] = {}
            wanted = list(dict.fromkeys(ids))
            for start in range(0, len(wanted), 500):
                rows = work.session.scalars(
                    select(model).where(model.id.in_(wanted[start : start + 500]), model.deleted_at.is_(None))
                )
                for obj in rows:
                    if obj.owner_id == owner_id:
                        continue
                    previous[obj.id] = obj.owner_id
                    writes.apply_fields(work, obj, entity, {"owner_id": owner_id})
                    guard.require(work.session, "edit", entity, obj)  # not handed to someone out of sight
            if previous:
                work.changed(entity, ChangeKind.UPDATED, list(previous))
        return Outcome(BulkAssignment(entity, owner_id, previous), work.changes)

    def undo(self, done: BulkAssignment) -> Outcome[int]:
        """Give each record back to its owner before `done`, if it still has the owner `done` gave it
        (a record handed on since stays where it is); the same rights apply."""
        model = OWNED_MODELS[done.entity]
        with self.uow() as work:
            ids = list(done.previous)
            guard.require_ids(work.session, "edit", done.entity, model, ids)
            back: list[uuid.UUID] = []
            for start in range(0, len(ids), 500):
                rows = work.session.scalars(
                    select(model).where(
                        model.id.in_(ids[start : start + 500]),
                        model.owner_id == done.owner_id,
                        model.deleted_at.is_(None),
                    )
                )
                for obj in rows:
                    writes.apply_fields(work, obj, done.entity, {"owner_id": done.previous[obj.id]})
                    back.append(obj.id)
            if back:
                work.changed(done.entity, ChangeKind.UPDATED, back)
        return Outcome(len(back), work.changes)
