"""Import of contacts and accounts from a table: mapping, validation report, matching, dry run, undo.

Every row is validated by the same rules as the editor (the services' `validate`); each problem names
its row, the file's column and the reason. A file with any bad row imports nothing. New records are
inserted with bulk statements (app.services.bulk); the batch is audited once and its items name every
record it created, which is their audit trail (100,000 audit rows would double the import's time).
Matched records are updated field by field through `records.apply_fields`, one audit entry per field.
The batch remembers what it created and the old values of what it updated, so `undo` puts the database
back as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    AccountContact,
    AccountStatus,
    AuditEntry,
    Contact,
    ContactStatus,
    ImportBatch,
    ImportBatchItem,
    utcnow,
    uuid7_many,
)
from app.services import accounts, contacts, records
from app.services.bulk import insert_rows
from app.services.changes import ChangeKind, ChangeSet, Outcome
from app.services.csv_read import Table as FileTable
from app.services.errors import FieldError, NotFoundError, RapportError, ValidationError
from app.services.standardize import country_code
from app.services.uow import UnitOfWorkFactory, Work

CHUNK = 500
PREVIEW_ROWS = 20


class MatchOn(StrEnum):
    EMAIL = "email"
    NAME_COMPANY = "name_company"
    EXTERNAL_ID = "external_id"
    NONE = "none"


class OnMatch(StrEnum):
    UPDATE = "update"
    SKIP = "skip"
    CREATE = "create"


@dataclass(frozen=True)
class RecordImportSpec:
    """`columns`: our field -> the file's header."""

    columns: Mapping[str, str]
    match: MatchOn = MatchOn.EMAIL
    on_match: OnMatch = OnMatch.UPDATE
    dry_run: bool = False
    source: str = ""


@dataclass(frozen=True)
class RecordImportReport:
    rows: int
    created: int
    updated: int
    skipped: int
    batch_id: uuid.UUID | None
    dry_run: bool
    preview: tuple[Mapping[str, str], ...] = field(default=())


Progress = Callable[[int, int], bool]  # (rows done, rows in all) -> False to cancel


class ImportCancelled(RapportError):
    """The user cancelled: nothing was imported."""


class _DryRun(Exception):
    def __init__(self, report: RecordImportReport) -> None:
        self.report = report


@dataclass
class _Kind:
    entity: str
    model: Any
    updatable: tuple[str, ...]


_KINDS = {
    "contacts": _Kind(
        contacts.ENTITY,
        Contact,
        ("first_name", "last_name", "email", "phone", "phone_display", "title", "city", "country", "notes"),
    ),
    "accounts": _Kind(
        accounts.ENTITY,
        Account,
        (
            "name",
            "domain",
            "industry",
            "email",
            "phone",
            "phone_display",
            "address",
            "city",
            "country",
            "notes",
        ),
    ),
}
KINDS = tuple(_KINDS)


