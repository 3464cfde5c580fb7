"""A contacts list sorted and filtered by a custom field, served by the field's expression index.

The benchmark fills a number field `bench_score` on every contact that lacks it in one bulk SQL update
(benchmark data only: it bypasses the services and the row versions), then defines the field through
the service, which builds the partial expression index. Both times are reported once, not as medians.
Standalone: `python -m benchmarks.bench_custom_fields --db PATH [--write-docs]`.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from datetime import UTC, datetime
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.services.core.custom_fields import FieldInput
from app.services.core.listing import CustomFilter, ListQuery
from benchmarks.common import Result, markdown, median_ms, table, write_docs

SECTION = "Custom fields (issue 9)"
KEY = "bench_score"
PAGE = 200


def _prepare(ctx: AppContext) -> list[Result]:
    """Fill the field's values and define the field (and so its index) unless an earlier run did."""
    results = []
    if any(f.key == KEY for f in ctx.custom_fields.fields("contact", deleted=None)):
        return results
    started = time.perf_counter()
    with ctx.engine.begin() as conn:
        filled = conn.exec_driver_sql(
            f"UPDATE contacts SET custom = json_set(coalesce(custom, '{{}}'), '$.{KEY}', abs(random()) % 100000)"
            f" WHERE json_extract(custom, '$.{KEY}') IS NULL"
        ).rowcount
    results.append(
        Result(
            "fill a number field on every contact (bulk SQL, once)",
            (time.perf_counter() - started) * 1000,
            note=f"{filled:,} rows",
        )
    )
    started = time.perf_counter()
    ctx.custom_fields.create(FieldInput("contact", "Bench score", "number", KEY))
    results.append(
        Result("define the field: builds its expression index (once)", (time.perf_counter() - started) * 1000)
    )
    return results


def run(ctx: AppContext, db: Path | None = None) -> list[Result]:
    results = _prepare(ctx)
    contacts = ctx.contacts
    sort = ListQuery(sort=f"custom.{KEY}")
    total = contacts.count(sort)

    def first_page(query: ListQuery) -> None:
        n = contacts.count(query)
        contacts.page(query, 0, PAGE, n)

    results.append(
        Result(
            "sorted by a custom field: count + first page",
            median_ms(lambda: first_page(sort)),
            target=300,
            note=f"{total:,} contacts",
        )
    )
    desc = ListQuery(sort=f"custom.{KEY}", descending=True)
    results.append(
        Result(
            "sorted by a custom field, descending: first page",
            median_ms(lambda: first_page(desc)),
            target=300,
        )
    )
    results.append(
        Result(
            "sorted by a custom field: last page",
            median_ms(lambda: contacts.page(sort, total - PAGE, PAGE, total)),
            target=300,
        )
    )
    first = contacts.page(sort, 0, PAGE, total)
    results.append(
        Result(
            "sorted by a custom field: next page (keyset)",
            median_ms(lambda: contacts.page(sort, PAGE, PAGE, total, after=first.keys[-1])),
            target=100,
        )
    )
    filtered = ListQuery(sort=f"custom.{KEY}", custom_filter=CustomFilter(KEY, "greater", "99000"))
    matches = contacts.count(filtered)
    results.append(
        Result(
            "filtered by a custom field (> 99,000): count + first page",
            median_ms(lambda: first_page(filtered)),
            target=300,
            note=f"{matches:,} matches",
        )
    )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_custom_fields")
    parser.add_argument("--db", required=True, help="an existing SQLite database (it gets the field)")
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    db = Path(args.db)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        results = run(ctx, db)
    finally:
        ctx.close()
    print(table(results))
    if args.write_docs:
        header = (
            f"Measured {datetime.now(UTC):%Y-%m-%d} on {platform.machine()} ({os.cpu_count()} cores), "
            f"Python {platform.python_version()}, SQLite database `{db.name}` "
            f"(`python -m benchmarks.bench_custom_fields --db {db.name}`)."
        )
        write_docs(
            Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md",
            SECTION,
            markdown(results, header),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
