"""The plan builder shared by HubSpot and Pipedrive exports, handed to the one orchestrator (export_run).

A vendor module (importing.hubspot, importing.pipedrive) reads the export's files and turns each into an
`ExportFile`: what it holds, the table as the file has it (`original`, from which a rejects file is
written unchanged) and as the engine should read it (`table`: ids prefixed with the vendor's name so two
CRMs' numeric ids never meet, a multi-valued link cut to its first id, a won/lost status made a stage),
and which column holds which of our fields. Both vendors' plans have one shape, so this module makes
their steps alike: the owners first (matched or created inactive), then each file in dependency order
(companies, contacts, deals through the import engine with their pipeline and custom fields, then
activities). `run_export` runs them through importing.export_run: one transaction, one undo step
(importing.export_undo), a refused file (strict mode) rolls the whole export back.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.services.core import custom_fields
from app.services.core.changes import Outcome
from app.services.core.errors import FieldError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.importing import export_activities, export_run
from app.services.importing.engine import MatchOn, OnMatch, RecordImportSpec
from app.services.importing.export_owners import ensure_owners
from app.services.importing.export_plan import (
    ExportFile,
    ExportOptions,
    ExportPlan,
    ExportReport,
    FileReport,
)
from app.services.importing.export_run import MADE_ACTIVITY, ExportRun, ObjectStep, StepResult
from app.services.importing.export_undo import is_export, undo
from app.services.importing.mapping import suggest_custom
from app.services.importing.spec import Progress
from app.services.importing.unmapped import kept_columns
from app.services.sales.board import pipeline_refs

REFERENCED = {"account_ref": "accounts", "contact_ref": "contacts"}  # a reference field -> what it names
CUSTOM_ENTITY = {"accounts": "account", "contacts": "contact", "deals": "deal"}
OWNERS = "owners"


def run_export(
    uow: UnitOfWorkFactory, plan: ExportPlan, options: ExportOptions, progress: Progress | None = None
) -> Outcome[ExportReport]:
    """Import every file of the plan, all or nothing (strict) or with the refused rows reported
    (forgiving); a dry run does it all and rolls back."""
    done = export_run.run_export(
        uow,
        steps(plan, options),
        f"{plan.vendor} export",
        forgiving=options.forgiving,
        dry_run=options.dry_run,
        progress=progress,
    )
    owners, *files = done.value.steps
    report = ExportReport(
        done.value.batch_id,
        options.dry_run,
        owners.unchanged,
        owners.created,
        tuple(_file_report(f) for f in files),
    )
    return Outcome(report, done.changes)


def steps(plan: ExportPlan, options: ExportOptions) -> list[ObjectStep]:
    """The owners, then every file in the plan's order."""

    def owners(run: ExportRun) -> StepResult:
        matched, created = ensure_owners(run.work, plan.owners, run.batch.id)
        return StepResult(OWNERS, created=len(created), unchanged=matched, kind="users")

    absent = _absent(plan)
    return [
        ObjectStep(OWNERS, owners, error_prefix=OWNERS),
        *(ObjectStep(f.name, _file_step(f, options, absent), error_prefix=f.name) for f in plan.files),
    ]


def _file_step(export_file: ExportFile, options: ExportOptions, absent: tuple[str, ...]) -> export_run.Step:
    def step(run: ExportRun) -> StepResult:
        if export_file.activities is None:
            return _import_file(run, export_file, options, absent)
        report, ids = export_activities.write(run.work, export_file.name, export_file.activities, options)
        run.made(MADE_ACTIVITY, ids)
        return _step_result(report)

    return step


def _step_result(f: FileReport) -> StepResult:
    review = tuple(str(e) for e in f.review)
    return StepResult(
        f.name,
        f.created,
        f.updated,
        f.unchanged,
        f.rejected,
        review,
        f.note,
        0.0,
        f.kind,
        f.rows,
        f.kept,
        f.review,
    )


def _file_report(r: StepResult) -> FileReport:
    return FileReport(
        r.obj,
        r.kind,
        r.rows,
        r.created,
        r.updated,
        r.unchanged,
        r.rejected,
        r.review_errors,
        r.kept,
        r.note,
        r.seconds,
    )


def _absent(plan: ExportPlan) -> tuple[str, ...]:
    """The reference fields whose records the export does not bring (linked by name instead)."""
    kinds = {f.kind for f in plan.files}
    return tuple(ref for ref, kind in REFERENCED.items() if kind not in kinds)


def _import_file(
    run: ExportRun, export_file: ExportFile, options: ExportOptions, absent: tuple[str, ...]
) -> StepResult:
    work = run.work
    kind = export_file.kind
    columns = {f: h for f, h in export_file.columns.items() if f not in absent}
    dropped = [export_file.columns[f] for f in absent if f in export_file.columns]
    kept = _custom_columns(work, export_file, columns, options.keep_unmapped, run.joined)
    pipeline, note = _pipeline(work.session, export_file)
    if dropped:  # a partial export (deals without their organizations): the names link instead
        kinds = ", ".join(REFERENCED[f] for f in absent if f in export_file.columns)
        note = "; ".join(n for n in (note, f"the export has no {kinds}: {', '.join(dropped)} not read") if n)
    spec = RecordImportSpec(
        columns,
        MatchOn.EXTERNAL_ID,
        OnMatch.UPDATE,
        source=f"{run.batch.source}: {export_file.name}"[:255],
        values=options.values,
        pipeline=pipeline,
        currency=options.currency,
        create_missing=True,
        forgiving=options.forgiving,
        date_format=options.date_format,
    )
    result = run.engine_step(export_file.name, kind, export_file.table, spec, export_file.original)
    review = tuple(
        FieldError(f"{export_file.name}: {e.field}", e.message, e.row) for e in result.review_errors
    )
    return StepResult(
        export_file.name,
        result.created,
        result.updated,
        result.unchanged,
        result.rejected,
        tuple(str(e) for e in review),
        note,
        kind=kind,
        rows=len(export_file.table.rows),
        kept=kept,
        review_errors=review,
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
    work: Work,
    export_file: ExportFile,
    columns: dict[str, str],
    keep: bool,
    joined: UnitOfWorkFactory | None,
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
    assert joined is not None
    service = custom_fields.CustomFieldService(joined)
    for column in kept_columns(table.headers, [row for _n, row in table.rows], left):
        made = service.create(
            custom_fields.FieldInput(entity, column.header, column.kind.value, choices=column.choices)
        ).value
        columns[f"custom.{made.key}"] = column.header
    return tuple(left)


undo_export = undo  # the whole export, in one transaction (importing.export_undo)
__all__ = ["is_export", "run_export", "steps", "undo_export"]
