"""`rapport standardise ENTITY [--dry-run]`: print the standardisation changes and apply them."""

from __future__ import annotations

import argparse

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "standardise",
        aliases=["standardise"],
        help="consistent case for names and cities, E.164 phones, lower-case emails, ISO countries",
    )
    p.add_argument("entity", choices=["contacts", "accounts", "leads"])
    p.add_argument("--dry-run", action="store_true", help="print the changes, change nothing")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        entity = args.entity.rstrip("s")
        ctx = open_context(args)
        try:
            service = ctx.standardise
            changes = service.propose(entity)
            for c in changes:
                print(f"{c.label}: {c.field} {c.before!r} -> {c.after!r}")
            records = len({c.record_id for c in changes})
            if args.dry_run:
                print(
                    f"{len(changes):,} change(s) to {records:,} {entity}(s) proposed (dry run: nothing changed)"
                )
                return 0
            done = service.apply(changes).value if changes else 0
        finally:
            ctx.close()
        print(f"{done:,} {entity}(s) standardised")
        return 0

    return guarded(action)
