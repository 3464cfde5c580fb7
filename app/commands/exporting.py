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
    p.add_argument("--segment", default="", help="only the members of this saved segment (by name)")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.core.custom_fields import ENTITY_TYPES
        from app.services.core.listing import ListQuery
        from app.services.importing.export import list_rows, record_columns, write_table
        from app.services.importing.vcard import write_vcards

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
            segment_id = None
            if args.segment:
                segment_id = ctx.segments.find(args.segment, args.entity.removesuffix("s")).id
            query = ListQuery(search=args.search, sort=args.sort, segment_id=segment_id)
            rows = list_rows(service, query)
            if fmt == "vcf":
                count = write_vcards(args.output, rows, ctx.contacts.notes_of)
            else:
                first = next(rows, None)
                entity = args.entity.removesuffix("s")
                defs = ctx.custom_fields.fields(entity) if entity in ENTITY_TYPES else []
                names, cells = record_columns(first, defs)

                def all_rows():  # type: ignore[no-untyped-def]
                    if first is not None:
                        yield first
                    yield from rows

                count = write_table(args.output, fmt, names, all_rows(), cells)
        finally:
            ctx.close()
        print(f"exported {count:,} {args.entity} to {args.output}")
        return 0

    return guarded(action)
