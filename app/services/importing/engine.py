"""Import of records from a table: mapping, validation report, matching, dry run, undo.

What differs between contacts, accounts, leads, deals and products is in importing.entities (one
`EntitySpec` each); this module is the engine they share.

Every row is validated by the same rules as the editor (the services' `validate`); each problem names
its row, the file's column and the reason. A file with any bad row imports nothing. New records are
inserted with bulk statements (app.services.core.bulk); the batch is audited once and its items name every
record it created, which is their audit trail (100,000 audit rows would double the import's time).
Matched records are updated field by field through `writes.apply_fields`, one audit entry per field.
The batch remembers what it created and the old values of what it updated, so `undo` puts the database
back as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    AuditEntry,
    Contact,
    Deal,
    ImportBatch,
    ImportBatchItem,
    Lead,
    utcnow,
    uuid7_many,
)
from app.services.core import custom_fields, writes
from app.services.core.bulk import insert_rows, paused_gc
from app.services.core.changes import ChangeKind, ChangeSet, Outcome
from app.services.core.custom_validation import FieldDef, resolve
from app.services.core.errors import FieldError, NotFoundError, RapportError, ValidationError
from app.services.core.listing import CUSTOM_PREFIX
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.importing.csv_read import Table as FileTable
from app.services.importing.entities import ENTITIES, KINDS, EntitySpec, Lookups, MatchOn, prepare
from app.services.importing.links import accounts_of, created_items, link_contacts, place_deals
from app.services.importing.locking import take_write_lock
from app.services.quality.likely_duplicates import likely_among
from app.services.records import accounts
from app.services.sales import scoring

__all__ = ["KINDS", "MatchOn", "OnMatch", "RecordImportReport", "RecordImportService", "RecordImportSpec"]

CHUNK = 500
PREVIEW_ROWS = 20
LIKELY_SHOWN = 200
DEDUPED = {"contact", "account", "lead"}


class OnMatch(StrEnum):
    UPDATE = "update"
    SKIP = "skip"
    CREATE = "create"


@dataclass(frozen=True)
class RecordImportSpec:
    """`columns`: our field -> the file's header; `values`: our field -> {file value: ours} (a file's
    'Closed Won' to our stage 'Won'). Deals: `pipeline` by name (default: the default one), `currency`
    of amounts without one; `create_missing` lets an unknown owner fall back to the importing user."""

    columns: Mapping[str, str]
    match: MatchOn = MatchOn.EMAIL
    on_match: OnMatch = OnMatch.UPDATE
    dry_run: bool = False
    source: str = ""
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    pipeline: str = ""
    currency: str = "EUR"
    create_missing: bool = False
    skip_likely: bool = False  # skip new rows that look like an existing record (likely_duplicates)


@dataclass(frozen=True)
class RecordImportReport:
    rows: int
    created: int
    updated: int
    skipped: int
    batch_id: uuid.UUID | None
    dry_run: bool
    preview: tuple[Mapping[str, str], ...] = field(default=())
    likely: tuple[LikelyRow, ...] = ()  # new rows that look like existing records (first LIKELY_SHOWN)
    unchanged: int = 0  # matched records the file gives no new value for


@dataclass(frozen=True)
class LikelyRow:
    """A row of the file that looks like an existing record."""

    row: int
    label: str
    existing_id: uuid.UUID
    existing: str
    score: float

    def __str__(self) -> str:
        return f"row {self.row}, {self.label}: looks like {self.existing} ({self.score:.0f} %)"


Progress = Callable[[int, int], bool]  # (rows done, rows in all) -> False to cancel


class ImportCancelled(RapportError):
    """The user cancelled: nothing was imported."""


class _DryRun(Exception):
    def __init__(self, report: RecordImportReport) -> None:
        self.report = report


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class RecordImportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def lookups(self, kind: str, spec: RecordImportSpec) -> Lookups:
        """What validating `kind` needs from the database (users, a pipeline's stages), read once."""
        entity = _entity(kind)
        if not entity.needs_db:
            return prepare(None, entity, self.uow.user_id, spec)  # type: ignore[arg-type]
        with self.uow.read() as session:
            return prepare(session, entity, self.uow.user_id, spec)

    def check(
        self,
        kind: str,
        table: FileTable,
        spec: RecordImportSpec,
        progress: Progress | None = None,
        found: Lookups | None = None,
    ) -> tuple[list[dict[str, Any]], list[FieldError]]:
        """Validate every row (reading only names from the database): (column values per row, problems)."""
        entity = _entity(kind)
        if spec.match not in entity.matches:
            choices = ", ".join(m.value for m in entity.matches)
            raise ValidationError(FieldError("match", f"{kind} are matched by one of: {choices}"))
        found = found or self.lookups(kind, spec)
        header_of = {f: h for f, h in spec.columns.items() if h}
        index = {h: i for i, h in enumerate(table.headers)}
        unknown = [h for h in header_of.values() if h not in index]
        if unknown:
            raise ValidationError([FieldError(h, "no such column in the file") for h in unknown])
        width = len(table.headers)
        positions = [(f, index[h]) for f, h in header_of.items()]  # field -> its cell in a row
        defs = self._custom_defs(entity)
        keys = {d.key for d in defs}
        missing = [
            f for f in header_of if f.startswith(CUSTOM_PREFIX) and f.removeprefix(CUSTOM_PREFIX) not in keys
        ]
        if missing:
            raise ValidationError([FieldError(f, "no such custom field") for f in missing])
        translate = {f: t for f, t in spec.values.items() if t}
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
            cells = {f: row[i].strip() for f, i in positions}
            for name, table_of in translate.items():
                if name in cells:
                    cells[name] = table_of.get(cells[name], cells[name])
            custom, problems = resolve(defs, _custom_cells(cells), {}, creating=True) if defs else ({}, [])
            try:
                result = entity.validate(cells, found)
            except ValidationError as exc:
                problems = [*exc.errors, *problems]
            if problems:
                errors += [
                    FieldError(header_of.get(e.field, _fallback(e.field, header_of)), e.message, number)
                    for e in problems
                ]
                continue
            result["_custom"] = custom
            result["_row"] = number
            result["_external_id"] = cells.get("external_id", "")
            result["_cells"] = cells  # which columns the row fills, for an update of a matched record
            values.append(result)
        return values, errors

    def _custom_defs(self, entity: EntitySpec) -> list[FieldDef]:
        """The live custom fields of the import's record type (columns map to them as `custom.<key>`)."""
        with self.uow.read() as session:
            return custom_fields.definitions(session, entity.entity)

    def run(
        self, kind: str, table: FileTable, spec: RecordImportSpec, progress: Progress | None = None
    ) -> Outcome[RecordImportReport]:
        """Import all rows or none; a dry run reports what would happen and changes nothing.

        `progress(done, total)` counts 2 steps a row: the first half as rows are checked, the second as
        they are written (at each stage of the write and once before the commit); returning False cancels
        (the transaction rolls back).
        """
        entity = _entity(kind)
        with paused_gc():
            return self._run(entity, kind, table, spec, progress)

    def _run(
        self,
        entity: EntitySpec,
        kind: str,
        table: FileTable,
        spec: RecordImportSpec,
        progress: Progress | None,
    ) -> Outcome[RecordImportReport]:
        rows = len(table.rows)
        checking = (lambda done, total: progress(done, 2 * total)) if progress else None
        values, errors = self.check(kind, table, spec, checking)
        if errors:
            raise ValidationError(errors)
        try:
            with self.uow() as work:
                work.bulk = True
                writing = _writing(progress, rows)
                report = _write(work, entity, values, spec, writing)
                writing(1.0)
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
            entity = next(k for k in ENTITIES.values() if k.entity == batch.entity_type)
            items = (
                s.execute(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch_id)).scalars().all()
            )
            created = [i.entity_id for i in items if i.action == "created"]
            for item in items:
                if item.action == "updated" and item.before:
                    obj = writes.get_live(s, entity.model, item.entity_id, entity.entity)
                    writes.apply_fields(work, obj, entity.entity, item.before)
            accounts_made = [i.entity_id for i in items if i.action == "account"]
            for chunk in _chunks(created):
                for column in entity.children:
                    s.execute(delete(column.table).where(column.in_(chunk)))
                s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
                s.execute(delete(entity.model).where(entity.model.id.in_(chunk)))
            for chunk in _chunks(accounts_made):
                s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
                s.execute(delete(Account).where(Account.id.in_(chunk)))
            batch.undone_at = utcnow()
            work.changed(entity.entity, ChangeKind.PURGED, created)
            if accounts_made:
                work.changed(accounts.ENTITY, ChangeKind.PURGED, accounts_made)
        return Outcome(len(items), work.changes)


