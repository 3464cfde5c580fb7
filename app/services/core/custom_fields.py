"""Custom field definitions per entity: define, edit, reorder, trash, restore and purge (audited).

Each live or trashed field has a partial expression index on its entity's table (custom_values), so a
list sorted or filtered by it stays indexed at a million rows; the index goes with a purge. Trashing a
field keeps its values in the records' JSON (they come back on restore); only a purge removes them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.models import Account, Contact, CustomField, Deal, Entity, FieldKind, Lead, Product
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.custom_validation import FieldDef, normalise, resolve
from app.services.core.custom_values import check_key, create_index_sql, drop_index_sql, value_expression
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.core.write_lock import serialise_on

ENTITY = "custom_field"
ENTITY_MODELS: dict[str, type[Entity]] = {
    "account": Account,
    "contact": Contact,
    "lead": Lead,
    "deal": Deal,
    "product": Product,
}
ENTITY_TYPES: tuple[str, ...] = tuple(ENTITY_MODELS)
KINDS: tuple[str, ...] = tuple(k.value for k in FieldKind)
CHOICE_KINDS = frozenset({FieldKind.CHOICE, FieldKind.MULTI_CHOICE})


@dataclass(frozen=True)
class FieldInput:
    """What the settings dialog edits. `key` may be left empty: it is derived from the label."""

    entity_type: str
    label: str
    kind: str = FieldKind.TEXT.value
    key: str = ""
    required: bool = False
    default_value: Any = None
    choices: tuple[str, ...] = ()
    currency: str = ""
    position: int | None = None  # None: after the last field
    extra_options: Mapping[str, Any] = field(default_factory=dict)


def as_input(defn: FieldDef) -> FieldInput:
    """The input that recreates this definition (undo)."""
    options = dict(defn.options)
    choices = tuple(options.pop("choices", ()))
    currency = str(options.pop("currency", ""))
    return FieldInput(
        defn.entity_type,
        defn.label,
        defn.kind.value,
        defn.key,
        defn.required,
        defn.default_value,
        choices,
        currency,
        defn.position,
        options,
    )


def key_from_label(label: str) -> str:
    """A JSON key from a label: 'Contract end (UTC)' -> 'contract_end_utc'."""
    chars = [c if c.isascii() and c.isalnum() else "_" for c in label.strip().lower()]
    key = "_".join(p for p in "".join(chars).split("_") if p)[:60].rstrip("_")
    if not key or not key[0].isalpha():
        key = f"f_{key}"[:60].rstrip("_")
    return key


def to_def(obj: CustomField) -> FieldDef:
    return FieldDef(
        id=obj.id,
        version=obj.version,
        entity_type=obj.entity_type,
        key=obj.key,
        label=obj.label,
        kind=FieldKind(obj.kind),
        required=obj.required,
        default_value=obj.default_value,
        options=dict(obj.options or {}),
        position=obj.position,
        deleted_at=obj.deleted_at,
    )


def definitions(session: Session, entity: str, deleted: bool | None = False) -> list[FieldDef]:
    """The entity's fields in order: live ones (deleted=False), trashed ones (True) or both (None)."""
    stmt = select(CustomField).where(CustomField.entity_type == entity)
    if deleted is not None:
        stmt = stmt.where(
            CustomField.deleted_at.is_not(None) if deleted else CustomField.deleted_at.is_(None)
        )
    return [to_def(o) for o in session.scalars(stmt.order_by(CustomField.position, CustomField.label))]


def find(session: Session, entity: str, key: str) -> FieldDef | None:
    """A live field of `entity` by key (for sorting and filtering lists), or None."""
    obj = session.scalar(
        select(CustomField).where(
            CustomField.entity_type == entity, CustomField.key == key, CustomField.deleted_at.is_(None)
        )
    )
    return to_def(obj) if obj is not None else None


def resolve_values(
    session: Session, entity: str, given: Mapping[str, Any] | None, current: Mapping[str, Any], creating: bool
) -> tuple[dict[str, Any], list[FieldError]]:
    """A record's new custom JSON from `given` (see custom_validation.resolve), and the errors."""
    return resolve(definitions(session, entity), given, current, creating)


def store_values(work: Work, obj: Entity, entity: str, new: dict[str, Any]) -> None:
    """Write a record's new custom JSON, one audit entry per changed key."""
    current = dict(obj.custom or {})
    if new == current:
        return
    for key in sorted(set(current) | set(new)):
        if current.get(key) != new.get(key):
            work.audit(entity, obj.id, "update", f"custom.{key}", current.get(key), new.get(key))
    work.changed(entity, ChangeKind.UPDATED, [obj.id])
    obj.custom = new  # a new dict: the JSON column does not track in-place changes


