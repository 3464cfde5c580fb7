"""`rapport demo`: create a database filled with deterministic demo data."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import guarded
from app.config import demo_db_path, resolve_settings

if TYPE_CHECKING:
    from app.services.demo.dataset import DemoSummary


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("demo", help="create a demo database (small, large or N contacts)")
    parser.add_argument(
        "--size", default="small", help="small (3,000 contacts), large (1,000,000) or a number"
    )
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, help="where to create it (default: the demo database)"
    )
    parser.add_argument("--force", action="store_true", help="replace an existing database file")
    parser.add_argument("--seed", type=int, default=None, help="random seed (same seed, same data)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = getattr(args, "db", None) or str(demo_db_path())
    return guarded(lambda: _report(create_demo(target, args.size, args.force, args.seed)))


def _report(summary: DemoSummary) -> int:
    print(
        f"{summary.accounts:,} accounts, {summary.contacts:,} contacts, {summary.deals:,} deals, "
        f"{summary.activities:,} activities, {summary.leads:,} leads, {summary.documents:,} documents, "
        f"{summary.users} users"
    )
    return 0


def create_demo(target: str, size: str, replace: bool, seed: int | None = None) -> DemoSummary:
    from app.context import AppContext
    from app.services.demo import dataset

    try:
        dataset.contacts_for(size)
    except ValueError as exc:
        raise SystemExit(f"rapport demo: {exc}") from None
    if "://" not in target:
        path = Path(target)
        if path.exists():
            if not replace:
                raise SystemExit(f"rapport demo: {path} already exists; add --force to replace it")
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
    ctx = AppContext.open(resolve_settings(db=target))
    started = time.perf_counter()
    last = [0.0]

    def progress(stage: str, done: int, total: int) -> bool:
        now = time.perf_counter()
        if sys.stderr.isatty() and (now - last[0] > 0.5 or done == total):
            last[0] = now
            print(f"\r{stage}: {done:,}/{total:,}   ", end="", file=sys.stderr, flush=True)
        return True

    try:
        summary = dataset.generate(
            ctx.engine, size, seed=dataset.SEED if seed is None else seed, progress=progress
        )
    finally:
        ctx.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Demo database ready in {time.perf_counter() - started:.1f} s: {target}")
    return summary
