"""Tags: create, rename, recolour and delete them, and add or remove one on many records at once."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Account, Activity, Contact, Deal, Document, Lead, Product, Tag, Tagging, utcnow
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.lookups import TagRef
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.core.write_lock import serialise_on

ENTITY = "tag"
TAGGABLE = ("account", "contact", "lead", "deal", "product", "document", "activity")
TAGGED_MODELS = {
    "account": Account,
    "contact": Contact,
    "lead": Lead,
    "deal": Deal,
    "product": Product,
    "document": Document,
    "activity": Activity,
}
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_CHUNK = 500  # ids per IN list


@dataclass(frozen=True)
class TagUsage:
    tag: TagRef
    records: int  # live taggings


class TagService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def usage(self) -> list[TagUsage]:
        """Live tags by name with how many records carry each (the tag manager)."""
        used = (
            select(Tagging.tag_id, func.count().label("n"))
            .where(Tagging.deleted_at.is_(None))
            .group_by(Tagging.tag_id)
            .subquery()
        )
        stmt = (
            select(Tag.id, Tag.name, Tag.color, func.coalesce(used.c.n, 0))
            .outerjoin(used, used.c.tag_id == Tag.id)
            .where(Tag.deleted_at.is_(None))
            .order_by(Tag.name)
        )
        with self.uow.read() as session:
            return [TagUsage(TagRef(i, n, c), int(k)) for i, n, c, k in session.execute(stmt)]

    def create(self, name: str, color: str, tag_id: uuid.UUID | None = None) -> Outcome[TagRef]:
        """A new tag; `tag_id` lets redo recreate the same one."""
        name = self._check(name, color)
        with self.uow() as work:
            guard.require(work.session, "create", "tag")
            self._unique(work, name, None)
            tag = Tag(name=name, color=color) if tag_id is None else Tag(id=tag_id, name=name, color=color)
            writes.create(work, tag, ENTITY)
            ref = TagRef(tag.id, tag.name, tag.color)
        return Outcome(ref, work.changes)

    def update(self, tag_id: uuid.UUID, name: str, color: str) -> Outcome[TagRef]:
        """Rename and/or recolour a tag (records keep it: they point at its id)."""
        name = self._check(name, color)
        with self.uow() as work:
            guard.require(work.session, "edit", "tag")
            tag = writes.get_live(work.session, Tag, tag_id, ENTITY)
            self._unique(work, name, tag_id)
            writes.apply_fields(work, tag, ENTITY, {"name": name, "color": color})
            ref = TagRef(tag.id, tag.name, tag.color)
        return Outcome(ref, work.changes)

    def delete(self, ids: list[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        """Move tags to the trash; their taggings stay and come back on restore."""
        with self.uow() as work:
            guard.require(work.session, "delete", "tag")
            done = writes.soft_delete(work, Tag, ENTITY, ids)
        return Outcome(done, work.changes)

    def restore(self, ids: list[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        with self.uow() as work:
            guard.require(work.session, "delete", "tag")
            done = writes.restore(work, Tag, ENTITY, ids)
        return Outcome(done, work.changes)

    def add(self, entity: str, ids: Sequence[uuid.UUID], tag_id: uuid.UUID) -> Outcome[list[uuid.UUID]]:
        """Tag records; returns the ids that were not tagged before (what undo removes again)."""
        return self._set(entity, ids, tag_id, on=True)

    def remove(self, entity: str, ids: Sequence[uuid.UUID], tag_id: uuid.UUID) -> Outcome[list[uuid.UUID]]:
        """Untag records; returns the ids that carried the tag (what undo gives it back to)."""
        return self._set(entity, ids, tag_id, on=False)

    def _set(
        self, entity: str, ids: Sequence[uuid.UUID], tag_id: uuid.UUID, on: bool
    ) -> Outcome[list[uuid.UUID]]:
        if entity not in TAGGABLE:
            raise ValidationError(FieldError("entity", f"{entity} records cannot be tagged"))
        with self.uow() as work:
            guard.require_ids(work.session, "edit", entity, TAGGED_MODELS[entity], ids)
            if on:
                writes.get_live(work.session, Tag, tag_id, ENTITY)
            elif work.session.get(Tag, tag_id) is None:
                raise NotFoundError(ENTITY, tag_id)
            done: list[uuid.UUID] = []
            unique = list(dict.fromkeys(ids))
            for start in range(0, len(unique), _CHUNK):
                done += self._set_chunk(work, entity, unique[start : start + _CHUNK], tag_id, on)
            work.changed(entity, ChangeKind.UPDATED, done)
        return Outcome(done, work.changes)

    def _set_chunk(
        self, work: Work, entity: str, ids: list[uuid.UUID], tag_id: uuid.UUID, on: bool
    ) -> list[uuid.UUID]:
        existing = {
            t.entity_id: t
            for t in work.session.scalars(
                select(Tagging).where(
                    Tagging.tag_id == tag_id, Tagging.entity_type == entity, Tagging.entity_id.in_(ids)
                )
            )
        }
        done = []
        now = utcnow()
        for record_id in ids:
            tagging = existing.get(record_id)
            live = tagging is not None and tagging.deleted_at is None
            if on and not live:
                if tagging is None:
                    work.session.add(Tagging(tag_id=tag_id, entity_type=entity, entity_id=record_id))
                else:
                    tagging.deleted_at = None
                work.audit(entity, record_id, "update", "tags", None, f"+{tag_id}")
                done.append(record_id)
            elif not on and live:
                assert tagging is not None
                tagging.deleted_at = now
                work.audit(entity, record_id, "update", "tags", f"-{tag_id}", None)
                done.append(record_id)
        return done

    def _check(self, name: str, color: str) -> str:
        errors = []
        name = name.strip()
        if not name:
            errors.append(FieldError("name", "is required"))
        elif len(name) > 60:
            errors.append(FieldError("name", "is longer than 60 characters"))
        if not _COLOR.match(color):
            errors.append(FieldError("color", f"{color!r} is not a colour like #3366cc"))
        if errors:
            raise ValidationError(errors)
        return name

    def _unique(self, work: Work, name: str, own: uuid.UUID | None) -> None:
        serialise_on(work.session, "tag-name")
        other = work.session.scalar(
            select(Tag).where(Tag.name == name, Tag.id != own if own else Tag.id.is_not(None))
        )
        if other is not None:
            where = " (in the trash)" if other.deleted_at is not None else ""
            raise ValidationError(FieldError("name", f"a tag named '{name}' already exists{where}"))
