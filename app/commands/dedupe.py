"""`rapport dedupe ENTITY [--threshold T] [-o pairs.csv]`: scored candidate duplicate pairs for scripts."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("dedupe", help="list likely duplicate contacts, accounts or leads with their scores")
    p.add_argument("entity", choices=["contacts", "accounts", "leads"])
    p.add_argument("--threshold", type=float, default=80.0, help="lowest score reported, 0-100 (default 80)")
    p.add_argument("-o", "--output", type=Path, help="write the pairs as CSV here (default: standard output)")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            pairs = ctx.dedupe.find(args.entity.rstrip("s"), args.threshold)
        finally:
            ctx.close()
        handle = args.output.open("w", newline="", encoding="utf-8") if args.output else sys.stdout
        try:
            out = csv.writer(handle)
            out.writerow(["id_a", "id_b", "score", "matched", "name_a", "name_b"])
            for p in pairs:
                out.writerow([p.id_a, p.id_b, f"{p.score:.1f}", " ".join(p.matched), p.name_a, p.name_b])
        finally:
            if args.output:
                handle.close()
        if args.output:
            print(f"{len(pairs):,} candidate pairs written to {args.output}")
        return 0

    return guarded(action)
