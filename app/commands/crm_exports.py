"""`rapport import hubspot|pipedrive EXPORT`: a whole CRM export (folder or zip) in one step.

The plan is printed first (each file, what it becomes, the columns read and those left out, the owners);
then the export is imported in one transaction (strict: any refused row refuses the export; with
`--rejects DIR` the good rows come in and each file's refused rows go to DIR, unchanged, with the reason).
`--dry-run` does it all and rolls back. `rapport import undo ID` undoes the whole export.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import add_db_option, guarded, open_context

if TYPE_CHECKING:
    from app.services.importing.export_plan import ExportPlan, ExportReport

VENDORS = {
    "hubspot": "a HubSpot CRM export: companies, contacts, deals, calls, meetings, tasks, emails, notes",
    "pipedrive": "a Pipedrive export: organizations, people, deals, activities, notes",
}


def register(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for vendor, what in VENDORS.items():
        p = kinds.add_parser(vendor, help=f"import {what} (folder or zip) with its links, in one step")
        p.add_argument("export", type=Path, help="the export's folder or zip of CSV files")
        p.add_argument("--dry-run", action="store_true", help="show the plan and the result; change nothing")
        p.add_argument(
            "--rejects",
            type=Path,
            metavar="DIR",
            help="forgiving: import the good rows and write each file's refused rows, unchanged and with"
            " the reason, to DIR/<file>.rejects.csv",
        )
        p.add_argument(
            "--keep-unmapped",
            action="store_true",
            help="keep every column no field reads as a new custom field, typed from its values",
        )
        p.add_argument("--currency", default="", help="currency of amounts without one")
        p.add_argument(
            "--date-format", default="", metavar="FORMAT", help="e.g. DD.MM.YYYY (default: detected)"
        )
        p.add_argument(
            "--value",
            action="append",
            default=[],
            metavar="FIELD:FROM=TO",
            help="translate a value, e.g. 'stage:Custom stage=Negotiation'",
        )
        add_db_option(p)
        p.set_defaults(func=run_export, vendor=vendor)


def print_plan(plan: ExportPlan) -> None:
    print(f"{plan.vendor} export: {len({f.name for f in plan.files})} file(s) to import")
    if plan.owners:
        print(f"owners ({len(plan.owners)}): {', '.join(plan.owners)}")
    for f in plan.files:
        where = f" [pipeline {f.pipeline}]" if f.pipeline else ""
        read = ", ".join(f"{h} -> {field}" for field, h in f.columns.items())
        print(
            f"{f.name}{where}: {len(f.table.rows):,} rows -> {f.kind}"
            + (f"; columns: {read}" if read else "")
        )
        if f.unmapped:
            print(f"  not imported: {', '.join(f.unmapped)}")
    for skipped in plan.skipped:
        print(f"not imported: {skipped}")


def print_report(plan: ExportPlan, report: ExportReport, rejects: Path | None) -> None:
    from app.services.importing.rejects import write_rejects

    verb = "would import" if report.dry_run else "imported"
    print(f"owners: {report.owners_matched:,} matched, {report.owners_created:,} created (inactive)")
    for f in report.files:
        print(
            f"{f.name}: {verb} {f.created:,} new, {f.updated:,} updated, {f.unchanged:,} unchanged {f.kind}"
            f" ({f.seconds:.1f} s)"
        )
        if f.note:
            print(f"  {f.note}")
        if f.kept:
            print(f"  {'would keep' if report.dry_run else 'kept'} as new custom fields: {', '.join(f.kept)}")
        for note in f.review[:20]:
            print(f"  {note} (check it)")
        if len(f.review) > 20:
            print(f"  ... and {len(f.review) - 20} more to check")
    refused: dict[str, list] = {}  # type: ignore[type-arg]
    for f in report.files:
        refused.setdefault(f.name, []).extend(f.rejected)
    headers = {f.name: f.original.headers for f in plan.files}
    for name, rows in refused.items():
        if rows and rejects is not None:
            rejects.mkdir(parents=True, exist_ok=True)
            target = rejects / f"{Path(name).stem}.rejects.csv"
            write_rejects(target, headers[name], sorted(rows, key=lambda r: r.row))
            print(f"{name}: {len(rows):,} row(s) refused, written with the reason to {target}")
    if report.dry_run:
        print("dry run: nothing was changed")
    else:
        print(f"import id {report.batch_id} (undo the whole export: rapport import undo {report.batch_id})")


def run_export(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.commands.import_options import parse_values, strftime_format, wait_for_other_writers
        from app.services.core.errors import ValidationError
        from app.services.importing import crm_export, hubspot, pipedrive
        from app.services.importing.export_plan import ExportOptions

        vendor = hubspot if args.vendor == "hubspot" else pipedrive
        plan = vendor.plan_export(args.export)
        print_plan(plan)
        values = parse_values(args.value)
        options = ExportOptions(
            dry_run=args.dry_run,
            forgiving=args.rejects is not None,
            keep_unmapped=args.keep_unmapped,
            currency=args.currency.upper(),
            date_format=strftime_format(args.date_format),
            values=values,
        )
        ctx = open_context(args)
        try:
            with wait_for_other_writers():
                report = crm_export.run_export(ctx.uow, plan, options).value
        except ValidationError as exc:
            for error in exc.errors[:100]:
                print(error)
            if len(exc.errors) > 100:
                print(f"... and {len(exc.errors) - 100} more")
            print(
                f"nothing imported: {len(exc.errors)} problem(s)"
                " (--rejects DIR imports the good rows and writes the refused ones to DIR)"
            )
            return 1
        finally:
            ctx.close()
        print_report(plan, report, args.rejects)
        return 0

    return guarded(action)
