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

import time
import uuid
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, select

from app.models import Account, AuditEntry, ImportBatch, ImportBatchItem, User, utcnow
from app.services.core import custom_fields, guard, writes
from app.services.core.bulk import paused_gc
from app.services.core.changes import ChangeKind, ChangeSet, Outcome
from app.services.core.custom_validation import FieldDef, resolve
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.listing import CUSTOM_PREFIX
from app.services.core.uow import UnitOfWorkFactory
from app.services.core.write_lock import waiting_as_bulk
from app.services.importing import batch_undo
from app.services.importing.ahead import Ahead
from app.services.importing.columns import column_formats, value_translator
from app.services.importing.csv_read import Table as FileTable
from app.services.importing.entities import ENTITIES, KINDS, EntitySpec, Lookups, MatchOn, prepare
from app.services.importing.locking import YIELD_FOR_S, YIELD_PAUSE_S, ImportYielded
from app.services.importing.refs import load_refs
from app.services.importing.rejects import rejected_rows
from app.services.importing.spec import (
    ImportCancelled,
    OnMatch,
    Progress,
    RecordImportReport,
    RecordImportSpec,
    RejectedRow,
)
from app.services.importing.unmapped import duplicate_headers, unmapped_headers
from app.services.importing.writing import chunks, look_ahead_for, write_rows, writing
from app.services.records import accounts

__all__ = [
    "KINDS",
    "ImportCancelled",
    "MatchOn",
    "OnMatch",
    "RecordImportReport",
    "RecordImportService",
    "RecordImportSpec",
]


class _DryRun(Exception):
    def __init__(self, report: RecordImportReport) -> None:
        self.report = report


class RecordImportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def lookups(self, kind: str, spec: RecordImportSpec) -> Lookups:
        """What validating `kind` needs from the database (users, a pipeline's stages), read once."""
        entity = _entity(kind)
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
        index: dict[str, int] = {}
        for i, h in enumerate(table.headers):
            index.setdefault(h, i)  # a repeated header: the first column is read (the report says so)
        unknown = [h for h in header_of.values() if h not in index]
        if unknown:
            raise ValidationError([FieldError(h, "no such column in the file") for h in unknown])
        found = replace(found, **column_formats(table, header_of, spec.date_format, found.region))
        if any(f.endswith("_ref") for f in header_of):
            with self.uow.read() as session:
                found = replace(found, **load_refs(session, table, header_of))
        width = len(table.headers)
        positions = [(f, index[h]) for f, h in header_of.items()]  # field -> its cell in a row
        defs = self._custom_defs(entity)
        keys = {d.key for d in defs}
        missing = [
            f for f in header_of if f.startswith(CUSTOM_PREFIX) and f.removeprefix(CUSTOM_PREFIX) not in keys
        ]
        if missing:
            raise ValidationError([FieldError(f, "no such custom field") for f in missing])
        translate = value_translator(kind, spec.values, found, header_of if spec.vendor_values else {})
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
            translate(cells)
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
            review = result.pop("_review", None)
            if review:
                result["_review"] = [
                    FieldError(header_of.get(e.field, _fallback(e.field, header_of)), e.message, number)
                    for e in review
                ]
            result["_custom"] = custom
            result["_row"] = number
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
        checking = (lambda done, total: progress(done, 2 * total)) if progress else None
        values, errors = self.check(kind, table, spec, checking)
        if errors and not spec.forgiving:
            raise ValidationError(errors)
        rejected = rejected_rows(table, errors)
        with self.uow.read() as session:  # what can be read before the write lock (writing.look_ahead_for)
            ahead = look_ahead_for(session, entity, values, spec)
        deadline = time.monotonic() + YIELD_FOR_S
        while True:
            yielding = not spec.dry_run and time.monotonic() < deadline
            try:
                return self._write(entity, table, values, spec, progress, rejected, ahead, yielding)
            except ImportYielded:  # rolled back for a waiting save: let it in, then write again
                time.sleep(YIELD_PAUSE_S)

    def _write(
        self,
        entity: EntitySpec,
        table: FileTable,
        values: list[dict[str, Any]],
        spec: RecordImportSpec,
        progress: Progress | None,
        rejected: tuple[RejectedRow, ...],
        ahead: Ahead | None,
        yielding: bool,
    ) -> Outcome[RecordImportReport]:
        """One attempt at the write phase, in one transaction (write_rows changes the rows it is given,
        so an attempt that may be rolled back for a waiting writer works on copies)."""
        rows = [dict(r) for r in values] if yielding else values
        try:
            with waiting_as_bulk(), self.uow() as work:
                guard.require(work.session, "import", entity.entity)  # the signed-in user's role
                work.bulk = True
                at = writing(progress, len(table.rows))
                report = write_rows(work, entity, rows, spec, at, rejected, ahead, yielding)
                report = replace(
                    report,
                    unmapped=tuple(unmapped_headers(table.headers, spec.columns)),
                    duplicates=tuple(duplicate_headers(table.headers).items()),
                )
                at(1.0)
                if spec.dry_run:
                    raise _DryRun(report)
        except _DryRun as dry:
            return Outcome(dry.report, ChangeSet())
        return Outcome(report, work.changes)

    def undo(self, batch_id: uuid.UUID) -> Outcome[int]:
        """Remove what the import created and put back the fields it updated; returns records touched."""
        export = batch_undo.special(self.uow, batch_id)  # a whole CRM export: all its objects
        if export is not None:
            return export  # type: ignore[no-any-return]
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
            users_made = [i.entity_id for i in items if i.action == "user"]
            for chunk in chunks(created):
                for column in entity.children:
                    s.execute(delete(column.table).where(column.in_(chunk)))
                s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
                s.execute(delete(entity.model).where(entity.model.id.in_(chunk)))
            for chunk in chunks(accounts_made):
                s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
                s.execute(delete(Account).where(Account.id.in_(chunk)))
            for chunk in chunks(users_made):
                s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
                s.execute(delete(User).where(User.id.in_(chunk)))
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
    if name == "disqualified_reason" and "status" in header_of:
        return header_of["status"]
    if name == "phone_display":
        return header_of.get("phone", name)
    if name in ("price", "cost", "tax_rate") and name in header_of:
        return header_of[name]
    return name


def _custom_cells(cells: Mapping[str, str]) -> dict[str, str]:
    """The cells mapped to custom fields (`custom.<key>` targets), by key."""
    return {f.removeprefix(CUSTOM_PREFIX): v for f, v in cells.items() if f.startswith(CUSTOM_PREFIX)}
