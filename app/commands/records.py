"""`rapport account list` and `rapport contact list`: the list page as text, one record a line
(name, owner, city, country; tab-separated), only what the signed-in user may see."""

from __future__ import annotations

import argparse

from app.commands.common import add_db_option, guarded, open_context

KINDS = {"account": "accounts", "contact": "contacts"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for kind, service in KINDS.items():
        p = sub.add_parser(kind, help=f"{kind} records: `rapport {kind} list`")
        actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
        listing = actions.add_parser("list", help=f"print the {service} you can see")
        listing.add_argument("--search", default="", help="only those this search finds")
        listing.add_argument("--sort", default="", help="a sort key of the list (name, city, updated ...)")
        listing.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")
        add_db_option(listing)
        listing.set_defaults(func=run, service=service)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.core.listing import ListQuery
        from app.services.importing.export import list_rows

        ctx = open_context(args)
        try:
            query = ListQuery(search=args.search, sort=args.sort)
            service = getattr(ctx, args.service)
            for count, row in enumerate(list_rows(service, query), start=1):
                print("\t".join(_cells(row)))
                if args.limit and count >= args.limit:
                    break
        finally:
            ctx.close()
        return 0

    return guarded(action)


def _cells(row: object) -> list[str]:
    name = getattr(row, "name", None)
    if name is None:
        name = f"{getattr(row, 'first_name', '')} {getattr(row, 'last_name', '')}".strip()
    return [str(name), str(getattr(row, "owner", "")), str(getattr(row, "city", "")), str(row.country)]  # type: ignore[attr-defined]
