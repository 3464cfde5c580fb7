"""Merging two duplicate records, undoing a merge, and remembering pairs that are not duplicates.

The survivor takes the chosen value per field; everything that pointed at the other record (account
memberships, activities, deals, documents, converted leads, tags) is moved to the survivor, and the
other record goes to the trash with a "merge" audit entry naming the survivor. A link the survivor
already has (the same account, the same tag) is retired instead of moved. The result records each
step, so `unmerge` (undo) restores exactly what was there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import (
    Account,
    AccountContact,
    Activity,
    Contact,
    Deal,
    Document,
    Entity,
    Lead,
    NotDuplicate,
    Tagging,
    utcnow,
)
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.core.write_lock import serialise_on

MODELS: dict[str, type[Entity]] = {"contact": Contact, "account": Account, "lead": Lead}
_PERSON = ("salutation", "other_email", "other_phone", "birthday", "street", "postal_code", "region")
MERGE_FIELDS: dict[str, tuple[str, ...]] = {
    "contact": ("first_name", "last_name", "email", "phone", "title", "city", "country", "notes", *_PERSON),
    "account": (
        "name",
        "domain",
        "industry",
        "email",
        "phone",
        "address",
        "city",
        "country",
        "notes",
        "postal_code",
        "region",
        "employee_count",
    ),
    "lead": (
        "first_name",
        "last_name",
        "company",
        "title",
        "email",
        "phone",
        "website",
        "industry",
        "notes",
        *_PERSON,
        "city",
        "country",
    ),
}
# a phone is compared as it was typed, and merged together with its E.164 value
DISPLAYED = {"phone": "phone_display", "other_phone": "other_phone_display"}
# what points at a record: (model, column, change-bus entity)
REFERENCES: dict[str, tuple[tuple[type[Entity], str, str], ...]] = {
    "contact": (
        (Activity, "contact_id", "activity"),
        (Deal, "contact_id", "deal"),
        (Document, "contact_id", "document"),
        (Lead, "converted_contact_id", "lead"),
    ),
    "account": (
        (Activity, "account_id", "activity"),
        (Deal, "account_id", "deal"),
        (Document, "account_id", "document"),
        (Lead, "converted_account_id", "lead"),
    ),
    "lead": ((Activity, "lead_id", "activity"),),
}


@dataclass(frozen=True)
class Moved:
    model: str  # the table name
    row_id: uuid.UUID
    column: str


@dataclass(frozen=True)
class MergeResult:
    entity: str
    survivor_id: uuid.UUID
    loser_id: uuid.UUID
    before: tuple[tuple[str, Any], ...]  # the survivor's changed fields before the merge
    moved: tuple[Moved, ...]
    retired: tuple[Moved, ...]  # links the survivor already had: soft-deleted, not moved
    renamed: tuple[tuple[uuid.UUID, str], ...] = ()  # contacts whose company name followed an account
    demoted: tuple[uuid.UUID, ...] = ()  # moved memberships that stopped being primary (one primary only)


def _model_named(table: str) -> type[Entity]:
    models: tuple[type[Entity], ...] = (Activity, Deal, Document, Lead, AccountContact, Tagging)
    return next(m for m in models if m.__tablename__ == table)


@dataclass(frozen=True)
class Comparison:
    """Two records' mergeable fields side by side, as text."""

    entity: str
    fields: tuple[str, ...]
    a: tuple[str, ...]
    b: tuple[str, ...]


