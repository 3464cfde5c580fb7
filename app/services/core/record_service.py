"""The use cases every editable record type shares: create, update, trash, restore, get and its list.

A concrete service names its model, entity and list, and supplies `validate` (input -> column values,
raising ValidationError) and `detail` (ORM row -> frozen dataclass). `after_write` is the hook for what
else one save changes (memberships, a renamed company); tags are handled here for every record type.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy.orm import Session

from app.models import Entity
from app.services.core import custom_fields, guard, owner_rules, writes
from app.services.core.changes import Outcome
from app.services.core.errors import AccessDeniedError, FieldError, NotFoundError, ValidationError
from app.services.core.listing import EntityList, ListQuery, Page
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.core.validation import text_field_errors

In = TypeVar("In")
Out = TypeVar("Out")


class RecordService(Generic[In, Out]):
    model: ClassVar[type[Entity]]
    entity: ClassVar[str]
    listing: ClassVar[EntityList]

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    # --- hooks --------------------------------------------------------------------------------------
    def validate(self, data: In) -> dict[str, Any]:
        raise NotImplementedError

    def detail(self, session: Session, obj: Any) -> Out:
        raise NotImplementedError

    def before_create(self, work: Work, values: dict[str, Any]) -> dict[str, Any]:
        """Called inside the unit of work before a new record is inserted (a document draws its number)."""
        return values

    def after_write(self, work: Work, obj: Any, data: In, before: dict[str, Any]) -> None:
        """Called inside the unit of work after the fields were written; `before` holds their old values."""

    def insert(self, work: Work, values: dict[str, Any], record_id: uuid.UUID | None) -> Entity:
        """Add the new record (audited); a deal overrides this to take its place on the board."""
        obj = self.model(**values) if record_id is None else self.model(id=record_id, **values)
        return writes.create(work, obj, self.entity)

    # --- writes -------------------------------------------------------------------------------------
    def create(self, data: In, record_id: uuid.UUID | None = None) -> Outcome[Out]:
        """Create a record; `record_id` lets undo/redo recreate the same one."""
        with self.uow() as work:
            values = self._validated(work, data, None)
            custom = values.pop("custom")
            values = self.before_create(work, values)
            self._assign_new(work, values)
            self._check_new(work, values)
            obj = self.insert(work, {**values, "custom": custom}, record_id)
            self._write_relations(work, obj, data, {})
            detail = self.detail(work.session, obj)
        return Outcome(detail, work.changes)

    def update(self, record_id: uuid.UUID, data: In, expected_version: int) -> Outcome[Out]:
        """Write `data` over the record if it is still at `expected_version` (the version the caller read),
        else raise ConflictError: a save never overwrites a colleague's change it did not see."""
        with self.uow() as work:
            obj = writes.get_live(work.session, self.model, record_id, self.entity, "edit")
            writes.check_version(obj, expected_version)
            values = self._validated(work, data, obj)
            custom = values.pop("custom")
            before = {name: getattr(obj, name) for name in values}
            writes.apply_fields(work, obj, self.entity, values)
            if custom is not None:
                custom_fields.store_values(work, obj, self.entity, custom)
            self._write_relations(work, obj, data, before)
            guard.require(work.session, "edit", self.entity, obj)  # not handed to someone out of sight
            work.session.flush()
            detail = self.detail(work.session, obj)
        return Outcome(detail, work.changes)

    def delete(self, ids: list[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        with self.uow() as work:
            guard.require_ids(work.session, "delete", self.entity, self.model, ids)
            done = writes.soft_delete(work, self.model, self.entity, ids)
        return Outcome(done, work.changes)

    def restore(self, ids: list[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        with self.uow() as work:
            guard.require_ids(work.session, "delete", self.entity, self.model, ids)  # undoing a delete
            done = writes.restore(work, self.model, self.entity, ids)
        return Outcome(done, work.changes)

    def _assign_new(self, work: Work, values: dict[str, Any]) -> None:
        """A new record without an owner gets one by the office's standing rule (core/owner_rules.py),
        unless the signed-in user could not create it for that owner (a rep keeps what they create)."""
        if "owner_id" not in self.model.__table__.c or values.get("owner_id") is not None:
            return
        picked = owner_rules.pick_owner(work.session, self.entity, values)
        if picked is None:
            return
        keeper = guard.guard_of(work.session)
        if keeper is not None:
            try:
                keeper.check(work.session, "create", self.entity, _Draft({**values, "owner_id": picked}))
            except AccessDeniedError:
                return
        values["owner_id"] = picked

    def _check_new(self, work: Work, values: dict[str, Any]) -> None:
        """A restricted user may create this type, and what they create is theirs unless they name an
        owner they may see (a rep cannot hand a new account to another team)."""
        keeper = guard.guard_of(work.session)
        if keeper is None:
            return
        if "owner_id" in self.model.__table__.c and values.get("owner_id") is None:
            values["owner_id"] = work.user_id
        keeper.check(work.session, "create", self.entity, _Draft(values))

    def _validated(self, work: Work, data: In, obj: Entity | None) -> dict[str, Any]:
        """`validate(data)` plus the custom values (`values["custom"]`: the new JSON, or None to keep it),
        with every bad field, built-in or custom, named in one ValidationError."""
        errors: list[FieldError] = []
        try:
            values = self.validate(data)
        except ValidationError as exc:
            errors, values = exc.errors, {}
        named = {e.field for e in errors}  # every text input, also those `validate` does not look at
        errors += [e for e in text_field_errors(data) if e.field not in named]
        given = getattr(data, "custom", None)
        custom = None
        if obj is None or given is not None:
            current = {} if obj is None else dict(obj.custom or {})
            custom, custom_errors = custom_fields.resolve_values(
                work.session, self.entity, given, current, obj is None
            )
            errors.extend(custom_errors)
        if errors:
            raise ValidationError(errors)
        return {**values, "custom": custom}

    def _write_relations(self, work: Work, obj: Entity, data: In, before: dict[str, Any]) -> None:
        self.after_write(work, obj, data, before)
        wanted = getattr(data, "tag_ids", None)
        if wanted is not None and set(wanted) != set(writes.tag_ids(work.session, self.entity, obj.id)):
            writes.set_tags(work, self.entity, obj.id, wanted)

    # --- reads --------------------------------------------------------------------------------------
    def require(self, action: str) -> None:
        """Raise AccessDeniedError unless the signed-in user's role allows `action` on this type."""
        with self.uow.read() as session:
            guard.require(session, action, self.entity)

    def get(self, record_id: uuid.UUID) -> Out:
        """The record, trashed or not (its detail says which)."""
        with self.uow.read() as session:
            obj = session.get(self.model, record_id)
            if obj is None:
                raise NotFoundError(self.entity, record_id)
            guard.require(session, "view", self.entity, obj)
            return self.detail(session, obj)

    def count(self, query: ListQuery, deleted: bool = False) -> int:
        with self.uow.read() as session:
            return self.listing.count(session, query, deleted)

    def page(
        self,
        query: ListQuery,
        offset: int,
        limit: int,
        total: int,
        after: tuple[Any, ...] | None = None,
        deleted: bool = False,
    ) -> Page:
        with self.uow.read() as session:
            return self.listing.page(session, query, offset, limit, total, after, deleted)

    def position(self, query: ListQuery, record_id: uuid.UUID, deleted: bool = False) -> int | None:
        """Where a record sits in the list for `query` (to select it after an edit), or None."""
        with self.uow.read() as session:
            return self.listing.position(session, query, record_id, deleted)


class _Draft:
    """A record not inserted yet, as the guard sees it: its column values as attributes."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)