def _entity(kind: str) -> EntitySpec:
    if kind not in ENTITIES:
        raise ValidationError(FieldError("entity", f"cannot import {kind}; choose one of {', '.join(KINDS)}"))
    return ENTITIES[kind]


def _fallback(name: str, header_of: Mapping[str, str]) -> str:
    if name in ("last_name", "first_name") and "full_name" in header_of:
        return header_of["full_name"]
    if name == "phone_display":
        return header_of.get("phone", name)
    if name in ("price", "cost", "tax_rate") and name in header_of:
        return header_of[name]
    return name


def _key(entity: EntitySpec, values: Mapping[str, Any], match: MatchOn) -> str:
    if match is MatchOn.EMAIL:
        return str(values["email"])
    if match is MatchOn.EXTERNAL_ID:
        return str(values["_external_id"])
    if match is MatchOn.SKU:
        return str(values["sku"])
    return entity.name_key(values)


def _existing(s: Session, entity: EntitySpec, keys: list[str], match: MatchOn) -> dict[str, uuid.UUID]:
    """Live records whose match key is among `keys`."""
    model = entity.model
    found: dict[str, uuid.UUID] = {}
    if match is MatchOn.NONE or not keys:
        return found
    if match is MatchOn.EMAIL:
        column: Any = model.email
    elif match is MatchOn.EXTERNAL_ID:
        column = model.custom["external_id"].as_string()
    elif match is MatchOn.SKU:
        column = model.sku
    else:
        column = entity.name_column()
    for chunk in _chunks(keys):
        for key, record_id in s.execute(
            select(column, model.id).where(model.deleted_at.is_(None), column.in_(chunk))
        ):
            found.setdefault(key, record_id)
    return found


