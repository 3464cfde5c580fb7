"""A vendor described, not coded: the plan builder of a Salesforce-style export (one CSV per object).

A `Vendor` lists its object files in dependency order, each brought in either by the import engine (an
engine kind, columns suggested from the headers, matched on the source system's id so a second import of
the same export updates instead of duplicating) or by a step of its own (users, activities, links between
records). Objects the vendor exports but Rapport cannot hold yet are named with the reason (`later`), so
the plan and the summary list them with their rows. `import_export` hands the steps to the one
orchestrator, importing.export_run (one transaction, one undo step: importing.export_undo).
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.services.core.changes import Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.importing.csv_read import Table, read_table
from app.services.importing.engine import MatchOn, OnMatch, RecordImportSpec
from app.services.importing.export_run import (
    ExportRun,
    ObjectStep,
    Step,
    StepResult,
    run_export,
)
from app.services.importing.export_undo import is_export, undo
from app.services.importing.mapping import SYNONYMS, known_headers, suggest
from app.services.importing.spec import Progress
from app.services.importing.unmapped import unmapped_headers

__all__ = ["ExportRun", "StepResult", "is_export", "undo"]

TableStep = Callable[[ExportRun, Table], StepResult]  # a vendor's own importer of one object's table


@dataclass(frozen=True)
class ObjectImport:
    """One object file: `kind` is an engine kind (accounts, contacts, leads, deals, products) imported
    through the engine, or a name for `step`, the vendor's own importer."""

    obj: str
    kind: str
    step: TableStep | None = None
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # the engine's value tables


@dataclass(frozen=True)
class Vendor:
    name: str
    objects: tuple[ObjectImport, ...]  # in dependency order
    later: Mapping[str, str] = field(default_factory=dict)  # object -> why it is not imported (yet)
    # Derived tables (e.g. products with their list prices joined in); gets and returns obj -> table.
    prepare: Callable[[dict[str, Table]], dict[str, Table]] = lambda tables: tables


@dataclass(frozen=True)
class PlannedStep:
    obj: str
    kind: str
    rows: int
    columns: Mapping[str, str] = field(default_factory=dict)
    unmapped: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotImported:
    obj: str
    rows: int
    reason: str


@dataclass(frozen=True)
class Plan:
    steps: tuple[PlannedStep, ...]
    not_imported: tuple[NotImported, ...]


@dataclass(frozen=True)
class ExportReport:
    batch_id: uuid.UUID
    steps: tuple[StepResult, ...]
    not_imported: tuple[NotImported, ...]


def read_export(vendor: Vendor, path: Path) -> dict[str, Table]:
    """Object name -> its table, from a folder of CSVs or a zip of them (file names compared case-blind,
    each table with the vendor's derived tables added)."""
    files: dict[str, bytes] = {}
    if path.is_dir():
        for item in sorted(path.glob("*.csv")):
            files[item.stem] = item.read_bytes()
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                if name.lower().endswith(".csv"):
                    files[Path(name).stem] = archive.read(name)
    else:
        raise ValidationError(FieldError("export", f"{path} is neither a folder nor a zip of CSV files"))
    if not files:
        raise ValidationError(FieldError("export", f"{path} holds no CSV files"))
    kinds = {o.obj: o.kind for o in vendor.objects}
    canonical = {name.lower(): name for name in [*kinds, *vendor.later]}
    tables: dict[str, Table] = {}
    for name, data in files.items():
        obj = canonical.get(name.lower(), name)
        kind = kinds.get(obj, "")
        headers = known_headers(kind) if kind in SYNONYMS else frozenset()
        tables[obj] = read_table(data=data, known_headers=headers, has_header=True)
    return vendor.prepare(tables)


def columns_of(item: ObjectImport, table: Table) -> dict[str, str]:
    return suggest(item.kind, table.headers) if item.step is None else {}


def plan(vendor: Vendor, tables: Mapping[str, Table]) -> Plan:
    """What the import would do, object by object, and what it leaves out and why (no database)."""
    steps = []
    for item in vendor.objects:
        table = tables.get(item.obj)
        if table is None:
            continue
        columns = columns_of(item, table)
        unmapped = tuple(unmapped_headers(table.headers, columns)) if item.step is None else ()
        steps.append(PlannedStep(item.obj, item.kind, len(table.rows), columns, unmapped))
    ours = {item.obj for item in vendor.objects}
    left = [
        NotImported(obj, len(table.rows), vendor.later.get(obj, "no matching feature"))
        for obj, table in sorted(tables.items())
        if obj not in ours
    ]
    return Plan(tuple(steps), tuple(left))


def import_export(
    uow: UnitOfWorkFactory,
    vendor: Vendor,
    tables: Mapping[str, Table],
    source: str,
    forgiving: bool = False,
    progress: Progress | None = None,
) -> Outcome[ExportReport]:
    """Import every object of the export in order, all in one transaction: a refused object (strict
    mode) raises ValidationError, each error's field prefixed with its object, and nothing is kept."""
    steps = [
        ObjectStep(item.obj, _step(vendor, item, table))
        for item in vendor.objects
        if (table := tables.get(item.obj)) is not None
    ]
    done = run_export(uow, steps, source, tables, forgiving=forgiving, progress=progress)
    left = plan(vendor, tables).not_imported
    return Outcome(ExportReport(done.value.batch_id, done.value.steps, left), done.changes)


def _step(vendor: Vendor, item: ObjectImport, table: Table) -> Step:
    def step(run: ExportRun) -> StepResult:
        if item.step is not None:
            return item.step(run, table)
        spec = RecordImportSpec(
            columns_of(item, table),
            MatchOn.EXTERNAL_ID,
            OnMatch.UPDATE,
            source=f"{vendor.name} {item.obj}.csv",
            values=item.values,
            create_missing=True,
            forgiving=run.forgiving,
        )
        return run.engine_step(item.obj, item.kind, table, spec)

    return step
