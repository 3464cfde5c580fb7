"""`rapport export ENTITY --format csv|xlsx|vcf -o FILE`: a list, as the list page would show it."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_db_option, guarded, open_context

ENTITIES = ("contacts", "accounts", "leads", "products", "documents", "activities")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="export contacts, accounts, leads, products, documents or activities")
    p.add_argument("entity", choices=ENTITIES)
    p.add_argument(
        "--format", choices=["csv", "xlsx", "vcf", "ics"], default="", help="default: from the file name"
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    p.add_argument("--search", default="", help="only the records this search finds")
    p.add_argument("--sort", default="", help="a sort key of the list (name, email, city, updated ...)")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from dataclasses import fields

        from app.services.export import list_rows, row_cells, write_table
        from app.services.listing import ListQuery
        from app.services.vcard import write_vcards

        fmt = args.format or args.output.suffix.lstrip(".").lower()
        if fmt == "ics":
            if args.entity != "activities":
                raise SystemExit("rapport export: iCalendar export is for activities")
            from app.commands.calendar import export_ics

            return export_ics(args)
        if fmt not in ("csv", "xlsx", "vcf"):
            raise SystemExit("rapport export: say --format csv, xlsx, vcf or ics")
        if fmt == "vcf" and args.entity != "contacts":
            raise SystemExit("rapport export: vCard export is for contacts")
        ctx = open_context(args)
        try:
            service = getattr(ctx, args.entity)
            rows = list_rows(service, ListQuery(search=args.search, sort=args.sort))
            if fmt == "vcf":
                count = write_vcards(args.output, rows)
            else:
                first = next(rows, None)
                names = [f.name for f in fields(first) if f.name != "deleted_at"] if first else ["id"]

                def all_rows():  # type: ignore[no-untyped-def]
                    if first is not None:
                        yield first
                    yield from rows

                count = write_table(args.output, fmt, names, all_rows(), lambda r: row_cells(r, names))
        finally:
            ctx.close()
        print(f"exported {count:,} {args.entity} to {args.output}")
        return 0

    return guarded(action)