def _writing(progress: Progress | None, rows: int) -> Callable[[float], None]:
    """Report `fraction` of the write half of an import's progress; raises ImportCancelled on cancel."""

    def at(fraction: float) -> None:
        if progress and not progress(rows + round(rows * fraction), 2 * rows):
            raise ImportCancelled("import cancelled: nothing was imported")

    return at


def _write(
    work: Work,
    entity: EntitySpec,
    rows: list[dict[str, Any]],
    spec: RecordImportSpec,
    at: Callable[[float], None] = lambda _fraction: None,
) -> RecordImportReport:
    s = work.session
    if not spec.dry_run:  # the match below and the writes see one state (another import waits)
        take_write_lock(s, entity.entity)
    now = utcnow()
    matching = spec.match is not MatchOn.NONE
    keys = {_key(entity, r, spec.match) for r in rows} - {"", "|"} if matching else set()
    existing = _existing(s, entity, sorted(keys), spec.match)
    batch = writes.create(work, ImportBatch(entity_type=entity.entity, source=spec.source[:255]), "import")
    new_rows: list[dict[str, Any]] = []
    numbers: list[int] = []
    pending: dict[str, dict[str, Any]] = {}
    updates: dict[uuid.UUID, dict[str, Any]] = {}
    skipped = unchanged = 0
    ids = iter(uuid7_many(len(rows)))
    no_custom: dict[str, Any] = {}  # one object for all rows: bulk converts a shared value once
    for r in rows:
        key = _key(entity, r, spec.match) if matching else ""
        matched = key not in ("", "|") and (key in existing or key in pending)
        if matched and spec.on_match is OnMatch.SKIP:
            skipped += 1
            continue
        if matched and spec.on_match is OnMatch.UPDATE:  # only the fields the file gives are updated
            filled = {f for f, v in r["_cells"].items() if v}
            given = {f for f in entity.updatable if f in r and _given(f, filled)}
            given_custom = {k: v for k, v in r["_custom"].items() if f"{CUSTOM_PREFIX}{k}" in filled}
            if key in pending:
                pending[key].update({f: r[f] for f in given})
                pending[key]["custom"] = {**pending[key]["custom"], **given_custom}
            else:
                update = updates.setdefault(existing[key], {})
                update.update({f: r[f] for f in given})
                if given_custom:
                    update.setdefault("_custom", {}).update(given_custom)
            continue
        record = r  # the checked row becomes the insert row: its engine keys are taken out
        extra = {k: record.pop(k) for k in [k for k in record if k[0] == "_"]}
        record.update(
            id=next(ids),
            version=1,
            created_at=extra.get("_created_at") or now,
            updated_at=now,
            deleted_at=None,
            custom=(
                {
                    **extra["_custom"],
                    **({"external_id": extra["_external_id"]} if extra["_external_id"] else {}),
                }
                if extra["_custom"] or extra["_external_id"]
                else no_custom
            ),
        )
        if entity.account_field:
            record[entity.account_field] = extra["_account"]
        if entity.model is Lead and extra["_score"] is not None:
            record["score"], record["lifecycle"] = scoring.score_new(extra["_score"], record, now)
        new_rows.append(record)
        numbers.append(extra["_row"])
        if key not in ("", "|"):
            pending[key] = record
    at(0.1)
    likely = likely_among(s, entity.entity, new_rows) if entity.entity in DEDUPED else {}
    at(0.2)
    look_alikes = tuple(
        LikelyRow(numbers[i], _label(new_rows[i]), d.id, d.label, d.score)
        for i, d in sorted(likely.items())[:LIKELY_SHOWN]
    )
    if likely and spec.skip_likely:
        skipped += len(likely)
        new_rows = [r for i, r in enumerate(new_rows) if i not in likely]
    items: list[dict[str, Any]] = []
    account_ids: dict[str, uuid.UUID] = {}
    if entity.account_field:
        account_ids, items = accounts_of(work, entity, new_rows, batch.id, now)
    after = place_deals(work, new_rows) if entity.model is Deal else insert_rows(s, entity.model, new_rows)
    at(0.7)
    if entity.model is Contact:
        link_contacts(s, new_rows, account_ids, now, after)
    at(0.85)
    created_items(s, entity, batch.id, new_rows, after)
    at(0.9)
    for record_id, values in updates.items():
        obj = writes.get_live(s, entity.model, record_id, entity.entity)
        if "_custom" in values:  # only the custom values the file gives change
            values["custom"] = {**(obj.custom or {}), **values.pop("_custom")}
        before = {f: getattr(obj, f) for f in values if getattr(obj, f) != values[f]}
        if writes.apply_fields(work, obj, entity.entity, values):
            items.append(
                {"batch_id": batch.id, "entity_id": record_id, "action": "updated", "before": before}
            )
        else:
            unchanged += 1
    insert_rows(s, ImportBatchItem, items)
    updated = sum(1 for i in items if i["action"] == "updated")
    batch.created_count, batch.updated_count = len(new_rows), updated
    work.changed(entity.entity, ChangeKind.CREATED, [r["id"] for r in new_rows])
    preview = tuple(
        {
            k: "" if v is None else str(v)
            for k, v in r.items()
            if k not in ("custom", "version", "created_at", "updated_at", "deleted_at")
        }
        for r in new_rows[:PREVIEW_ROWS]
    )
    return RecordImportReport(
        len(rows),
        len(new_rows),
        updated,
        skipped,
        batch.id,
        spec.dry_run,
        preview,
        look_alikes,
        unchanged=unchanged,
    )


def _label(record: Mapping[str, Any]) -> str:
    if "name" in record and "last_name" not in record:
        return str(record["name"])
    return f"{record.get('first_name', '')} {record.get('last_name', '')}".strip()


def _given(name: str, given: set[str]) -> bool:
    """Whether the file gave a value for column `name` (a derived column counts with its source)."""
    source = {
        "phone_display": "phone",
        "price_minor": "price",
        "cost_minor": "cost",
        "tax_rate_bp": "tax_rate",
        "amount_minor": "amount",
        "owner_id": "owner",
    }.get(name, name)
    return source in given


def _custom_cells(cells: Mapping[str, str]) -> dict[str, str]:
    """The cells mapped to custom fields (`custom.<key>` targets), by key."""
    return {f.removeprefix(CUSTOM_PREFIX): v for f, v in cells.items() if f.startswith(CUSTOM_PREFIX)}
