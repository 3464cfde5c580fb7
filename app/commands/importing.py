"""`rapport import ENTITY FILE`: headless import of contacts, accounts, leads, deals and products.

Every kind goes through the import engine (services/importing) (detection, suggested mapping, matching, dry run, undo); the
validation report is printed and the command exits 1 when the file is refused.
"""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import add_db_option, guarded, open_context
from app.commands.import_options import parse_values, strftime_format
from app.commands.import_options import wait_for_other_writers as _wait_for_other_writers

if TYPE_CHECKING:
    from app.context import AppContext
    from app.services.core.errors import ValidationError
    from app.services.importing.csv_read import Table
    from app.services.importing.engine import RecordImportReport, RecordImportSpec


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "import",
        help="import contacts, accounts, leads, deals, products or tickets (CSV) or activities (.ics)",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, match in (
        ("contacts", "email"),
        ("accounts", "email"),
        ("leads", "email"),
        ("deals", "none"),
        ("products", "sku"),
        ("tickets", "none"),
    ):
        p = kinds.add_parser(kind, help=f"import {kind} (columns suggested from common CRM exports)")
        p.add_argument("file", type=Path, help="CSV/TSV file; encoding, delimiter and header are detected")
        p.add_argument(
            "--mapping",
            type=Path,
            help='JSON file: {"columns": {field: header}, "values": {field: {from: to}}, "pipeline": name}'
            " (the import wizard's Save mapping… writes one)",
        )
        p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER")
        p.add_argument(
            "--value",
            action="append",
            default=[],
            metavar="FIELD:FROM=TO",
            help="translate a value, e.g. 'stage:Closed Won=Won'",
        )
        p.add_argument(
            "--match",
            default=match,
            choices=["email", "name_company", "external_id", "sku", "none"],
            help=f"what identifies an existing record (default {match})",
        )
        p.add_argument("--on-match", default="update", choices=["update", "skip", "create"])
        p.add_argument(
            "--encoding", default="", help="override the detected encoding (utf-8, utf-16, cp1252)"
        )
        p.add_argument("--delimiter", default="", help="override the detected delimiter (',' ';' 'tab' '|')")
        p.add_argument(
            "--rejects",
            type=Path,
            metavar="FILE",
            help="forgiving: import the good rows and write each refused row, unchanged, to FILE (CSV)"
            " with the reason in an added column; fix it and import it again",
        )
        p.add_argument(
            "--date-format",
            default="",
            metavar="FORMAT",
            help="the file's date format, e.g. %%d/%%m/%%y or DD/MM/YY (default: detected per column)",
        )
        p.add_argument(
            "--currency",
            default="",
            help="currency of amounts without one (default: the company's default currency)",
        )
        if kind == "deals":
            p.add_argument("--pipeline", default="", help="pipeline name (default: the default pipeline)")
        if kind != "products":
            p.add_argument(
                "--create-missing",
                action="store_true",
                help="an unknown owner (name, email or source id) becomes an inactive user of their own"
                " instead of refusing the row",
            )
        if kind in ("contacts", "accounts", "leads"):
            p.add_argument(
                "--skip-likely-duplicates",
                action="store_true",
                help="skip new rows that look like an existing record (they are listed either way)",
            )
        if kind != "products":
            p.add_argument(
                "--keep-unmapped",
                action="store_true",
                help="keep every column no field reads as a new custom field, typed from its values",
            )
        p.add_argument("--dry-run", action="store_true", help="check the file and report, change nothing")
        p.add_argument(
            "--no-rules", action="store_true", help="the imported records trigger no automation rule"
        )
        add_db_option(p)
        p.set_defaults(func=run_records)
    from app.commands.calendar import register_import

    register_import(kinds)
    p = kinds.add_parser(
        "salesforce", help="import a whole Salesforce data export (folder or zip) with its links"
    )
    p.add_argument("export", type=Path, help="the export's folder or zip (User.csv, Account.csv ...)")
    p.add_argument(
        "--dry-run", action="store_true", help="show the plan: objects, rows, columns; change nothing"
    )
    p.add_argument(
        "--rejects",
        type=Path,
        metavar="DIR",
        help="forgiving: import the good rows of every object and write each object's refused rows,"
        " unchanged and with the reason, to DIR/<Object>.rejects.csv",
    )
    add_db_option(p)
    p.set_defaults(func=run_salesforce)
    from app.commands.crm_exports import register as register_crm_exports

    register_crm_exports(kinds)  # hubspot, pipedrive
    p = kinds.add_parser("undo", help="undo a finished import")
    p.add_argument("batch", help="the import id printed by the import")
    add_db_option(p)
    p.set_defaults(func=run_undo)


