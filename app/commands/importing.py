"""`rapport import ENTITY FILE`: headless CSV import with a column mapping from a file or flags.

Contacts and accounts go through record_import (detection, matching, undo); deals and leads through
csv_import. Both print the validation report and exit 1 when the file is refused.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "import", help="import deals, leads, contacts or accounts (CSV) or activities (.ics)"
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, what in (("deals", "deals (account, owner and stage resolved by name)"), ("leads", "leads")):
        p = kinds.add_parser(kind, help=f"import {what}")
        p.add_argument("file", type=Path, help="CSV file with a header row (UTF-8)")
        p.add_argument(
            "--mapping", type=Path, help='JSON file: {"columns": {field: header}, "values": {...}}'
        )
        p.add_argument(
            "--map", action="append", default=[], metavar="FIELD=HEADER", help="read FIELD from column HEADER"
        )
        p.add_argument(
            "--value",
            action="append",
            default=[],
            metavar="FIELD:FROM=TO",
            help="translate a value, e.g. 'stage:Closed Won=Won'",
        )
        p.add_argument(
            "--create-missing", action="store_true", help="create unknown accounts, owners, stages"
        )
        p.add_argument("--pipeline", default="", help="pipeline name (default: the default pipeline)")
        p.add_argument("--currency", default="EUR", help="currency of amounts without one (default EUR)")
        p.add_argument("--dry-run", action="store_true", help="check the file and report, change nothing")
        add_db_option(p)
        p.set_defaults(func=run)
    for kind in ("contacts", "accounts"):
        p = kinds.add_parser(kind, help=f"import {kind} (columns suggested from common CRM exports)")
        p.add_argument("file", type=Path, help="CSV/TSV file; encoding, delimiter and header are detected")
        p.add_argument("--mapping", type=Path, help='JSON file: {"columns": {field: header}}')
        p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER")
        p.add_argument(
            "--match",
            default="email",
            choices=["email", "name_company", "external_id", "none"],
            help="what identifies an existing record (default email)",
        )
        p.add_argument("--on-match", default="update", choices=["update", "skip", "create"])
        p.add_argument(
            "--encoding", default="", help="override the detected encoding (utf-8, utf-16, cp1252)"
        )
        p.add_argument("--delimiter", default="", help="override the detected delimiter (',' ';' 'tab' '|')")
        p.add_argument("--dry-run", action="store_true", help="check the file and report, change nothing")
        add_db_option(p)
        p.set_defaults(func=run_records)
    from app.commands.calendar import register_import

    register_import(kinds)
    p = kinds.add_parser("undo", help="undo a finished import of contacts or accounts")
    p.add_argument("batch", help="the import id printed by the import")
    add_db_option(p)
    p.set_defaults(func=run_undo)


def spec_from(args: argparse.Namespace) -> Any:
    from app.services.csv_import import ImportSpec

    columns: dict[str, str] = {}
    values: dict[str, dict[str, str]] = {}
    if args.mapping:
        data = json.loads(args.mapping.read_text(encoding="utf-8"))
        columns.update(data.get("columns", {}))
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
    return ImportSpec(
        columns, values, args.create_missing, args.pipeline, args.currency.upper(), args.dry_run
    )


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.csv_import import DEAL_FIELDS, LEAD_FIELDS, ImportService, read_csv
        from app.services.errors import ValidationError

        spec = spec_from(args)
        known = DEAL_FIELDS if args.kind == "deals" else LEAD_FIELDS
        unknown = sorted(set(spec.columns) - set(known))
        if unknown:
            raise SystemExit(
                f"rapport import: unknown field(s) {', '.join(unknown)}; known: {', '.join(known)}"
            )
        if not args.file.is_file():
            raise SystemExit(f"rapport import: {args.file} does not exist")
        rows = read_csv(args.file)
        ctx = open_context(args)
        try:
            service = ImportService(ctx.uow)
            try:
                report = (service.deals if args.kind == "deals" else service.leads)(rows, spec).value
            except ValidationError as exc:
                for error in exc.errors[:50]:
                    print(f"{args.file.name}: {error}")
                print(f"nothing imported: {len(exc.errors)} problem(s)")
                return 1
        finally:
            ctx.close()
        verb = "would import" if report.dry_run else "imported"
        print(f"{verb} {report.created:,} {args.kind} from {report.rows:,} rows")
        for what, names in (
            ("accounts", report.created_accounts),
            ("users", report.created_users),
            ("stages", report.created_stages),
        ):
            if names:
                print(
                    f"created {len(names)} {what}: {', '.join(names[:10])}{' …' if len(names) > 10 else ''}"
                )
        return 0

    return guarded(action)


def run_records(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.csv_read import read_table
        from app.services.errors import ValidationError
        from app.services.import_mapping import FIELDS, known_headers, suggest
        from app.services.record_import import MatchOn, OnMatch, RecordImportService, RecordImportSpec

        if not args.file.is_file():
            raise SystemExit(f"rapport import: {args.file} does not exist")
        delimiter = "\t" if args.delimiter == "tab" else args.delimiter
        table = read_table(
            args.file, encoding=args.encoding, delimiter=delimiter, known_headers=known_headers(args.kind)
        )
        columns = suggest(args.kind, table.headers)
        if args.mapping:
            columns.update(json.loads(args.mapping.read_text(encoding="utf-8")).get("columns", {}))
        for item in args.map:
            name, sep, header = item.partition("=")
            if not sep:
                raise SystemExit(f"rapport import: --map wants FIELD=HEADER, not {item!r}")
            columns[name.strip()] = header.strip()
        unknown = sorted(set(columns) - set(FIELDS[args.kind]))
        if unknown:
            known = ", ".join(FIELDS[args.kind])
            raise SystemExit(f"rapport import: unknown field(s) {', '.join(unknown)}; known: {known}")
        shown = "tab" if table.delimiter == "\t" else table.delimiter
        print(f"{args.file.name}: {table.encoding}, delimiter {shown!r}, {len(table.rows):,} rows")
        print("columns: " + ", ".join(f"{h} -> {f}" for f, h in columns.items()))
        spec = RecordImportSpec(
            columns, MatchOn(args.match), OnMatch(args.on_match), args.dry_run, args.file.name
        )
        ctx = open_context(args)
        try:
            try:
                report = RecordImportService(ctx.uow).run(args.kind, table, spec).value
            except ValidationError as exc:
                for error in exc.errors[:100]:
                    print(f"{args.file.name}: {error}")
                if len(exc.errors) > 100:
                    print(f"... and {len(exc.errors) - 100} more")
                print(f"nothing imported: {len(exc.errors)} problem(s)")
                return 1
        finally:
            ctx.close()
        verb = "would import" if report.dry_run else "imported"
        print(
            f"{verb} {report.created:,} new, {report.updated:,} updated, {report.skipped:,} skipped"
            f" {args.kind} from {report.rows:,} rows"
        )
        if not report.dry_run:
            print(f"import id {report.batch_id} (undo: rapport import undo {report.batch_id})")
        return 0

    return guarded(action)


def run_undo(args: argparse.Namespace) -> int:
    def action() -> int:
        import uuid

        from app.services.record_import import RecordImportService

        ctx = open_context(args)
        try:
            count = RecordImportService(ctx.uow).undo(uuid.UUID(args.batch)).value
        finally:
            ctx.close()
        print(f"import undone ({count:,} records)")
        return 0

    return guarded(action)
