"""A whole CRM export (a folder or zip of one CSV per object) in one transaction and one undo step.

A vendor is described, not coded here: a `Vendor` lists its object files in dependency order, each
brought in either by the import engine (an engine kind, columns suggested from the headers, matched on
the source system's id so a second import of the same export updates instead of duplicating) or by a
step of its own (users, activities, links between records). Objects the vendor exports but Rapport cannot
hold yet are named with the reason (`later`), so the plan and the summary list them with their rows.

Every step joins one unit of work (`JoinedWork`): a refused file (strict mode) rolls back the objects
before it too. The export's own batch (`entity_type` EXPORT) lists the engine's batches in order and what
the vendor steps made, and undo takes it all back in reverse, in one transaction. In forgiving mode
every object's refused rows come back in its step result (one rejects file per object).
"""

from __future__ import annotations

import enum
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import (
    Activity,
    AuditEntry,
    Deal,
    DealLine,
    ImportBatch,
    ImportBatchItem,
    PriceList,
    PriceListItem,
    Ticket,
    User,
    utcnow,
)
from app.services.core import writes
from app.services.core.bulk import insert_rows, paused_gc
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.importing.csv_read import Table, read_table
from app.services.importing.engine import MatchOn, OnMatch, RecordImportService, RecordImportSpec
from app.services.importing.mapping import SYNONYMS, known_headers, suggest
from app.services.importing.spec import RecordImportReport, RejectedRow
from app.services.importing.unmapped import unmapped_headers

EXPORT = "export"  # ImportBatch.entity_type of a whole export
# Actions of the export batch's items (ImportBatchItem.action, at most 10 characters).
CHILD_BATCH = "batch"  # an engine batch; `before` = {"order": n}
MADE_USER = "user"
MADE_ACTIVITY = "activity"
MADE_TICKET = "ticket"
LINES = "lines"  # a deal's lines written; `before` = lines_before(): its old lines and amount
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
    note: str = ""  # a vendor step's own summary ("2 matched, 3 created (inactive)")
    seconds: float = 0.0  # how long the step took


class ExportRun:
    """What a vendor step is given: the one open work, the mode, and where to record what it made."""

    def __init__(self, work: Work, forgiving: bool, batch: ImportBatch, tables: Mapping[str, Table]) -> None:
        self.work, self.forgiving, self.batch, self.tables = work, forgiving, batch, tables
        self.items: list[dict[str, Any]] = []

    def made(self, action: str, ids: list[uuid.UUID]) -> None:
        self.items += [
            {"batch_id": self.batch.id, "entity_id": i, "action": action, "before": None} for i in ids
        ]

    def updated(self, entity: str, record_id: uuid.UUID, before: dict[str, Any]) -> None:
        self.items.append(
            {"batch_id": self.batch.id, "entity_id": record_id, "action": UPDATED + entity, "before": before}
        )


Step = Callable[[ExportRun, Table], StepResult]


@dataclass(frozen=True)
class ObjectImport:
    """One object file: `kind` is an engine kind (accounts, contacts, leads, deals, products) imported
    through the engine, or a name for `step`, the vendor's own importer."""

    obj: str
    kind: str
    step: Step | None = None
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


class JoinedWork(UnitOfWorkFactory):
    """A unit-of-work factory whose every unit is one already open work: the engine's steps join the
    export's transaction (and its reads see what the steps before wrote)."""

    def __init__(self, outer: UnitOfWorkFactory, work: Work) -> None:
        super().__init__(outer.sessions, outer.bus, outer.checkpoints)
        self.user_id = work.user_id
        self.work = work

    @contextmanager
    def __call__(self) -> Iterator[Work]:
        yield self.work

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self.work.session


def import_export(
    uow: UnitOfWorkFactory, vendor: Vendor, tables: Mapping[str, Table], source: str, forgiving: bool = False
) -> Outcome[ExportReport]:
    """Import every object of the export in order, all in one transaction: a refused object (strict
    mode) raises ValidationError, each error's field prefixed with its object, and nothing is kept."""
    results: list[StepResult] = []
    with paused_gc(), uow() as work:
        work.bulk = True
        batch = writes.create(work, ImportBatch(entity_type=EXPORT, source=source[:255]), "import")
        run = ExportRun(work, forgiving, batch, tables)
        engine = RecordImportService(JoinedWork(uow, work))
        created = updated = 0
        for item in vendor.objects:
            table = tables.get(item.obj)
            if table is None:
                continue
            started = time.perf_counter()
            try:
                if item.step is not None:
                    result = item.step(run, table)
                else:
                    report = _engine_step(engine, vendor, item, table, forgiving)
                    run.items.append(
                        {
                            "batch_id": batch.id,
                            "entity_id": report.batch_id,
                            "action": CHILD_BATCH,
                            "before": {"order": len(results)},
                        }
                    )
                    result = StepResult(
                        item.obj,
                        report.created,
                        report.updated,
                        report.unchanged,
                        report.rejected,
                        tuple(str(e) for e in report.review),
                    )
            except ValidationError as exc:
                raise ValidationError(
                    [FieldError(f"{item.obj}.csv: {e.field}", e.message, e.row) for e in exc.errors]
                ) from exc
            created, updated = created + result.created, updated + result.updated
            results.append(replace(result, seconds=time.perf_counter() - started))
        insert_rows(work.session, ImportBatchItem, run.items)
        batch.created_count, batch.updated_count = created, updated
    left = plan(vendor, tables).not_imported
    return Outcome(ExportReport(batch.id, tuple(results), left), work.changes)