def _validate(kind: str, cells: Mapping[str, str]) -> dict[str, Any]:
    """Column values for one row, or ValidationError naming our fields."""
    country = cells.get("country", "")
    if country:
        cells = {**cells, "country": country_code(country) or country}
    status = cells.get("status", "").strip().lower().replace(" ", "_")
    if kind == "contacts":
        first, last = cells.get("first_name", ""), cells.get("last_name", "")
        if not last and cells.get("full_name"):
            first, _, last = cells["full_name"].strip().rpartition(" ")
        data = contacts.ContactInput(
            last_name=last,
            first_name=first,
            email=cells.get("email", ""),
            phone=cells.get("phone", ""),
            title=cells.get("title", ""),
            city=cells.get("city", ""),
            country=cells.get("country", ""),
            status=status or ContactStatus.ACTIVE.value,
            notes=cells.get("notes", ""),
        )
        return contacts.validate(data)
    account = accounts.AccountInput(
        name=cells.get("name", ""),
        domain=cells.get("domain", ""),
        industry=cells.get("industry", ""),
        email=cells.get("email", ""),
        phone=cells.get("phone", ""),
        address=cells.get("address", ""),
        city=cells.get("city", ""),
        country=cells.get("country", ""),
        status=status if status in accounts.ACCOUNT_STATUSES else AccountStatus.PROSPECT.value,
        notes=cells.get("notes", ""),
    )
    return accounts.validate(account)


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class RecordImportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def check(
        self, kind: str, table: FileTable, spec: RecordImportSpec, progress: Progress | None = None
    ) -> tuple[list[dict[str, Any]], list[FieldError]]:
        """Validate every row without touching the database: (column values per row, problems)."""
        header_of = {f: h for f, h in spec.columns.items() if h}
        index = {h: i for i, h in enumerate(table.headers)}
        unknown = [h for h in header_of.values() if h not in index]
        if unknown:
            raise ValidationError([FieldError(h, "no such column in the file") for h in unknown])
        width = len(table.headers)
        values: list[dict[str, Any]] = []
        errors: list[FieldError] = []
        total = len(table.rows)
        for done, (number, row) in enumerate(table.rows):
            if progress and done % 1000 == 0 and not progress(done, total):
                raise ImportCancelled("import cancelled: nothing was imported")
            if len(row) != width:
                errors.append(
                    FieldError("(row)", f"ragged row: {len(row)} cells, the header has {width}", number)
                )
                continue
            cells = {f: row[index[h]].strip() for f, h in header_of.items()}
            try:
                result = _validate(kind, cells)
            except ValidationError as exc:
                errors += [
                    FieldError(header_of.get(e.field, _fallback(e.field, header_of)), e.message, number)
                    for e in exc.errors
                ]
                continue
            result["_company"] = cells.get("company", "")
            result["_external_id"] = cells.get("external_id", "")
            result["_given"] = {f for f, v in cells.items() if v}
            values.append(result)
        return values, errors

    def run(
        self, kind: str, table: FileTable, spec: RecordImportSpec, progress: Progress | None = None
    ) -> Outcome[RecordImportReport]:
        """Import all rows or none; a dry run reports what would happen and changes nothing.

        `progress` is called as rows are checked and once before the commit; returning False cancels
        (the transaction rolls back).
        """
        if kind not in _KINDS:
            raise ValidationError(
                FieldError("entity", f"cannot import {kind}; choose one of {', '.join(KINDS)}")
            )
        values, errors = self.check(kind, table, spec, progress)
        if errors:
            raise ValidationError(errors)
        try:
            with self.uow() as work:
                report = _write(work, _KINDS[kind], values, spec)
                if progress and not progress(len(table.rows), len(table.rows)):
                    raise ImportCancelled("import cancelled: nothing was imported")
                if spec.dry_run:
                    raise _DryRun(report)
        except _DryRun as dry:
            return Outcome(dry.report, ChangeSet())
        return Outcome(report, work.changes)

    def undo(self, batch_id: uuid.UUID) -> Outcome[int]:
        """Remove what the import created and put back the fields it updated; returns records touched."""
        with self.uow() as work:
            s = work.session
            batch = s.get(ImportBatch, batch_id)
            if batch is None or batch.undone_at is not None:
                raise NotFoundError("import", batch_id)
            kind = next(k for k in _KINDS.values() if k.entity == batch.entity_type)
            items = (
                s.execute(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch_id)).scalars().all()
            )
            created = [i.entity_id for i in items if i.action == "created"]
            for item in items:
                if item.action == "updated" and item.before:
                    obj = records.get_live(s, kind.model, item.entity_id, kind.entity)
                    records.apply_fields(work, obj, kind.entity, item.before)
            accounts_made = [i.entity_id for i in items if i.action == "account"]
            for chunk in _chunks(created):
                if kind.model is Contact:
                    s.execute(delete(AccountContact).where(AccountContact.contact_id.in_(chunk)))
                s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
                s.execute(delete(kind.model).where(kind.model.id.in_(chunk)))
            for chunk in _chunks(accounts_made):
                s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
                s.execute(delete(Account).where(Account.id.in_(chunk)))
            batch.undone_at = utcnow()
            work.changed(kind.entity, ChangeKind.PURGED, created)
            if accounts_made:
                work.changed(accounts.ENTITY, ChangeKind.PURGED, accounts_made)
        return Outcome(len(items), work.changes)


def _fallback(name: str, header_of: Mapping[str, str]) -> str:
    if name in ("last_name", "first_name") and "full_name" in header_of:
        return header_of["full_name"]
    if name == "phone_display":
        return header_of.get("phone", name)
    return name


def _key(kind: _Kind, values: Mapping[str, Any], match: MatchOn) -> str:
    if match is MatchOn.EMAIL:
        return str(values["email"])
    if match is MatchOn.EXTERNAL_ID:
        return str(values["_external_id"])
    if kind.model is Account:
        return str(values["name"]).lower()
    name = f"{values['first_name']} {values['last_name']}".strip().lower()
    return f"{name}|{str(values['_company']).lower()}"


def _existing(s: Session, kind: _Kind, keys: list[str], match: MatchOn) -> dict[str, uuid.UUID]:
    """Live records whose match key is among `keys`."""
    model = kind.model
    found: dict[str, uuid.UUID] = {}
    if match is MatchOn.NONE or not keys:
        return found
    if match is MatchOn.EMAIL:
        column: Any = model.email
    elif match is MatchOn.EXTERNAL_ID:
        column = model.custom["external_id"].as_string()
    elif model is Account:
        column = func.lower(model.name)
    else:
        column = (
            func.lower(func.trim(model.first_name + " " + model.last_name))
            + "|"
            + func.lower(model.company_name)
        )
    for chunk in _chunks(keys):
        for key, record_id in s.execute(
            select(column, model.id).where(model.deleted_at.is_(None), column.in_(chunk))
        ):
            found.setdefault(key, record_id)
    return found


