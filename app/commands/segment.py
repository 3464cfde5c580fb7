"""`rapport segment list [--entity E]`: saved segments with live counts; `rapport segment index NAME`;
`rapport segment drop-orphan-indexes`."""

from __future__ import annotations

import argparse

from app.commands.common import add_db_option, guarded, open_context

ENTITIES = ("contact", "account", "lead")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("segment", help="list saved segments and how many records each holds")
    actions = parser.add_subparsers(dest="segment_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="name, entity and live count of every segment")
    listing.add_argument("--entity", choices=ENTITIES, default=None, help="only segments of this entity")
    add_db_option(listing)
    listing.set_defaults(func=run_list)
    index = actions.add_parser(
        "index", help="build a covering index for a segment (its 'is' conditions, then the list's order)"
    )
    index.add_argument("name", help="the segment's name")
    index.add_argument("--entity", choices=ENTITIES, default=None)
    add_db_option(index)
    index.set_defaults(func=run_index)
    orphans = actions.add_parser(
        "drop-orphan-indexes", help="drop covering indexes whose segment was deleted for good"
    )
    add_db_option(orphans)
    orphans.set_defaults(func=run_drop_orphans)


def run_list(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            segments = ctx.segments.list(args.entity)
            rows = [(s.name, s.entity_type, ctx.segments.member_count(s.id)) for s in segments]
        finally:
            ctx.close()
        width = max([len(name) for name, _, _ in rows] + [7])
        print(f"{'Segment':<{width}}  {'Entity':<8}  {'Count':>10}")
        for name, entity, count in rows:
            print(f"{name:<{width}}  {entity:<8}  {count:>10,}")
        return 0

    return guarded(action)


def run_index(args: argparse.Namespace) -> int:
    def action() -> int:
        import time

        ctx = open_context(args)
        try:
            segment = ctx.segments.find(args.name, args.entity)
            started = time.perf_counter()
            name = ctx.segments.create_index(segment.id)
        finally:
            ctx.close()
        print(f"index {name} ready in {time.perf_counter() - started:.1f} s")
        return 0

    return guarded(action)


def run_drop_orphans(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            dropped = ctx.segments.orphan_indexes(drop=True)
        finally:
            ctx.close()
        for name in dropped:
            print(f"dropped {name}")
        print(f"{len(dropped)} orphan segment index(es) dropped")
        return 0

    return guarded(action)
