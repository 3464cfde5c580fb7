"""A whole CRM export (HubSpot, Pipedrive) imported in one transaction and undone in one step.

A vendor module (importing.hubspot, importing.pipedrive) reads the export's files and turns each into an
`ExportFile`: what it holds, the table as the file has it (`original`, from which a rejects file is
written unchanged) and as the engine should read it (`table`: ids prefixed with the vendor's name so two
CRMs' numeric ids never meet, a multi-valued link cut to its first id, a won/lost status made a stage),
and which column holds which of our fields. `run_export` then imports the files in dependency order
(owners, companies, contacts, deals, activities) inside one unit of work: each file is checked and
written by the import engine in that same session, so a contact's company id finds the account written a
moment before, and a refused file (strict mode) rolls the whole export back. Every import batch the
export writes carries the export's group id in its `source` ("export <group>: ..."), so `undo_export`
removes them all, newest first, in one transaction.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ImportBatch, uuid7
from app.services.core import custom_fields, writes
from app.services.core.bulk import paused_gc
from app.services.core.changes import ChangeSet, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.importing import export_activities
from app.services.importing.engine import MatchOn, OnMatch, RecordImportService, RecordImportSpec
from app.services.importing.entities import ENTITIES
from app.services.importing.export_owners import ensure_owners, remove_owners
from app.services.importing.export_plan import (
    ExportFile,
    ExportOptions,
    ExportPlan,
    ExportReport,
    FileReport,
)
from app.services.importing.mapping import suggest_custom
from app.services.importing.rejects import rejected_rows
from app.services.importing.unmapped import kept_columns
from app.services.importing.writing import write_rows
from app.services.sales.board import pipeline_refs

GROUP = "export "  # ImportBatch.source of an export's batches: 'export <group id>: <vendor> <file>'
REFERENCED = {"account_ref": "accounts", "contact_ref": "contacts"}  # a reference field -> what it names
CUSTOM_ENTITY = {"accounts": "account", "contacts": "contact", "deals": "deal"}


class _Joined:
    """A unit-of-work factory that joins an open unit of work: the engine's reads and writes run in the
    export's one transaction (nothing commits until the export does)."""

    def __init__(self, work: Work) -> None:
        self.work = work
        self.user_id = work.user_id

    @contextmanager
    def __call__(self) -> Iterator[Work]:
        yield self.work

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self.work.session


def _joined(work: Work) -> UnitOfWorkFactory:
    return cast(UnitOfWorkFactory, _Joined(work))


class _DryRun(Exception):
    def __init__(self, report: ExportReport) -> None:
        self.report = report


def run_export(uow: UnitOfWorkFactory, plan: ExportPlan, options: ExportOptions) -> Outcome[ExportReport]:
    """Import every file of the plan, all or nothing (strict) or with the refused rows reported
    (forgiving); a dry run does it all and rolls back."""
    group = uuid7()
    try:
        with paused_gc(), uow() as work:
            work.bulk = True
            report = _run(work, plan, options, group)
            if options.dry_run:
                raise _DryRun(report)
    except _DryRun as dry:
        return Outcome(dry.report, ChangeSet())
    return Outcome(report, work.changes)


def _run(work: Work, plan: ExportPlan, options: ExportOptions, group: uuid.UUID) -> ExportReport:
    head = writes.create(
        work, ImportBatch(entity_type="user", source=f"{GROUP}{group}: {plan.vendor} owners"), "import"
    )
    matched, created = ensure_owners(work, plan.owners, head.id)
    head.created_count = len(created)
    engine = RecordImportService(_joined(work))
    reports: list[FileReport] = []
    for export_file in plan.files:
        source = f"{GROUP}{group}: {plan.vendor} {export_file.name}"[:255]
        started = time.perf_counter()
        if export_file.activities is not None:
            done = export_activities.write(work, export_file.name, export_file.activities, source, options)
        else:
            done = _import_file(work, engine, export_file, source, options, _absent(plan))
        reports.append(replace(done, seconds=time.perf_counter() - started))
    return ExportReport(head.id, options.dry_run, matched, len(created), tuple(reports))


def _absent(plan: ExportPlan) -> tuple[str, ...]:
    """The reference fields whose records the export does not bring (linked by name instead)."""
    kinds = {f.kind for f in plan.files}
    return tuple(ref for ref, kind in REFERENCED.items() if kind not in kinds)


