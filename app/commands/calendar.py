"""The iCalendar halves of `rapport export activities --format ics` and `rapport import activities FILE.ics`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_db_option, guarded, open_context


def register_import(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = kinds.add_parser("activities", help="import events and to-dos from an iCalendar (.ics) file")
    p.add_argument("file", type=Path, help=".ics file from Outlook, Google Calendar, Apple Calendar ...")
    p.add_argument("--timezone", default="", help="zone for floating and all-day times (default: local)")
    add_db_option(p)
    p.set_defaults(func=run_import)


def _zone(name: str):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from app.services.scheduling.tasks import local_zone

    return ZoneInfo(name) if name else local_zone()


def run_import(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.scheduling.ical_read import decode

        text = decode(args.file.read_bytes())
        ctx = open_context(args)
        try:
            owner = ctx.current_user.id if ctx.current_user else None
            result = ctx.calendar.import_text(text, _zone(args.timezone), owner).value
        finally:
            ctx.close()
        print(f"imported {args.file}: {result.summary()}")
        return 0

    return guarded(action)


def export_ics(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            text = ctx.calendar.export_text(local=_zone(getattr(args, "timezone", "")))
        finally:
            ctx.close()
        args.output.write_text(text, encoding="utf-8", newline="")
        count = text.count("BEGIN:VEVENT") + text.count("BEGIN:VTODO")
        print(f"exported {count:,} tasks and meetings to {args.output}")
        return 0

    return guarded(action)
