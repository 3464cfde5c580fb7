"""`rapport import deals|leads FILE`: headless CSV import with a column mapping from a file or flags."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("import", help="import deals or leads from a CSV file")
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