def _engine_step(
    engine: RecordImportService, vendor: Vendor, item: ObjectImport, table: Table, forgiving: bool
) -> RecordImportReport:
    spec = RecordImportSpec(
        columns_of(item, table),
        MatchOn.EXTERNAL_ID,
        OnMatch.UPDATE,
        source=f"{vendor.name} {item.obj}.csv",
        values=item.values,
        create_missing=True,
        forgiving=forgiving,
    )
    return engine.run(item.kind, table, spec).value


def is_export(uow: UnitOfWorkFactory, batch_id: uuid.UUID) -> bool:
    with uow.read() as session:
        return session.scalar(select(ImportBatch.entity_type).where(ImportBatch.id == batch_id)) == EXPORT


def undo(uow: UnitOfWorkFactory, batch_id: uuid.UUID) -> Outcome[int]:
    """Take back a whole export in one transaction: what the vendor steps made or changed, then the
    engine's batches in reverse order, then the users it made; returns the records touched."""
    with uow() as work:
        batch = work.session.get(ImportBatch, batch_id)
        if batch is None or batch.undone_at is not None or batch.entity_type != EXPORT:
            raise NotFoundError("import", batch_id)
        touched = _undo(work, uow, batch)
    return Outcome(touched, work.changes)


def _undo(work: Work, uow: UnitOfWorkFactory, batch: ImportBatch) -> int:
    s = work.session
    items = list(s.scalars(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch.id)))
    touched = 0
    for action, (model, entity) in _MADE_FIRST.items():  # what may point at the engine's records
        touched += _purge(work, model, entity, [i.entity_id for i in items if i.action == action])
    for item in items:
        if item.action == LINES and item.before is not None:
            _restore_lines(work, item.entity_id, item.before)
            touched += 1
        elif item.action.startswith(UPDATED) and item.before:
            entity = item.action.removeprefix(UPDATED)
            model = _UPDATABLE[entity]
            obj = s.get(model, item.entity_id)
            if obj is not None and obj.deleted_at is None:
                writes.apply_fields(work, obj, entity, _restored(model, item.before))
                touched += 1
    children = sorted(
        (i for i in items if i.action == CHILD_BATCH), key=lambda i: -int((i.before or {})["order"])
    )
    engine = RecordImportService(JoinedWork(uow, work))
    for child in children:
        child_batch = s.get(ImportBatch, child.entity_id)
        if child_batch is not None and child_batch.undone_at is None:
            touched += engine.undo(child.entity_id).value
    touched += _purge(work, User, "user", [i.entity_id for i in items if i.action == MADE_USER])
    batch.undone_at = utcnow()
    return touched


def _purge(work: Work, model: Any, entity: str, ids: list[uuid.UUID]) -> int:
    """Remove records an export made (and their audit entries) for good."""
    s = work.session
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
        s.execute(delete(model).where(model.id.in_(chunk)))
    if ids:
        work.changed(entity, ChangeKind.PURGED, ids)
    return len(ids)


def _restored(model: Any, before: Mapping[str, Any]) -> dict[str, Any]:
    """Old values as JSON kept them, back in their columns' types (ids, times)."""
    out: dict[str, Any] = {}
    for name, value in before.items():
        python_type = model.__table__.c[name].type.python_type
        if value is not None and python_type is uuid.UUID:
            value = uuid.UUID(str(value))
        elif isinstance(value, str) and python_type is datetime:
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(python_type, type) and issubclass(python_type, enum.Enum):
            value = python_type(value)
        out[name] = value
    return out


_LINE_FIELDS: tuple[str, ...] = (
    "position",
    "product_id",
    "description",
    "quantity_milli",
    "unit_price_minor",
    "discount_bp",
    "tax_rate_bp",
    "net_minor",
)


def lines_before(session: Session, deal: Deal) -> dict[str, Any]:
    """What `_restore_lines` needs to put a deal's lines and amount back (JSON-safe)."""
    rows = session.scalars(select(DealLine).where(DealLine.deal_id == deal.id).order_by(DealLine.position))
    lines = [{name: _json_safe(getattr(row, name)) for name in _LINE_FIELDS} for row in rows]
    return {"amount_minor": deal.amount_minor, "lines": lines}


def _json_safe(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value


def _restore_lines(work: Work, deal_id: uuid.UUID, before: Mapping[str, Any]) -> None:
    deal = work.session.get(Deal, deal_id)
    if deal is None:
        return
    work.session.execute(delete(DealLine).where(DealLine.deal_id == deal_id))
    for line in before.get("lines", []):
        product = line.get("product_id")
        values = {**line, "product_id": uuid.UUID(product) if product else None}
        work.session.add(DealLine(deal_id=deal_id, **values))
    writes.apply_fields(work, deal, "deal", {"amount_minor": before.get("amount_minor", deal.amount_minor)})
    work.audit("deal", deal_id, "update", "lines", None, "put back by an import's undo")
    work.session.flush()
    work.changed("deal", ChangeKind.UPDATED, [deal_id])


_UPDATABLE: dict[str, Any] = {
    "deal": Deal,
    "ticket": Ticket,
    "activity": Activity,
    "user": User,
    "pli": PriceListItem,
}
# Made by vendor steps, removed before the engine's batches are undone (they point at their records).
_MADE_FIRST: dict[str, tuple[Any, str]] = {
    MADE_ACTIVITY: (Activity, "activity"),
    MADE_TICKET: (Ticket, "ticket"),
    "pli": (PriceListItem, "price"),
    "pricelist": (PriceList, "price_list"),
}
