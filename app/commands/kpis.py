"""`rapport kpis [--from DATE --to DATE] [--owner NAME]... [--pipeline NAME] [--currency CODE] [--json]`."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.commands.common import add_db_option, guarded, open_context

if TYPE_CHECKING:
    from app.services.metrics.service import Kpis


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("kpis", help="print every KPI (see docs/metrics.md) for a period")
    parser.add_argument(
        "--from", dest="start", type=date.fromisoformat, help="first day (default: a year ago)"
    )
    parser.add_argument(
        "--to", dest="end", type=date.fromisoformat, help="last day, included (default: today)"
    )
    parser.add_argument("--owner", action="append", default=[], help="owner's name; repeat for a team")
    parser.add_argument("--pipeline", default="", help="pipeline name (default: all pipelines)")
    parser.add_argument("--currency", default="", help="currency (default: the one most deals use)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.core.errors import FieldError, ValidationError
        from app.services.metrics.service import Period, Scope, as_dict

        end = (args.end or date.today()) + timedelta(days=1)
        start = args.start or end - timedelta(days=365)
        if start > end:
            raise ValidationError(FieldError("from", "the period ends before it starts"))
        ctx = open_context(args)
        try:
            users = {u.name.casefold(): u.id for u in ctx.lookups.users()}
            unknown = [n for n in args.owner if n.casefold() not in users]
            if unknown:
                raise ValidationError(FieldError("owner", f"no user named {', '.join(unknown)}"))
            pipelines = {p.name.casefold(): p.id for p in ctx.deals.pipelines()}
            if args.pipeline and args.pipeline.casefold() not in pipelines:
                raise ValidationError(FieldError("pipeline", f"no pipeline named {args.pipeline}"))
            currency = args.currency.upper() or next(iter(ctx.metrics.currencies()), "EUR")
            scope = Scope(
                Period(start, end),
                tuple(users[n.casefold()] for n in args.owner),
                pipelines.get(args.pipeline.casefold()) if args.pipeline else None,
                currency,
            )
            kpis = ctx.metrics.kpis(scope)
        finally:
            ctx.close()
        data = as_dict(kpis)
        data["scope"] = {
            "from": start.isoformat(),
            "to": (end - timedelta(days=1)).isoformat(),
            "owners": args.owner,
            "pipeline": args.pipeline or None,
            "currency": currency,
        }
        if args.json:
            print(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            _print_text(kpis)
        return 0

    return guarded(action)


def _print_text(kpis: Kpis) -> None:
    from app.services.metrics.report import tiles

    for tile in tiles(kpis):
        change = f"  ({tile.change} vs previous period)" if tile.change else ""
        print(f"{tile.label:<28} {tile.value:>18}{change}")