class MergeService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def compare(self, entity: str, a: uuid.UUID, b: uuid.UUID) -> Comparison:
        model = MODELS[entity]
        fields = MERGE_FIELDS[entity]
        with self.uow.read() as s:
            first = writes.get_live(s, model, a, entity)
            second = writes.get_live(s, model, b, entity)
            shown = tuple(DISPLAYED.get(f, f) for f in fields)
            return Comparison(
                entity,
                fields,
                tuple(str(getattr(first, f) or "") for f in shown),
                tuple(str(getattr(second, f) or "") for f in shown),
            )

    def merge(
        self,
        entity: str,
        survivor_id: uuid.UUID,
        loser_id: uuid.UUID,
        take_from_other: tuple[str, ...] = (),
    ) -> Outcome[MergeResult]:
        """Merge `loser_id` into `survivor_id`; fields named in `take_from_other` take the loser's value."""
        model = MODELS[entity]
        if survivor_id == loser_id:
            raise ValidationError(FieldError("record", "a record cannot be merged with itself"))
        unknown = set(take_from_other) - set(MERGE_FIELDS[entity])
        if unknown:
            raise ValidationError(FieldError("fields", f"cannot merge {', '.join(sorted(unknown))}"))
        with self.uow() as work:
            s = work.session
            serialise_on(s, "merge", entity)  # A into B and B into A at once must not both succeed
            survivor: Any = writes.get_live(s, model, survivor_id, entity, "merge")
            loser = writes.get_live(s, model, loser_id, entity, "merge")
            fields = list(take_from_other)
            fields += [DISPLAYED[f] for f in take_from_other if f in DISPLAYED]
            values = {f: getattr(loser, f) for f in fields}
            before = tuple((f, getattr(survivor, f)) for f in values if getattr(survivor, f) != values[f])
            writes.apply_fields(work, survivor, entity, values)
            moved: list[Moved] = []
            for ref_model, column, ref_entity in REFERENCES[entity]:
                rows = s.scalars(select(ref_model).where(getattr(ref_model, column) == loser_id)).all()
                for row in rows:
                    writes.apply_fields(work, row, ref_entity, {column: survivor_id})
                    moved.append(Moved(ref_model.__tablename__, row.id, column))
            retired: list[Moved] = []
            demoted: list[uuid.UUID] = []
            renamed = self._move_links(work, entity, survivor, loser_id, moved, retired, demoted)
            if entity == "contact":
                company = _primary_company(work, survivor.id)
                if company != survivor.company_name:
                    before += (("company_name", survivor.company_name),)
                    writes.apply_fields(work, survivor, entity, {"company_name": company})
            _move_tags(work, entity, survivor_id, loser_id, moved, retired)
            loser.deleted_at = utcnow()
            work.audit(entity, loser_id, "merge", "merged_into", None, survivor_id)
            work.audit(entity, survivor_id, "merge", "merged_from", None, loser_id)
            work.changed(entity, ChangeKind.DELETED, [loser_id])
            work.changed(entity, ChangeKind.UPDATED, [survivor_id])
            result = MergeResult(
                entity, survivor_id, loser_id, before, tuple(moved), tuple(retired), renamed, tuple(demoted)
            )
        return Outcome(result, work.changes)

    def _move_links(
        self,
        work: Work,
        entity: str,
        survivor: Any,
        loser_id: uuid.UUID,
        moved: list[Moved],
        retired: list[Moved],
        demoted: list[uuid.UUID],
    ) -> tuple[tuple[uuid.UUID, str], ...]:
        """Account memberships: a contact's or an account's, whichever side is merged."""
        if entity == "lead":
            return ()
        s = work.session
        mine, other = ("contact_id", "account_id") if entity == "contact" else ("account_id", "contact_id")
        have = set(
            s.scalars(
                select(getattr(AccountContact, other)).where(
                    getattr(AccountContact, mine) == survivor.id, AccountContact.deleted_at.is_(None)
                )
            )
        )
        renamed: list[tuple[uuid.UUID, str]] = []
        links = s.scalars(select(AccountContact).where(getattr(AccountContact, mine) == loser_id)).all()
        for link in links:
            if link.deleted_at is not None:
                continue
            if getattr(link, other) in have:
                link.deleted_at = utcnow()
                retired.append(Moved(AccountContact.__tablename__, link.id, mine))
                continue
            setattr(link, mine, survivor.id)
            moved.append(Moved(AccountContact.__tablename__, link.id, mine))
            if entity == "contact" and link.is_primary and have:
                link.is_primary = False  # the survivor keeps its own primary account
                demoted.append(link.id)
            if entity == "account" and link.is_primary:
                contact = s.get(Contact, link.contact_id)
                if contact is not None and contact.company_name != survivor.name:
                    renamed.append((contact.id, contact.company_name))
                    writes.apply_fields(work, contact, "contact", {"company_name": survivor.name})
        work.changed("account" if entity == "contact" else "contact", ChangeKind.UPDATED, have)
        return tuple(renamed)

    def unmerge(self, result: MergeResult) -> Outcome[None]:
        """Undo a merge: the other record back, its links back, the survivor's fields as they were."""
        model = MODELS[result.entity]
        with self.uow() as work:
            s = work.session
            loser = s.get(model, result.loser_id)
            survivor = writes.get_live(s, model, result.survivor_id, result.entity)
            if loser is None:
                raise ValidationError(FieldError("record", "the merged record no longer exists"))
            loser.deleted_at = None
            work.audit(result.entity, result.loser_id, "restore", "merged_into", result.survivor_id, None)
            for item in result.moved:
                row = s.get(_model_named(item.model), item.row_id)
                if row is not None:
                    setattr(row, item.column, result.loser_id)
            for item in result.retired:
                row = s.get(_model_named(item.model), item.row_id)
                if row is not None:
                    row.deleted_at = None
            for link_id in result.demoted:
                link = s.get(AccountContact, link_id)
                if link is not None:
                    link.is_primary = True
            for contact_id, name in result.renamed:
                contact = s.get(Contact, contact_id)
                if contact is not None:
                    writes.apply_fields(work, contact, "contact", {"company_name": name})
            writes.apply_fields(work, survivor, result.entity, dict(result.before))
            work.changed(result.entity, ChangeKind.RESTORED, [result.loser_id])
            work.changed(result.entity, ChangeKind.UPDATED, [result.survivor_id])
        return Outcome(None, work.changes)

    def not_duplicates(self, entity: str, a: uuid.UUID, b: uuid.UUID, remember: bool = True) -> Outcome[None]:
        """Remember (or, for undo, forget) that two records are different."""
        low, high = sorted((a, b))
        with self.uow() as work:
            serialise_on(work.session, "not-duplicates", entity)  # the existence check, then the insert
            key = (entity, low, high)
            existing = work.session.get(NotDuplicate, key)
            if remember and existing is None:
                work.session.add(NotDuplicate(entity_type=entity, id_low=low, id_high=high))
            elif not remember and existing is not None:
                work.session.delete(existing)
            work.changed("duplicates", ChangeKind.UPDATED, [low, high])
        return Outcome(None, work.changes)