def _mapping(args: argparse.Namespace) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Columns and value translations from --mapping, --map and --value."""
    columns: dict[str, str] = {}
    values: dict[str, dict[str, str]] = {}
    if args.mapping:
        data = json.loads(args.mapping.read_text(encoding="utf-8"))
        columns.update(data.get("columns", {}))
        if data.get("pipeline") and hasattr(args, "pipeline") and not args.pipeline:
            args.pipeline = data["pipeline"]  # a saved wizard mapping's pipeline; --pipeline wins
        for name, table in data.get("values", {}).items():
            values.setdefault(name, {}).update(table)
    for item in args.map:
        name, sep, header = item.partition("=")
        if not sep:
            raise SystemExit(f"rapport import: --map wants FIELD=HEADER, not {item!r}")
        columns[name.strip()] = header.strip()
    for name, table in parse_values(args.value).items():
        values.setdefault(name, {}).update(table)
    return columns, values


def run_records(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.importing.mapping import known_headers
        from app.services.importing.rejects import write_rejects
        from app.services.importing.vcard import read_import_file

        if not args.file.is_file():
            raise SystemExit(f"rapport import: {args.file} does not exist")
        delimiter = "\t" if args.delimiter == "tab" else args.delimiter
        table = read_import_file(  # a vCard (by its content) or a CSV
            args.file,
            args.kind,
            encoding=args.encoding,
            delimiter=delimiter,
            known_headers=known_headers(args.kind),
        )
        given, values = _mapping(args)
        ctx = open_context(args)
        try:
            with _wait_for_other_writers():
                report, spec = _import(ctx, args, table, given, values)
        finally:
            ctx.close()
        if report is None:
            return 1
        verb = "would import" if report.dry_run else "imported"
        print(
            f"{verb} {report.created:,} new, {report.updated:,} updated,"
            + (f" {report.unchanged:,} matched unchanged," if report.unchanged else "")
            + f" {report.skipped:,} skipped"
            f" {args.kind} from {report.rows:,} rows"
        )
        for look_alike in report.likely[:50]:
            print(f"{args.file.name}: {look_alike}")
        if report.likely:
            what = "skipped" if spec.skip_likely else "imported anyway (--skip-likely-duplicates skips them)"
            print(f"{len(report.likely):,} row(s) look like existing {args.kind}: {what}")
        for note in report.review[:100]:
            print(f"{args.file.name}: {note} (check it)")
        if len(report.review) > 100:
            print(f"... and {len(report.review) - 100} more to check")
        if report.rejected:
            write_rejects(args.rejects, table.headers, report.rejected)
            print(f"{len(report.rejected):,} row(s) refused, written with the reason to {args.rejects}")
        if not report.dry_run:
            print(f"import id {report.batch_id} (undo: rapport import undo {report.batch_id})")
        return 0

    return guarded(action)


def _import(
    ctx: AppContext,
    args: argparse.Namespace,
    table: Table,
    given: dict[str, str],
    values: dict[str, dict[str, str]],
) -> tuple[RecordImportReport | None, RecordImportSpec]:
    """Map the file's columns (suggested, custom fields included, then as given), print what is read, and
    import: (report, spec), or (None, spec) after printing why the file was refused."""
    from app.services.core.errors import RapportError
    from app.services.importing.engine import MatchOn, OnMatch, RecordImportSpec
    from app.services.importing.mapping import FIELDS, suggest, suggest_custom

    columns = suggest(args.kind, table.headers)
    custom_entity = args.kind.removesuffix("s")
    try:
        custom = ctx.custom_fields.fields(custom_entity)
    except RapportError:  # a kind without custom fields
        custom, custom_entity = [], ""
    columns |= suggest_custom(table.headers, custom, [*columns.values(), *given.values()])
    if given:  # a mapped header is read once, for the field it was mapped to
        columns = {f: h for f, h in columns.items() if h not in given.values()} | given
    unknown = sorted(f for f in set(columns) - set(FIELDS[args.kind]) if not f.startswith("custom."))
    if unknown:
        known = ", ".join(FIELDS[args.kind])
        raise SystemExit(f"rapport import: unknown field(s) {', '.join(unknown)}; known: {known}")
    shown = "tab" if table.delimiter == "\t" else table.delimiter
    print(f"{args.file.name}: {table.encoding}, delimiter {shown!r}, {len(table.rows):,} rows")
    print("columns: " + ", ".join(f"{h} -> {f}" for f, h in columns.items()))
    made = _unmapped(ctx, args, table, columns, custom_entity)
    spec = RecordImportSpec(
        columns,
        MatchOn(args.match),
        OnMatch(args.on_match),
        args.dry_run,
        args.file.name,
        values,
        getattr(args, "pipeline", ""),
        args.currency.upper(),
        getattr(args, "create_missing", False),
        getattr(args, "skip_likely_duplicates", False),
        forgiving=args.rejects is not None,
        date_format=strftime_format(args.date_format),
    )
    try:
        if getattr(args, "no_rules", False):
            with ctx.automation.paused():
                return ctx.importer.run(args.kind, table, spec).value, spec
        return ctx.importer.run(args.kind, table, spec).value, spec
    except BaseException as exc:
        from app.services.core.errors import ValidationError

        if made:  # the fields made for this import go with it
            ctx.custom_fields.delete(made)
            ctx.custom_fields.purge(made)
        if not isinstance(exc, ValidationError):
            raise
        print_refusal(args, exc)
        return None, spec


def print_refusal(args: argparse.Namespace, exc: ValidationError) -> None:
    """The first 100 problems of a refused file, each with its row, column and reason."""
    for error in exc.errors[:100]:
        print(f"{args.file.name}: {error}")
    if len(exc.errors) > 100:
        print(f"... and {len(exc.errors) - 100} more")
    print(
        f"nothing imported: {len(exc.errors)} problem(s)"
        " (--rejects FILE imports the good rows and writes the refused ones to FILE)"
    )


def _unmapped(
    ctx: AppContext, args: argparse.Namespace, table: Table, columns: dict[str, str], custom_entity: str
) -> list[uuid.UUID]:
    """Report repeated headers and the columns not imported; with --keep-unmapped create a typed custom
    field for each (not in a dry run) and map it. Returns the ids of the fields made."""
    from app.services.core.custom_fields import FieldInput
    from app.services.importing.unmapped import duplicate_headers, kept_columns, unmapped_headers

    for header, count in duplicate_headers(table.headers).items():
        print(f"{args.file.name}: the header {header!r} names {count} columns: only the first is imported")
    unmapped = unmapped_headers(table.headers, columns)
    if not unmapped:
        return []
    if not (args.keep_unmapped and custom_entity):
        hint = " (--keep-unmapped keeps them as custom fields)" if custom_entity else ""
        print(f"not imported: {', '.join(unmapped)}{hint}")
        return []
    named = [h for h in unmapped if h in table.headers]
    kept = kept_columns(table.headers, [row for _n, row in table.rows], named)
    shown = ", ".join(f"{k.header} ({k.kind.value})" for k in kept)
    if args.dry_run:
        print(f"would keep as new custom fields: {shown}")
        return []
    made = []
    for k in kept:
        field = ctx.custom_fields.create(
            FieldInput(custom_entity, k.header, k.kind.value, choices=k.choices)
        ).value
        columns[f"custom.{field.key}"] = k.header
        made.append(field.id)
    print(f"kept as new custom fields: {shown}")
    return made


def run_salesforce(args: argparse.Namespace) -> int:
    """Import the whole export in one transaction and one undo step (see importing.vendor_export)."""

    def action() -> int:
        from app.services.importing import vendor_export
        from app.services.importing.salesforce import SALESFORCE

        return run_vendor_export(args, SALESFORCE, vendor_export)

    return guarded(action)


def run_vendor_export(args: argparse.Namespace, vendor: Any, vendor_export: Any) -> int:
    """Print the plan, then (unless a dry run) import every object and print what came in and what not:
    any vendor's whole export (Salesforce, HubSpot, Pipedrive ...) goes through here."""
    from app.services.core.errors import ValidationError
    from app.services.importing.rejects import write_rejects

    tables = vendor_export.read_export(vendor, args.export)
    plan = vendor_export.plan(vendor, tables)
    for step in plan.steps:
        read = ", ".join(f"{h} -> {f}" for f, h in step.columns.items())
        print(f"{step.obj}: {step.rows:,} rows -> {step.kind}" + (f"; columns: {read}" if read else ""))
        if step.unmapped:
            print(f"  not imported: {', '.join(step.unmapped)}")
    for left in plan.not_imported:
        print(f"{left.obj}: {left.rows:,} rows {left.reason}")
    if args.dry_run:
        return 0
    if args.rejects is not None:
        args.rejects.mkdir(parents=True, exist_ok=True)
    ctx = open_context(args)
    try:
        with _wait_for_other_writers():
            report = vendor_export.import_export(
                ctx.uow, vendor, tables, args.export.name, args.rejects is not None
            ).value
    except ValidationError as exc:
        args.file = Path(args.export.name)
        print_refusal(args, exc)
        print("nothing imported: the whole export is one import (--rejects DIR imports the good rows)")
        return 1
    finally:
        ctx.close()
    print(f"{vendor.name} export imported:")
    for result in report.steps:
        counts = f"{result.created:,} new, {result.updated:,} updated, {result.unchanged:,} unchanged"
        print(f"  {result.obj}: {result.note or counts}")
        for note in result.review[:20]:
            print(f"    {result.obj}.csv: {note} (check it)")
        if len(result.review) > 20:
            print(f"    ... and {len(result.review) - 20} more to check")
        if result.rejected:
            target = args.rejects / f"{result.obj}.rejects.csv"
            write_rejects(target, tables[result.obj].headers, result.rejected)
            print(f"    {len(result.rejected):,} row(s) refused, written with the reason to {target}")
    for left in report.not_imported:
        print(f"  {left.obj}: {left.rows:,} rows {left.reason}")
    print(f"import id {report.batch_id} (undo the whole export: rapport import undo {report.batch_id})")
    return 0


def run_undo(args: argparse.Namespace) -> int:
    def action() -> int:
        import uuid

        ctx = open_context(args)
        try:  # a whole CRM export's batch undoes all its objects at once (importing.export_undo)
            count = ctx.importer.undo(uuid.UUID(args.batch)).value
        finally:
            ctx.close()
        print(f"import undone ({count:,} records)")
        return 0

    return guarded(action)
