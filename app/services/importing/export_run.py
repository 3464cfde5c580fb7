"""The one orchestrator of a whole CRM export (Salesforce, HubSpot, Pipedrive): one transaction, one undo step.

A vendor's plan builder (importing.vendor_export for a described vendor such as Salesforce,
importing.crm_export for HubSpot and Pipedrive) turns the export into `ObjectStep`s in dependency order.
`run_export` runs them in one unit of work: each step either hands a table to the import engine
(`ExportRun.engine_step`: matched on the source system's id, so a second import updates instead of
duplicating) or writes records of its own (users, activities, links) and names them with `ExportRun.made`.
A refused object (strict mode) rolls back everything, its errors prefixed with the object's name; in
forgiving mode every object's refused rows come back in its result (one rejects file per object).

The export's own batch (`entity_type` EXPORT) lists the engine's batches in order and what the steps
made or changed, so importing.export_undo takes it all back in one transaction. A dry run does it all and
rolls back; `progress(done, total)` is called before each step and after the last, and returning False
cancels (everything rolls back, ImportCancelled).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.models import ImportBatch, ImportBatchItem
from app.services.core import writes
from app.services.core.bulk import insert_rows, paused_gc
from app.services.core.changes import ChangeSet, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import JoinedWork, UnitOfWorkFactory, Work
from app.services.importing.csv_read import Table
from app.services.importing.engine import RecordImportService, RecordImportSpec
from app.services.importing.entities import ENTITIES
from app.services.importing.rejects import rejected_rows
from app.services.importing.spec import ImportCancelled, Progress, RejectedRow
from app.services.importing.writing import write_rows

EXPORT = "export"  # ImportBatch.entity_type of a whole export
# Actions of the export batch's items (ImportBatchItem.action, at most 10 characters).
CHILD_BATCH = "batch"  # an engine batch; `before` = {"order": n}
MADE_USER = "user"
MADE_ACTIVITY = "activity"
MADE_TICKET = "ticket"
LINES = "lines"  # a deal's lines written; `before` = export_undo.lines_before(): old lines and amount
UPDATED = "upd:"  # + entity ("upd:deal", "upd:activity"): `before` holds the old values


@dataclass(frozen=True)
class StepResult:
    """What one object brought in: counts, the refused rows (forgiving mode) and values worth a look."""

    obj: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: tuple[RejectedRow, ...] = ()
    review: tuple[str, ...] = ()
    note: str = ""  # a step's own summary ("2 matched, 3 created (inactive)")
    seconds: float = 0.0  # how long the step took
    kind: str = ""  # what the object became (accounts, activities ...)
    rows: int = 0
    kept: tuple[str, ...] = ()  # unmapped columns kept as new custom fields
    review_errors: tuple[FieldError, ...] = ()  # `review` as errors (field and row), when the step has them


class ExportRun:
    """What a step is given: the one open work, the mode, and where to record what it made."""

    def __init__(
        self,
        work: Work,
        forgiving: bool,
        batch: ImportBatch,
        tables: Mapping[str, Table],
        joined: JoinedWork | None = None,
    ) -> None:
        self.work, self.forgiving, self.batch, self.tables = work, forgiving, batch, tables
        self.joined = joined
        self.items: list[dict[str, Any]] = []
        self.engine_batches = 0

    def made(self, action: str, ids: list[uuid.UUID]) -> None:
        self.items += [
            {"batch_id": self.batch.id, "entity_id": i, "action": action, "before": None} for i in ids
        ]

    def updated(self, entity: str, record_id: uuid.UUID, before: dict[str, Any]) -> None:
        self.items.append(
            {"batch_id": self.batch.id, "entity_id": record_id, "action": UPDATED + entity, "before": before}
        )

    def engine_step(
        self, name: str, kind: str, table: Table, spec: RecordImportSpec, original: Table | None = None
    ) -> StepResult:
        """Check and write `table` through the import engine in this transaction; a refused row raises
        (strict) or comes back as a rejected row of `original` (the file as it was, when `table` is a
        rewritten copy). The engine's batch becomes a child of the export's."""
        assert self.joined is not None
        engine = RecordImportService(self.joined)
        values, errors = engine.check(kind, table, spec)
        if errors and not self.forgiving:
            raise ValidationError(errors)
        rejected = rejected_rows(original or table, errors)
        report = write_rows(self.work, ENTITIES[kind], values, spec, rejected=rejected)
        self.items.append(
            {
                "batch_id": self.batch.id,
                "entity_id": report.batch_id,
                "action": CHILD_BATCH,
                "before": {"order": self.engine_batches},
            }
        )
        self.engine_batches += 1
        return StepResult(
            name,
            report.created,
            report.updated,
            report.unchanged,
            rejected,
            tuple(str(e) for e in report.review),
            kind=kind,
            rows=len(table.rows),
            review_errors=tuple(report.review),
        )


Step = Callable[[ExportRun], StepResult]


@dataclass(frozen=True)
class ObjectStep:
    """One object of the plan: its name (prefixes its errors: 'Contact.csv: Email') and how it is run."""

    name: str
    run: Step
    error_prefix: str = ""  # default '<name>.csv'


@dataclass(frozen=True)
class ExportResult:
    batch_id: uuid.UUID  # the export's batch: undoing it undoes the whole export
    steps: tuple[StepResult, ...]
    dry_run: bool = False


class _DryRun(Exception):
    def __init__(self, result: ExportResult) -> None:
        self.result = result


def run_export(
    uow: UnitOfWorkFactory,
    steps: Sequence[ObjectStep],
    source: str,
    tables: Mapping[str, Table] | None = None,
    *,
    forgiving: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> Outcome[ExportResult]:
    """Run every step in order in one transaction: all or nothing (strict), or with each object's
    refused rows reported (forgiving); a dry run does it all and rolls back."""
    try:
        with paused_gc(), uow() as work:
            work.bulk = True
            batch = writes.create(work, ImportBatch(entity_type=EXPORT, source=source[:255]), "import")
            run = ExportRun(work, forgiving, batch, tables or {}, JoinedWork(work, uow))
            results = [_step(run, step, i, len(steps), progress) for i, step in enumerate(steps)]
            if progress is not None and not progress(len(steps), len(steps)):
                raise ImportCancelled()
            insert_rows(work.session, ImportBatchItem, run.items)
            batch.created_count = sum(r.created for r in results)
            batch.updated_count = sum(r.updated for r in results)
            result = ExportResult(batch.id, tuple(results), dry_run)
            if dry_run:
                raise _DryRun(result)
    except _DryRun as dry:
        return Outcome(dry.result, ChangeSet())
    return Outcome(result, work.changes)


def _step(run: ExportRun, step: ObjectStep, done: int, total: int, progress: Progress | None) -> StepResult:
    if progress is not None and not progress(done, total):
        raise ImportCancelled()
    started = time.perf_counter()
    prefix = step.error_prefix or f"{step.name}.csv"
    try:
        result = step.run(run)
    except ValidationError as exc:
        raise ValidationError(
            [FieldError(f"{prefix}: {e.field}", e.message, e.row) for e in exc.errors]
        ) from exc
    return replace(result, seconds=time.perf_counter() - started)