def _move_tags(
    work: Work,
    entity: str,
    survivor_id: uuid.UUID,
    loser_id: uuid.UUID,
    moved: list[Moved],
    retired: list[Moved],
) -> None:
    s = work.session
    have = set(
        s.scalars(
            select(Tagging.tag_id).where(
                Tagging.entity_type == entity, Tagging.entity_id == survivor_id, Tagging.deleted_at.is_(None)
            )
        )
    )
    for tagging in s.scalars(
        select(Tagging).where(
            Tagging.entity_type == entity, Tagging.entity_id == loser_id, Tagging.deleted_at.is_(None)
        )
    ):
        if tagging.tag_id in have:
            tagging.deleted_at = utcnow()
            retired.append(Moved(Tagging.__tablename__, tagging.id, "entity_id"))
        else:
            tagging.entity_id = survivor_id
            moved.append(Moved(Tagging.__tablename__, tagging.id, "entity_id"))


def _primary_company(work: Work, contact_id: uuid.UUID) -> str:
    work.session.flush()
    name = work.session.scalar(
        select(Account.name)
        .join(AccountContact, AccountContact.account_id == Account.id)
        .where(
            AccountContact.contact_id == contact_id,
            AccountContact.deleted_at.is_(None),
            AccountContact.is_primary.is_(True),
        )
    )
    return name or ""
