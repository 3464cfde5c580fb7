"""A whole CRM export as the import wizard sees it: which vendor wrote it, the plan in plain rows, the run.

`open_export(path)` recognises a Salesforce, HubSpot or Pipedrive export (a folder or a zip of CSVs) by
its file names and headers and reads it with that vendor's plan builder; `WholeExport.run` hands it to
the one orchestrator (importing.export_run: one transaction, one undo step, progress and cancel). The CLI
(`rapport import salesforce|hubspot|pipedrive`) builds the same plans.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from app.services.core.changes import Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.importing import crm_export, hubspot, pipedrive, vendor_export
from app.services.importing.csv_read import Table
from app.services.importing.export_files import read_files
from app.services.importing.export_plan import ExportOptions, ExportPlan
from app.services.importing.salesforce import SALESFORCE
from app.services.importing.spec import Progress

VENDORS = {"salesforce": "Salesforce", "hubspot": "HubSpot", "pipedrive": "Pipedrive"}
_PIPEDRIVE_PREFIXES = ("organization - ", "person - ", "deal - ", "activity - ", "note - ")


@dataclass(frozen=True)
class PlanRow:
    """One object (or file) of the plan: what it becomes, how many rows, what is left out and why."""

    name: str
    rows: int
    becomes: str  # 'contacts', or '' when not imported
    left_out: str = ""  # columns not imported, or why the whole object is not


@dataclass(frozen=True)
class ResultRow:
    name: str
    created: int
    updated: int
    unchanged: int
    refused: int
    note: str = ""


@dataclass(frozen=True)
class ExportResult:
    batch_id: uuid.UUID  # undo it (importer.undo) to take back the whole export
    rows: tuple[ResultRow, ...]


def detect(path: Path) -> str:
    """'salesforce', 'hubspot' or 'pipedrive' by the files' names and first lines; ValidationError when
    the folder or zip is none of them."""
    files = read_files(path)
    stems = {Path(name).stem.lower() for name in files}
    if stems & {o.obj.lower() for o in SALESFORCE.objects if o.kind in ("accounts", "contacts", "deals")}:
        return "salesforce"
    heads = [data.split(b"\n", 1)[0].decode("utf-8-sig", "replace").lower() for data in files.values()]
    if any("hubspot" in name.lower() for name in files) or any("record id" in head for head in heads):
        return "hubspot"
    if any(sum(head.count(p) for p in _PIPEDRIVE_PREFIXES) >= 2 for head in heads):
        return "pipedrive"
    raise ValidationError(
        FieldError("export", f"{path.name} is not a Salesforce, HubSpot or Pipedrive export I recognise")
    )


def _skipped(text: str) -> tuple[str, int, str, str]:
    """A skipped file's 'name.csv (why)' as a plan row's parts (its rows were not read)."""
    name, _, why = text.partition(" (")
    return name, 0, "", why.removesuffix(")")


class WholeExport:
    """A read export, ready to show and to run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.vendor = detect(path)
        self.tables: dict[str, Table] = {}
        self.crm_plan: ExportPlan | None = None
        if self.vendor == "salesforce":
            self.tables = vendor_export.read_export(SALESFORCE, path)
        else:
            self.crm_plan = (hubspot if self.vendor == "hubspot" else pipedrive).plan_export(path)

    @property
    def label(self) -> str:
        return VENDORS[self.vendor]

    def plan(self) -> tuple[PlanRow, ...]:
        if self.crm_plan is None:
            planned = vendor_export.plan(SALESFORCE, self.tables)
            return (
                *(PlanRow(s.obj, s.rows, s.kind, ", ".join(s.unmapped)) for s in planned.steps),
                *(PlanRow(n.obj, n.rows, "", n.reason) for n in planned.not_imported),
            )
        rows = [
            PlanRow(
                f.name + (f" [{f.pipeline}]" if f.pipeline else ""),
                len(f.table.rows),
                f.kind,
                ", ".join(f.unmapped),
            )
            for f in self.crm_plan.files
        ]
        return (*rows, *(PlanRow(*_skipped(s)) for s in self.crm_plan.skipped))

    def run(
        self, uow: UnitOfWorkFactory, forgiving: bool = False, progress: Progress | None = None
    ) -> Outcome[ExportResult]:
        """Import it all in one transaction; progress(done, total) counts objects, False cancels."""
        if self.crm_plan is None:
            done = vendor_export.import_export(
                uow, SALESFORCE, self.tables, self.path.name, forgiving, progress
            )
            report = done.value
            rows = tuple(
                ResultRow(s.obj, s.created, s.updated, s.unchanged, len(s.rejected), s.note)
                for s in report.steps
            )
            return Outcome(ExportResult(report.batch_id, rows), done.changes)
        crm = crm_export.run_export(uow, self.crm_plan, ExportOptions(forgiving=forgiving), progress)
        files = tuple(
            ResultRow(f.name, f.created, f.updated, f.unchanged, len(f.rejected), f.note)
            for f in crm.value.files
        )
        owners = ResultRow("owners", crm.value.owners_created, 0, crm.value.owners_matched, 0)
        return Outcome(ExportResult(crm.value.batch_id, (owners, *files)), crm.changes)