def _import_file(
    work: Work,
    engine: RecordImportService,
    export_file: ExportFile,
    source: str,
    options: ExportOptions,
    absent: tuple[str, ...] = (),
) -> FileReport:
    kind = export_file.kind
    columns = {f: h for f, h in export_file.columns.items() if f not in absent}
    dropped = [export_file.columns[f] for f in absent if f in export_file.columns]
    kept = _custom_columns(work, export_file, columns, options.keep_unmapped)
    pipeline, note = _pipeline(work.session, export_file)
    if dropped:  # a partial export (deals without their organizations): the names link instead
        kinds = ", ".join(REFERENCED[f] for f in absent if f in export_file.columns)
        note = "; ".join(n for n in (note, f"the export has no {kinds}: {', '.join(dropped)} not read") if n)
    spec = RecordImportSpec(
        columns,
        MatchOn.EXTERNAL_ID,
        OnMatch.UPDATE,
        source=source,
        values=options.values,
        pipeline=pipeline,
        currency=options.currency,
        create_missing=True,
        forgiving=options.forgiving,
        date_format=options.date_format,
    )
    values, errors = engine.check(kind, export_file.table, spec)
    errors = [FieldError(f"{export_file.name}: {e.field}", e.message, e.row) for e in errors]
    if errors and not options.forgiving:
        raise ValidationError(errors)
    rejected = rejected_rows(export_file.original, errors)
    report = write_rows(work, ENTITIES[kind], values, spec, rejected=rejected)
    return FileReport(
        export_file.name,
        kind,
        len(export_file.table.rows),
        report.created,
        report.updated,
        report.unchanged,
        rejected,
        tuple(FieldError(f"{export_file.name}: {e.field}", e.message, e.row) for e in report.review),
        kept,
        note,
    )


def _pipeline(session: Session, export_file: ExportFile) -> tuple[str, str]:
    """(our pipeline for the file's deals: the one of the same name, else the default; a note)."""
    if export_file.kind != "deals" or not export_file.pipeline:
        return "", ""
    wanted = export_file.pipeline.strip().lower()
    pipelines = pipeline_refs(session)
    same = next((p for p in pipelines if p.name.lower() == wanted), None)
    if same is not None:
        return same.name, ""
    default = next((p for p in pipelines if p.is_default), pipelines[0] if pipelines else None)
    shown = default.name if default else "the default pipeline"
    return "", f"no pipeline named '{export_file.pipeline}': its deals go to {shown}"


def _custom_columns(
    work: Work, export_file: ExportFile, columns: dict[str, str], keep: bool
) -> tuple[str, ...]:
    """Map unmapped columns to the custom fields named like them; with `keep`, create a typed custom
    field for each column still unmapped (in the export's transaction). Returns the headers kept."""
    entity = CUSTOM_ENTITY.get(export_file.kind)
    if entity is None:
        return ()
    unmapped = list(export_file.unmapped)
    existing = custom_fields.definitions(work.session, entity)
    columns |= suggest_custom(unmapped, existing, columns.values())
    left = [h for h in unmapped if h not in columns.values() and h in export_file.table.headers]
    if not (keep and left):
        return ()
    table = export_file.table
    service = custom_fields.CustomFieldService(_joined(work))
    for column in kept_columns(table.headers, [row for _n, row in table.rows], left):
        made = service.create(
            custom_fields.FieldInput(entity, column.header, column.kind.value, choices=column.choices)
        ).value
        columns[f"custom.{made.key}"] = column.header
    return tuple(left)


def export_group(session: Session, batch_id: uuid.UUID) -> list[ImportBatch]:
    """The live batches of the export `batch_id` belongs to, newest first ([] when it is not one)."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None or not batch.source.startswith(GROUP):
        return []
    prefix = batch.source.split(":", 1)[0] + ":"
    try:  # 'export <uuid>:' (a one-file import of a file named 'export ...' is not one)
        uuid.UUID(prefix.removeprefix(GROUP).removesuffix(":"))
    except ValueError:
        return []
    batches = session.scalars(
        select(ImportBatch).where(ImportBatch.source.startswith(prefix), ImportBatch.undone_at.is_(None))
    ).all()
    return sorted(batches, key=lambda b: (b.created_at, b.id), reverse=True)


def is_export(uow: UnitOfWorkFactory, batch_id: uuid.UUID) -> bool:
    with uow.read() as session:
        return bool(export_group(session, batch_id))


def undo_export(uow: UnitOfWorkFactory, batch_id: uuid.UUID) -> Outcome[int]:
    """Undo every batch of the export `batch_id` belongs to, newest first, in one transaction; returns
    the records touched."""
    with uow() as work:
        batches = export_group(work.session, batch_id)
        if not batches:
            raise NotFoundError("import", batch_id)
        engine = RecordImportService(_joined(work))
        touched = 0
        for batch in batches:
            if batch.entity_type == export_activities.ENTITY:
                touched += export_activities.undo(work, batch)
            elif batch.entity_type == "user":
                touched += remove_owners(work, batch)
            else:
                touched += engine.undo(batch.id).value
    return Outcome(touched, work.changes)
