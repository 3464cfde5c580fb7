"""Run every benchmark and print one table: `python -m benchmarks [--size small|large|N] [--write-docs]`.

The database is generated once per size under benchmarks/data/ and reused. CI runs `--size small`
only to prove the benchmarks still work; the figures in docs/benchmarks.md come from `--size large`.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.services.core.listing import ListQuery
from app.services.demo import dataset
from benchmarks import (
    bench_api,
    bench_automation,
    bench_board,
    bench_campaigns,
    bench_custom_fields,
    bench_customer_value,
    bench_deals,
    bench_dedupe,
    bench_documents,
    bench_forgiving,
    bench_gantt,
    bench_gantt_keys,
    bench_import,
    bench_lists,
    bench_live,
    bench_mail,
    bench_metrics,
    bench_reports,
    bench_segments,
    bench_sync,
    bench_tasks,
    bench_tickets,
    bench_vendor_export,
    bench_webhooks,
)
from benchmarks.common import Result, markdown, table, write_docs

DATA = Path(__file__).resolve().parent / "data"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def database_for(size: str, db: str | None) -> Path:
    if db:
        return Path(db)
    path = DATA / f"contacts-{size}.db"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ...", flush=True)
        started = time.perf_counter()
        ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
        summary = dataset.generate(ctx.engine, size)
        ctx.close()
        print(
            f"  {summary.contacts:,} contacts, {summary.accounts:,} accounts in "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )
    return path


# --only NAME: (docs section, run(size, gui), where the data comes from)
ONLY: dict[str, tuple[str, Callable[[str, bool], list[Result]], str]] = {
    "metrics": (
        bench_metrics.SECTION,
        lambda size, gui: bench_metrics.run(DATA, size, gui=gui),
        "SQLite database `metrics-{size}.db` (built in bulk).",
    ),
    "gantt-keys": (
        bench_gantt_keys.SECTION,
        lambda size, gui: bench_gantt_keys.run(DATA, size, gui=gui),
        "SQLite database `gantt-{size}.db` (built in bulk).",
    ),
    "forgiving": (
        bench_forgiving.SECTION,
        lambda size, _gui: bench_forgiving.run(size),
        "each figure in a fresh SQLite database. " + bench_forgiving.NOTE,
    ),
    "customer-value": (
        bench_customer_value.SECTION,
        lambda size, _gui: bench_customer_value.run(DATA, size),
        "SQLite database `customer-value-{size}.db` (built in bulk). " + bench_customer_value.NOTE,
    ),
    "reports": (
        bench_reports.SECTION,
        lambda size, _gui: bench_reports.run(DATA, size),
        "SQLite database `reports-{size}.db` (built in bulk). " + bench_reports.NOTE,
    ),
    "dedupe": (
        bench_dedupe.SECTION,
        lambda size, _gui: bench_dedupe.run_quality(DATA, size),
        bench_dedupe.NOTE,
    ),
    "api": (
        bench_api.SECTION,
        lambda size, _gui: bench_api.run(DATA, size),
        bench_api.NOTE,
    ),
    "webhooks": (
        bench_webhooks.SECTION,
        lambda size, _gui: bench_webhooks.run(size),
        "fresh SQLite databases. " + bench_webhooks.NOTE,
    ),
    "automation": (
        bench_automation.SECTION,
        lambda size, _gui: bench_automation.run(size, os.environ.get("RAPPORT_BENCH_AUTOMATION_DB")),
        "fresh SQLite databases (the time rule: the database in $RAPPORT_BENCH_AUTOMATION_DB if set). "
        + bench_automation.NOTE,
    ),
    "campaigns": (
        bench_campaigns.SECTION,
        lambda size, _gui: bench_campaigns.run(size),
        "a fresh SQLite database of demo contacts. " + bench_campaigns.NOTE,
    ),
    "vendor-export": (
        bench_vendor_export.SECTION,
        lambda size, _gui: bench_vendor_export.run(size),
        "a fresh SQLite database. " + bench_vendor_export.NOTE,
    ),
    "live": (
        bench_live.SECTION,
        lambda size, _gui: bench_live.run(size),
        bench_live.NOTE + " RAPPORT_BENCH_PG_URL set: PostgreSQL 15 on loopback too.",
    ),
    "tickets": (
        bench_tickets.SECTION,
        lambda size, _gui: bench_tickets.run(DATA, size),
        "SQLite database `tickets-{size}.db` (built in bulk). " + bench_tickets.NOTE,
    ),
    "mail": (
        bench_mail.SECTION,
        lambda size, _gui: bench_mail.run(size),
        "a fresh SQLite database, aiosmtpd and Dovecot on loopback. " + bench_mail.NOTE,
    ),
    "sync": (
        bench_sync.SECTION,
        lambda size, _gui: bench_sync.run(size),
        bench_sync.NOTE,
    ),
    "import": (
        bench_import.SECTION,
        lambda size, _gui: bench_import.run(size) + bench_dedupe.run(DATA, size),
        "each figure in a fresh SQLite database. " + bench_import.NOTE,
    ),
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--size", default="small", help="small, large (1,000,000 contacts) or a number")
    parser.add_argument("--db", help="use this existing database instead of generating one")
    parser.add_argument("--write-docs", action="store_true", help="record the results in docs/benchmarks.md")
    parser.add_argument("--skip-gui", action="store_true", help="service figures only")
    parser.add_argument("--only", choices=sorted(ONLY), help="run one group and print its table")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.only:
        section, run_group, source = ONLY[args.only]
        load = os.getloadavg()[0]  # a shared machine's load explains slow figures
        results = run_group(args.size, not args.skip_gui)
        load = max(load, os.getloadavg()[0])
        print(table(results))
        if args.write_docs:
            header = (
                f"Measured {datetime.now(UTC):%Y-%m-%d} on {platform.machine()} ({os.cpu_count()} cores), "
                f"Python {platform.python_version()}, load average up to {load:.1f} while it ran, "
                f"{source.format(size=args.size)}"
            )
            write_docs(DOCS, section, markdown(results, header))
            print(f"wrote {DOCS}")
        return 0
    db = database_for(args.size, args.db)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    contacts = ctx.contacts.count(ListQuery())
    results: list[Result] = []
    custom_fields: list[Result] = []
    segments: list[Result] = []
    try:
        results += bench_lists.run(ctx, db)
        custom_fields = bench_custom_fields.run(ctx, db)
        segments = bench_segments.run(ctx, db)
        if not args.skip_gui:
            from benchmarks import bench_gui

            results += bench_gui.run(ctx, db)
    finally:
        ctx.close()
    document_results = bench_documents.run(1000 if args.size == "large" else 50)
    board = bench_board.run(DATA, args.size, gui=not args.skip_gui)
    metrics = bench_metrics.run(DATA, args.size, gui=not args.skip_gui)
    cleansing = bench_import.run(args.size) + bench_dedupe.run(DATA, args.size)
    gantt = bench_gantt.run(DATA, args.size, gui=not args.skip_gui)
    gantt_keys = bench_gantt_keys.run(DATA, args.size, gui=not args.skip_gui)
    tasks = bench_tasks.run(args.size)
    deal_editor = bench_deals.run(DATA, args.size, gui=not args.skip_gui)
    reports = bench_reports.run(DATA, args.size)
    print(table(results))
    print()
    print(table(board))
    print()
    print(table(document_results))
    print()
    print(table(metrics))
    print()
    print(table(cleansing))
    print()
    print(table(custom_fields))
    print()
    print(table(gantt))
    print()
    print(table(gantt_keys))
    print()
    print(table(segments))
    print()
    print(table(tasks))
    print()
    print(table(deal_editor))
    print()
    print(table(reports))
    if args.write_docs:
        header = (
            f"Measured {datetime.now(UTC):%Y-%m-%d} on {platform.machine()} ({os.cpu_count()} cores), "
            f"Python {platform.python_version()}, SQLite database `{db.name}`."
        )
        write_docs(DOCS, f"Contacts and accounts, {contacts:,} contacts", markdown(results, header))
        board_header = header.replace(
            f"SQLite database `{db.name}`", f"SQLite database `board-{args.size}.db`"
        )
        write_docs(DOCS, "Pipeline board and lead scoring (issue 3)", markdown(board, board_header))
        doc_header = (
            f"Measured {datetime.now(UTC):%Y-%m-%d} on {platform.machine()} ({os.cpu_count()} cores), "
            f"Python {platform.python_version()}; documents created through the services in a fresh database."
        )
        write_docs(DOCS, bench_documents.SECTION, markdown(document_results, doc_header))
        metrics_header = header.replace(
            f"SQLite database `{db.name}`", f"SQLite database `metrics-{args.size}.db` (built in bulk)"
        )
        write_docs(DOCS, bench_metrics.SECTION, markdown(metrics, metrics_header))
        cleansing_header = (
            f"Measured {datetime.now(UTC):%Y-%m-%d} on {platform.machine()} ({os.cpu_count()} cores), "
            f"Python {platform.python_version()}; each figure in a fresh SQLite database. {bench_import.NOTE}"
        )
        write_docs(DOCS, bench_import.SECTION, markdown(cleansing, cleansing_header))
        write_docs(DOCS, bench_custom_fields.SECTION, markdown(custom_fields, header))
        gantt_header = header.replace(
            f"SQLite database `{db.name}`", f"SQLite database `gantt-{args.size}.db` (built in bulk)"
        )
        write_docs(DOCS, bench_gantt.SECTION, markdown(gantt, gantt_header))
        write_docs(DOCS, bench_gantt_keys.SECTION, markdown(gantt_keys, gantt_header))
        write_docs(DOCS, bench_segments.SECTION, markdown(segments, header + bench_segments.NOTE))
        tasks_header = (
            f"Measured {datetime.now(UTC):%Y-%m-%d} on {platform.machine()} ({os.cpu_count()} cores), "
            f"Python {platform.python_version()}. {bench_tasks.NOTE}"
        )
        write_docs(DOCS, bench_tasks.SECTION, markdown(tasks, tasks_header))
        deals_header = header.replace(
            f"SQLite database `{db.name}`", f"a copy of SQLite database `board-{args.size}.db`"
        )
        write_docs(DOCS, bench_deals.SECTION, markdown(deal_editor, deals_header))
        reports_header = header.replace(
            f"SQLite database `{db.name}`", f"SQLite database `reports-{args.size}.db` (built in bulk)"
        )
        write_docs(DOCS, bench_reports.SECTION, markdown(reports, reports_header + " " + bench_reports.NOTE))
        print(f"wrote {DOCS}")
    over = [
        r.name
        for r in results
        + board
        + document_results
        + metrics
        + cleansing
        + custom_fields
        + gantt
        + gantt_keys
        + segments
        + tasks
        + deal_editor
        + reports
        if r.verdict == "OVER"
    ]
    if over and args.size == "large":
        print(f"over target: {', '.join(over)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