class CustomFieldService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    # --- reads --------------------------------------------------------------------------------------
    def fields(self, entity: str, deleted: bool | None = False) -> list[FieldDef]:
        with self.uow.read() as session:
            return definitions(session, entity, deleted)

    def get(self, field_id: uuid.UUID) -> FieldDef:
        with self.uow.read() as session:
            obj = session.get(CustomField, field_id)
            if obj is None:
                raise NotFoundError(ENTITY, field_id)
            return to_def(obj)

    def value_count(self, field_id: uuid.UUID) -> int:
        """How many records (live or trashed) hold a value for the field: what a delete would hide."""
        with self.uow.read() as session:
            obj = session.get(CustomField, field_id)
            if obj is None:
                raise NotFoundError(ENTITY, field_id)
            model = ENTITY_MODELS[obj.entity_type]
            dialect = session.get_bind().dialect.name
            expr = value_expression(model.__table__.c.custom, obj.key, FieldKind(obj.kind), dialect)
            return int(session.scalar(select(func.count()).select_from(model).where(expr.is_not(None))) or 0)

    # --- writes -------------------------------------------------------------------------------------
    def create(self, data: FieldInput, record_id: uuid.UUID | None = None) -> Outcome[FieldDef]:
        """Define a field (and its index); `record_id` lets undo/redo recreate the same one."""
        values = self._validate(data)
        with self.uow() as work:
            guard.require(work.session, "create", "custom field")
            s = work.session
            serialise_on(s, "custom-field", data.entity_type)  # the key check and the next position
            if s.scalar(
                select(CustomField.id).where(
                    CustomField.entity_type == data.entity_type, CustomField.key == values["key"]
                )
            ):
                raise ValidationError(
                    FieldError("key", f"the key '{values['key']}' is taken (maybe by a field in the trash)")
                )
            if values["position"] is None:
                last = s.scalar(
                    select(func.max(CustomField.position)).where(
                        CustomField.entity_type == data.entity_type, CustomField.deleted_at.is_(None)
                    )
                )
                values["position"] = (last or 0) + 1
            obj = CustomField(entity_type=data.entity_type, **values)
            if record_id is not None:
                obj.id = record_id
            writes.create(work, obj, ENTITY)
            _create_index(s, obj)
            result = to_def(obj)
        return Outcome(result, work.changes)

    def update(self, field_id: uuid.UUID, data: FieldInput, expected_version: int) -> Outcome[FieldDef]:
        """Edit a field: label (a rename), required, default, choices, order. Key and kind are fixed
        once values exist; a kind change re-creates the index."""
        values = self._validate(data)
        with self.uow() as work:
            guard.require(work.session, "edit", "custom field")
            obj = writes.get_live(work.session, CustomField, field_id, ENTITY)
            writes.check_version(obj, expected_version)
            if obj.entity_type != data.entity_type:
                raise ValidationError(FieldError("entity_type", "a field cannot move to another record type"))
            if values["position"] is None:
                values["position"] = obj.position
            changes_shape = values["key"] != obj.key or values["kind"] != obj.kind
            if changes_shape and self._has_values(work.session, obj):
                what = "key" if values["key"] != obj.key else "kind"
                raise ValidationError(
                    FieldError(what, f"the {what} of “{obj.label}” cannot change: records hold values for it")
                )
            if changes_shape:
                work.session.execute(text(drop_index_sql(_table(obj), obj.key)))
            writes.apply_fields(work, obj, ENTITY, values)
            work.session.flush()
            if changes_shape:
                _create_index(work.session, obj)
            result = to_def(obj)
        return Outcome(result, work.changes)

    def reorder(self, entity: str, ids: Sequence[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        """Put the entity's live fields in the order of `ids` (fields not listed follow, in their order)."""
        with self.uow() as work:
            guard.require(work.session, "edit", "custom field")
            fields = list(
                work.session.scalars(
                    select(CustomField)
                    .where(CustomField.entity_type == entity, CustomField.deleted_at.is_(None))
                    .order_by(CustomField.position, CustomField.label)
                )
            )
            rank = {fid: i for i, fid in enumerate(ids)}
            ordered = sorted(fields, key=lambda f: (rank.get(f.id, len(rank)), f.position))
            for position, obj in enumerate(ordered, start=1):
                writes.apply_fields(work, obj, ENTITY, {"position": position})
            order = [f.id for f in ordered]
        return Outcome(order, work.changes)

    def delete(self, ids: Sequence[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        """Move fields to the trash; their values stay in the records and come back on restore."""
        with self.uow() as work:
            guard.require(work.session, "delete", "custom field")
            done = writes.soft_delete(work, CustomField, ENTITY, ids)
        return Outcome(done, work.changes)

    def restore(self, ids: Sequence[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        with self.uow() as work:
            guard.require(work.session, "delete", "custom field")
            done = writes.restore(work, CustomField, ENTITY, ids)
            for fid in done:  # a restored field goes last among the live ones
                obj = work.session.get(CustomField, fid)
                assert obj is not None
                last = work.session.scalar(
                    select(func.max(CustomField.position)).where(
                        CustomField.entity_type == obj.entity_type,
                        CustomField.deleted_at.is_(None),
                        CustomField.id != fid,
                    )
                )
                obj.position = (last or 0) + 1
        return Outcome(done, work.changes)

    def purge(self, ids: Sequence[uuid.UUID]) -> Outcome[int]:
        """Delete trashed fields for good: their values leave every record and the index is dropped."""
        with self.uow() as work:
            guard.require(work.session, "delete", "custom field")
            s = work.session
            purged = 0
            for obj in s.scalars(
                select(CustomField).where(CustomField.id.in_(list(ids)), CustomField.deleted_at.is_not(None))
            ).all():
                model = ENTITY_MODELS[obj.entity_type]
                dialect = s.get_bind().dialect.name
                expr = value_expression(model.__table__.c.custom, obj.key, FieldKind(obj.kind), dialect)
                holders = s.scalars(select(model).where(expr.is_not(None))).all()
                for record in holders:
                    custom = dict(record.custom)
                    old = custom.pop(obj.key, None)
                    work.audit(obj.entity_type, record.id, "update", f"custom.{obj.key}", old, None)
                    record.custom = custom
                if holders:
                    work.changed(obj.entity_type, ChangeKind.UPDATED, [r.id for r in holders])
                s.flush()
                s.execute(text(drop_index_sql(_table(obj), obj.key)))
                s.delete(obj)
                work.audit(ENTITY, obj.id, "purge")
                work.changed(ENTITY, ChangeKind.PURGED, [obj.id])
                purged += 1
        return Outcome(purged, work.changes)

    # --- helpers ------------------------------------------------------------------------------------
    def _validate(self, data: FieldInput) -> dict[str, Any]:
        errors: list[FieldError] = []
        if data.entity_type not in ENTITY_MODELS:
            errors.append(FieldError("entity_type", f"'{data.entity_type}' has no custom fields"))
        label = data.label.strip()
        if not label:
            errors.append(FieldError("label", "a field needs a name"))
        elif len(label) > 120:
            errors.append(FieldError("label", "is longer than 120 characters"))
        key = data.key.strip() or key_from_label(label or "field")
        try:
            check_key(key)
        except ValueError as exc:
            errors.append(FieldError("key", str(exc)))
        if data.kind not in KINDS:
            errors.append(FieldError("kind", f"'{data.kind}' is not a field kind"))
            raise ValidationError(errors)
        kind = FieldKind(data.kind)
        options: dict[str, Any] = dict(data.extra_options)
        choices = [c.strip() for c in data.choices if c.strip()]
        if kind in CHOICE_KINDS:
            if not choices:
                errors.append(FieldError("choices", "a choice field needs at least one choice"))
            elif len({c.lower() for c in choices}) != len(choices):
                errors.append(FieldError("choices", "a choice is listed twice"))
            options["choices"] = choices
        if kind == FieldKind.MONEY:
            currency = (data.currency or "EUR").strip().upper()
            if len(currency) != 3 or not currency.isalpha():
                errors.append(FieldError("currency", f"'{currency}' is not a three-letter currency code"))
            options["currency"] = currency
        default = None
        if errors:
            raise ValidationError(errors)
        probe = FieldDef(uuid.uuid4(), 0, data.entity_type, key, label, kind, options=options)
        try:
            default = normalise(probe, data.default_value)
        except ValueError as exc:
            raise ValidationError(FieldError("default_value", f"default: {exc}")) from None
        return {
            "key": key,
            "label": label,
            "kind": kind,
            "required": bool(data.required),
            "default_value": default,
            "options": options,
            "position": data.position,
        }

    def _has_values(self, session: Session, obj: CustomField) -> bool:
        model = ENTITY_MODELS[obj.entity_type]
        dialect = session.get_bind().dialect.name
        expr = value_expression(model.__table__.c.custom, obj.key, FieldKind(obj.kind), dialect)
        return session.scalar(select(model.id).where(expr.is_not(None)).limit(1)) is not None


def _table(obj: CustomField) -> str:
    return str(ENTITY_MODELS[obj.entity_type].__tablename__)


def _create_index(session: Session, obj: CustomField) -> None:
    """(Re)create the field's index: a stale one of the same name may serve another kind's expression."""
    dialect = session.get_bind().dialect.name
    session.execute(text(drop_index_sql(_table(obj), obj.key)))
    session.execute(text(create_index_sql(_table(obj), obj.key, FieldKind(obj.kind), dialect)))
