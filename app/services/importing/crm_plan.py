"""The plan of a HubSpot or Pipedrive export, built one way for both: each file read, recognised as an
object, its ids and values rewritten, its columns found, deals split by pipeline, activities described,
and the files put in dependency order with the owners they name. A vendor module gives only what differs
(`CrmFormat`); importing.crm_export runs the plan."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.services.importing.csv_read import Table
from app.services.importing.export_files import (
    Rewrite,
    columns_for,
    first_present,
    read,
    read_files,
    rewrite,
    split_rows,
    values_of,
)
from app.services.importing.export_plan import ActivityColumns, ActivityFile, ExportFile, ExportPlan


@dataclass(frozen=True)
class CrmFormat:
    """What one vendor's export files look like."""

    vendor: str
    order: tuple[str, ...]  # the objects in dependency order (records first, then activity types)
    columns: Mapping[str, Mapping[str, tuple[str, ...]]]  # record kind -> our field -> candidate headers
    object_of: Callable[[str, Table], str]  # (file name, table) -> object ('' when not one of the vendor's)
    # (table, object) -> (the cells to rewrite, headers read by the rewrite and so not left out)
    rewrites: Callable[[Table, str], tuple[dict[str, Rewrite], tuple[str, ...]]]
    activity_columns: Callable[[str, Table], ActivityColumns]
    pipeline: str  # the deals' pipeline header
    unknown: str  # why a file is skipped: 'not a HubSpot companies, ... export'


def plan_export(fmt: CrmFormat, path: Path) -> ExportPlan:
    """Read the export at `path` and say what each file becomes (nothing is written)."""
    files: list[tuple[int, ExportFile]] = []
    skipped: list[str] = []
    owners: set[str] = set()
    for name, data in read_files(path).items():
        original = read(name, data)
        kind = fmt.object_of(name, original)
        if not kind:
            skipped.append(f"{name} ({fmt.unknown})")
            continue
        changes, read_by_rewrite = fmt.rewrites(original, kind)
        table = rewrite(original, changes)
        rank = fmt.order.index(kind)
        if kind in fmt.columns:
            pipeline = first_present(table.headers, (fmt.pipeline,)) if kind == "deals" else ""
            used = tuple(h for h in (pipeline, *read_by_rewrite) if h)
            columns = columns_for(kind, table.headers, fmt.columns[kind], skip=used)
            owners |= values_of(table, [columns["owner"]] if "owner" in columns else [])
            for value, rows in split_rows(table, pipeline).items() if pipeline else (("", table),):
                files.append((rank, ExportFile(name, kind, original, rows, columns, used, value)))
            continue
        activity = ActivityFile(table, original, fmt.activity_columns(kind, table))
        owners |= values_of(table, activity.columns.owner)
        export_file = ExportFile(
            name, "activities", original, table, used=activity.headers(), activities=activity
        )
        files.append((rank, export_file))
    files.sort(key=lambda item: item[0])
    return ExportPlan(fmt.vendor, tuple(f for _rank, f in files), tuple(sorted(owners)), tuple(skipped))
