"""`rapport import ENTITY FILE`: headless import of contacts, accounts, leads, deals and products.

Every kind goes through the import engine (services/importing) (detection, suggested mapping, matching, dry run, undo); the
validation report is printed and the command exits 1 when the file is refused.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import add_db_option, guarded, open_context

if TYPE_CHECKING:
    from app.context import AppContext
    from app.services.importing.csv_read import Table
    from app.services.importing.engine import RecordImportReport, RecordImportSpec


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "import", help="import contacts, accounts, leads, deals or products (CSV) or activities (.ics)"
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, match in (
        ("contacts", "email"),
        ("accounts", "email"),
        ("leads", "email"),
        ("deals", "none"),
        ("products", "sku"),
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
        if kind == "deals":
            p.add_argument("--pipeline", default="", help="pipeline name (default: the default pipeline)")
            p.add_argument("--currency", default="EUR", help="currency of amounts without one (default EUR)")
        if kind in ("deals", "leads"):
            p.add_argument(
                "--create-missing",
                action="store_true",
                help="an unknown owner becomes you instead of refusing the row",
            )
        if kind in ("contacts", "accounts", "leads"):
            p.add_argument(
                "--skip-likely-duplicates",
                action="store_true",
                help="skip new rows that look like an existing record (they are listed either way)",
            )
        p.add_argument("--dry-run", action="store_true", help="check the file and report, change nothing")
        add_db_option(p)
        p.set_defaults(func=run_records)
    from app.commands.calendar import register_import

    register_import(kinds)
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
    for item in args.value:
        name, sep, rest = item.partition(":")
        source, sep2, target = rest.partition("=")
        if not (sep and sep2):
            raise SystemExit(f"rapport import: --value wants FIELD:FROM=TO, not {item!r}")
        values.setdefault(name.strip(), {})[source.strip()] = target.strip()
    return columns, values


def run_records(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.importing.mapping import known_headers
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
            report, spec = _import(ctx, args, table, given, values)
        finally:
            ctx.close()
        if report is None:
            return 1
        verb = "would import" if report.dry_run else "imported"
        print(
            f"{verb} {report.created:,} new, {report.updated:,} updated, {report.skipped:,} skipped"
            f" {args.kind} from {report.rows:,} rows"
        )
        for look_alike in report.likely[:50]:
            print(f"{args.file.name}: {look_alike}")
        if report.likely:
            what = "skipped" if spec.skip_likely else "imported anyway (--skip-likely-duplicates skips them)"
            print(f"{len(report.likely):,} row(s) look like existing {args.kind}: {what}")
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
    from app.services.core.errors import RapportError, ValidationError
    from app.services.importing.engine import MatchOn, OnMatch, RecordImportSpec
    from app.services.importing.mapping import FIELDS, suggest, suggest_custom

    columns = suggest(args.kind, table.headers)
    try:
        custom = ctx.custom_fields.fields(args.kind.removesuffix("s"))
    except RapportError:  # a kind without custom fields
        custom = []
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
    spec = RecordImportSpec(
        columns,
        MatchOn(args.match),
        OnMatch(args.on_match),
        args.dry_run,
        args.file.name,
        values,
        getattr(args, "pipeline", ""),
        getattr(args, "currency", "EUR").upper(),
        getattr(args, "create_missing", False),
        getattr(args, "skip_likely_duplicates", False),
    )
    try:
        return ctx.importer.run(args.kind, table, spec).value, spec
    except ValidationError as exc:
        for error in exc.errors[:100]:
            print(f"{args.file.name}: {error}")
        if len(exc.errors) > 100:
            print(f"... and {len(exc.errors) - 100} more")
        print(f"nothing imported: {len(exc.errors)} problem(s)")
        return None, spec


def run_undo(args: argparse.Namespace) -> int:
    def action() -> int:
        import uuid

        ctx = open_context(args)
        try:
            count = ctx.importer.undo(uuid.UUID(args.batch)).value
        finally:
            ctx.close()
        print(f"import undone ({count:,} records)")
        return 0

    return guarded(action)