def _write(work: Work, kind: _Kind, rows: list[dict[str, Any]], spec: RecordImportSpec) -> RecordImportReport:
    s = work.session
    now = utcnow()
    keys = {_key(kind, r, spec.match) for r in rows} - {"", "|"} if spec.match is not MatchOn.NONE else set()
    existing = _existing(s, kind, sorted(keys), spec.match)
    batch = records.create(work, ImportBatch(entity_type=kind.entity, source=spec.source[:255]), "import")
    new_rows: list[dict[str, Any]] = []
    pending: dict[str, dict[str, Any]] = {}
    updates: dict[uuid.UUID, dict[str, Any]] = {}
    skipped = 0
    ids = iter(uuid7_many(len(rows)))
    no_custom: dict[str, Any] = {}  # one object for all rows: bulk converts a shared value once
    for r in rows:
        key = _key(kind, r, spec.match) if spec.match is not MatchOn.NONE else ""
        matched = key not in ("", "|") and (key in existing or key in pending)
        if matched and spec.on_match is OnMatch.SKIP:
            skipped += 1
            continue
        if matched and spec.on_match is OnMatch.UPDATE:  # only the fields the file gives are updated
            given = {
                f
                for f in kind.updatable
                if f in r and (f in r["_given"] or (f == "phone_display" and "phone" in r["_given"]))
            }
            if key in pending:
                pending[key].update({f: r[f] for f in given})
            else:
                updates.setdefault(existing[key], {}).update({f: r[f] for f in given})
            continue
        record = {k: v for k, v in r.items() if not k.startswith("_")}
        record.update(
            id=next(ids),
            version=1,
            created_at=now,
            updated_at=now,
            deleted_at=None,
            custom={"external_id": r["_external_id"]} if r["_external_id"] else no_custom,
        )
        if kind.model is Contact:
            record["company_name"] = r["_company"]
        new_rows.append(record)
        if key not in ("", "|"):
            pending[key] = record
    items: list[dict[str, Any]] = [
        {"batch_id": batch.id, "entity_id": r["id"], "action": "created", "before": None} for r in new_rows
    ]
    insert_rows(s, kind.model, new_rows)
    if kind.model is Contact:
        items += _link_companies(work, new_rows, batch.id, now)
    for record_id, values in updates.items():
        obj = records.get_live(s, kind.model, record_id, kind.entity)
        before = {f: getattr(obj, f) for f in values if getattr(obj, f) != values[f]}
        if records.apply_fields(work, obj, kind.entity, values):
            items.append(
                {"batch_id": batch.id, "entity_id": record_id, "action": "updated", "before": before}
            )
    insert_rows(s, ImportBatchItem, items)
    updated = sum(1 for i in items if i["action"] == "updated")
    batch.created_count, batch.updated_count = len(new_rows), updated
    work.changed(kind.entity, ChangeKind.CREATED, [r["id"] for r in new_rows])
    preview = tuple(
        {
            k: "" if v is None else str(v)
            for k, v in r.items()
            if k not in ("custom", "version", "created_at", "updated_at", "deleted_at")
        }
        for r in new_rows[:PREVIEW_ROWS]
    )
    return RecordImportReport(len(rows), len(new_rows), updated, skipped, batch.id, spec.dry_run, preview)


def _link_companies(
    work: Work, new_rows: list[dict[str, Any]], batch_id: uuid.UUID, now: Any
) -> list[dict[str, Any]]:
    """Give each new contact its company as primary account, creating the accounts that do not exist."""
    s = work.session
    names = sorted(
        {r["company_name"].lower(): r["company_name"] for r in new_rows if r["company_name"]}.items()
    )
    found: dict[str, uuid.UUID] = {}
    for chunk in _chunks([n for n, _ in names]):
        for key, account_id in s.execute(
            select(func.lower(Account.name), Account.id).where(
                Account.deleted_at.is_(None), func.lower(Account.name).in_(chunk)
            )
        ):
            found.setdefault(key, account_id)
    ids = iter(uuid7_many(len(names) + len(new_rows)))
    no_custom: dict[str, Any] = {}
    made = [
        {
            "id": next(ids),
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "custom": no_custom,
            "name": name,
            "domain": "",
            "industry": "",
            "email": "",
            "phone": "",
            "phone_display": "",
            "address": "",
            "city": "",
            "country": "",
            "status": AccountStatus.PROSPECT,
            "owner_id": None,
            "notes": "",
        }
        for key, name in names
        if key not in found
    ]
    for account in made:
        found[account["name"].lower()] = account["id"]
    insert_rows(s, Account, made)
    links = [
        {
            "id": next(ids),
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "custom": no_custom,
            "account_id": found[r["company_name"].lower()],
            "contact_id": r["id"],
            "role": "",
            "is_primary": True,
        }
        for r in new_rows
        if r["company_name"]
    ]
    insert_rows(s, AccountContact, links)
    if made:
        work.changed(accounts.ENTITY, ChangeKind.CREATED, [a["id"] for a in made])
    return [{"batch_id": batch_id, "entity_id": a["id"], "action": "account", "before": None} for a in made]
