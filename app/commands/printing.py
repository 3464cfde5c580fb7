"""`rapport print labels|envelopes|list ...`: mailing labels, envelopes and lists as PDF, from the same
search, segment and sort as the list pages."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_db_option, guarded, open_context

DEFAULT_COLUMNS = {
    "contacts": "first_name,last_name,company,email,phone,city,country",
    "accounts": "name,industry,phone,email,city,country,owner",
    "leads": "name,company,email,status,score,source,owner",
    "products": "sku,name,unit_price,currency,active",
    "documents": "number,doc_type,status,account_name,issued_on,total,currency",
    "activities": "subject,kind,due_at,owner,done",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("print", help="print mailing labels, envelopes or a list to PDF")
    kinds = p.add_subparsers(dest="what", required=True)
    labels = kinds.add_parser(
        "labels", help="mailing labels on a label sheet (Avery L7160, L7163, 5160, 5163)"
    )
    labels.add_argument("--sheet", default="L7160", help="the label sheet (default L7160)")
    labels.add_argument("--skip", type=int, default=0, help="labels already used on the first sheet")
    labels.add_argument("--outlines", action="store_true", help="draw the labels' edges (a test print)")
    envelopes = kinds.add_parser("envelopes", help="addresses printed on envelopes (DL, C5, C6, 10)")
    envelopes.add_argument("--size", default="DL", help="the envelope (default DL)")
    letters = kinds.add_parser("letters", help="mail-merge letters for a window envelope, from a template")
    letters.add_argument("--subject", required=True, help="the subject line; merge fields allowed")
    letters.add_argument("--body-file", type=Path, required=True, help="the letter's text with merge fields")
    table = kinds.add_parser("list", help="a list as a table with page numbers")
    table.add_argument(
        "--columns", default="", help="comma-separated fields (default: the usual list columns)"
    )
    calls = kinds.add_parser(
        "call-sheet", help="a salesperson's calls and meetings of a day, with their numbers"
    )
    calls.add_argument("--user", default="", help="whose sheet, by name or email (default: you)")
    calls.add_argument("--date", default="", help="the day, YYYY-MM-DD (default: today)")
    calls.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    add_db_option(calls)
    calls.set_defaults(func=run_call_sheet)
    for q, entities in (
        (labels, ("contacts", "accounts")),
        (envelopes, ("contacts", "accounts")),
        (letters, ("contacts", "accounts")),
        (table, tuple(DEFAULT_COLUMNS)),
    ):
        q.add_argument("entity", choices=entities)
        q.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
        q.add_argument("--search", default="", help="only the records this search finds")
        q.add_argument("--sort", default="", help="a sort key of the list (name, city, updated ...)")
        q.add_argument("--segment", default="", help="only the members of this saved segment (by name)")
        add_db_option(q)
        q.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.core.listing import ListQuery
        from app.services.importing.export import list_rows

        ctx = open_context(args)
        try:
            segment_id = None
            if args.segment:
                segment_id = ctx.segments.find(args.segment, args.entity.removesuffix("s")).id
            rows = list_rows(
                getattr(ctx, args.entity),
                ListQuery(search=args.search, sort=args.sort, segment_id=segment_id),
            )
            if args.what == "list":
                data, summary = _table(args, rows)
            elif args.what == "letters":
                data, summary = _letters(args, ctx, rows)
            else:
                company = ctx.company.get()
                lookup = ctx.contacts.company_addresses if args.entity == "contacts" else None
                sender = (company.name, *company.address.splitlines())
                data, summary = _addresses(args, rows, company.country, sender, lookup)
        finally:
            ctx.close()
        args.output.write_bytes(data)
        print(f"printed {summary} to {args.output}")
        return 0

    return guarded(action)


def _addresses(args, rows, home_country, sender, lookup) -> tuple[bytes, str]:  # type: ignore[no-untyped-def]
    from app.services.printing import labels_pdf, sheets
    from app.services.printing.addresses import recipients

    found = recipients(rows, home_country, lookup)
    if not found.blocks:
        raise SystemExit(
            f"rapport print: nothing to print: {found.summary(args.entity, args.entity.removesuffix('s'))}"
        )
    if args.what == "labels":
        sheet = sheets.sheet(args.sheet)
        data = labels_pdf.render_labels(found.blocks, sheet, args.skip, args.outlines)
        pages = -(-(len(found.blocks) + args.skip) // sheet.per_sheet)
        return (
            data,
            f"{found.summary(args.entity, args.entity.removesuffix('s'))} on {pages} sheet{'s' * (pages != 1)} of {sheet.code}",
        )
    size = sheets.envelope(args.size)
    return labels_pdf.render_envelopes(
        found.blocks, size, sender
    ), f"{found.summary(args.entity, args.entity.removesuffix('s'))} on {size.code} envelopes"


def _table(args: argparse.Namespace, rows) -> tuple[bytes, str]:  # type: ignore[no-untyped-def]
    from app.services.importing.export import row_cells
    from app.services.printing.table_pdf import render_table

    names = [n.strip() for n in (args.columns or DEFAULT_COLUMNS[args.entity]).split(",") if n.strip()]
    first = next(rows, None)
    if first is not None:
        unknown = [n for n in names if not hasattr(first, n)]
        if unknown:
            raise SystemExit(f"rapport print: {args.entity} have no column {', '.join(unknown)}")
    count = 0

    def cells():  # type: ignore[no-untyped-def]
        nonlocal count
        for row in ([first] if first is not None else []) + list(rows):
            count += 1
            yield row_cells(row, names)

    what = ", ".join(
        x
        for x in (
            f"search '{args.search}'" if args.search else "",
            f"segment {args.segment}" if args.segment else "",
        )
        if x
    )
    title = args.entity.capitalize()
    data = render_table(
        title, what or f"all {args.entity}", [n.replace("_", " ").capitalize() for n in names], cells()
    )
    return data, f"{count:,} {args.entity}"


def run_call_sheet(args: argparse.Namespace) -> int:
    def action() -> int:
        from datetime import date

        from app.services.scheduling.tasks import local_zone

        try:
            day = date.fromisoformat(args.date) if args.date else date.today()
        except ValueError:
            raise SystemExit(f"rapport print: --date: {args.date!r} is not a date (use YYYY-MM-DD)") from None
        ctx = open_context(args)
        try:
            users = ctx.lookups.users()
            wanted = args.user.strip().lower()
            if wanted:
                matches = [u for u in users if wanted in (u.name.lower(), u.email.lower())]
                if not matches:
                    known = ", ".join(u.name for u in users[:10])
                    raise SystemExit(f"rapport print: no user {args.user!r} (users: {known})")
                owner = matches[0]
            elif ctx.current_user is not None:
                owner = ctx.current_user
            else:
                raise SystemExit("rapport print: say whose call sheet with --user")
            sheet = ctx.call_sheets.for_day(owner.id, day, local_zone())
            from app.services.scheduling.call_sheet_pdf import render

            data = render(sheet)
        finally:
            ctx.close()
        args.output.write_bytes(data)
        print(
            f"printed the call sheet of {owner.name} for {day:%Y-%m-%d} ({len(sheet.items)} to do) to {args.output}"
        )
        return 0

    return guarded(action)


def _letters(args: argparse.Namespace, ctx, rows) -> tuple[bytes, str]:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.services.printing import letters, letters_pdf

    try:
        body = args.body_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"rapport print: cannot read {args.body_file}: {exc}") from None
    subject, text = letters.templates(args.subject, body)
    company = ctx.company.get()
    me = ctx.current_user
    lookup = ctx.contacts.company_addresses if args.entity == "contacts" else None
    today = date.today()
    run = letters.merge(
        rows,
        subject,
        text,
        (me.name, me.email) if me else ("", ""),
        (company.name, company.phone, company.email),
        company.country,
        today,
        lookup,
    )
    if run.missing:
        lines = [f"  {p.recipient}: {p.field}" for p in run.missing[:10]]
        more = f"\n  … and {len(run.missing) - 10:,} more" if len(run.missing) > 10 else ""
        raise SystemExit(
            f"rapport print: {len(run.missing):,} letters would print a field with no value; nothing printed:\n"
            + "\n".join(lines)
            + more
            + "\n(fill the values, or wrap the field in {% if … %} … {% endif %} in the template)"
        )
    if not run.letters:
        raise SystemExit("rapport print: no letters to print: nobody in the list has a postal address")
    data = letters_pdf.render(run.letters, (company.name, *company.address.splitlines()), today)
    skipped = f"; {len(run.without_address):,} left out with no postal address" if run.without_address else ""
    return data, f"{len(run.letters):,} letters{skipped}"
