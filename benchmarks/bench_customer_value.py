"""Customer value (issue 23): suggestions for one account over 1,000,000 order lines, the set-based recompute
of RFM, engagement and churn risk for 200,000 accounts, the pair rebuild, and the held-out hit rate at 5
against a popularity baseline. Run alone: `python -m benchmarks --only customer-value --size large`.

The shop is synthetic and built in bulk: 400 products in 40 families of 10; each account prefers two
families; an order holds 1-9 lines, 70 % from the account's families and 30 % from a store-wide
popularity curve, so products of one family are bought together and the popular ones everywhere.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from app.config import Settings
from app.context import AppContext
from app.models import Account, Activity, Document, DocumentLine, Product
from benchmarks.common import Result, median_ms

SECTION = "Customer value (issue 23)"
NOTE = (
    "Synthetic shop built in bulk (benchmarks/bench_customer_value.py): 400 products in 40 families,"
    " each account prefers two families; 70 % of an order's lines from them, 30 % from a popularity curve."
)
SIZES = {"small": 20_000, "large": 1_000_000}  # order lines; accounts = lines / 5
BATCH = 20_000
FAMILIES, PER_FAMILY = 40, 10


def _row(rng: random.Random, when: datetime) -> dict[str, Any]:
    return {
        "id": uuid.UUID(int=rng.getrandbits(128)),
        "created_at": when,
        "updated_at": when,
        "version": 1,
        "custom": {},
    }


def _flush(conn: Any, table: Any, rows: list[dict[str, Any]], force: bool = False) -> None:
    if rows and (force or len(rows) >= BATCH):
        conn.execute(insert(table), rows)
        rows.clear()


def build(path: Path, lines: int) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    rng = random.Random(23)
    now = datetime.now(UTC)
    today = now.date()
    with ctx.engine.begin() as conn:
        products = [
            {
                **_row(rng, now),
                "sku": f"P{f:02d}-{i}",
                "name": f"Product {f}.{i}",
                "description": "",
                "unit": "pc",
                "price_minor": 1000 * (i + 1),
                "cost_minor": 0,
                "currency": "EUR",
                "tax_rate_bp": 1900,
                "is_active": True,
                "external_id": "",
            }
            for f in range(FAMILIES)
            for i in range(PER_FAMILY)
        ]
        conn.execute(insert(Product.__table__), products)
        pids = [p["id"] for p in products]
        popular_weights = [1 / (r + 1) for r in range(len(pids))]
        popular = rng.sample(pids, len(pids))
        n_accounts = max(200, lines // 5)
        accounts: list[dict[str, Any]] = []
        acts: list[dict[str, Any]] = []
        account_ids = []
        for i in range(n_accounts):
            row = {
                **_row(rng, now - timedelta(days=rng.randint(30, 1500))),
                "name": f"Account {i}",
                "status": "prospect",
            }
            for k in (
                "domain",
                "industry",
                "email",
                "phone",
                "phone_display",
                "address",
                "city",
                "country",
                "notes",
                "postal_code",
                "region",
                "annual_revenue_currency",
                "external_id",
            ):
                row[k] = ""
            row["annual_revenue_minor"] = 0
            row["employee_count"] = 0
            accounts.append(row)
            account_ids.append(row["id"])
            if rng.random() < 0.6:
                when = now - timedelta(days=rng.randint(0, 720), minutes=rng.randint(0, 1439))
                acts.append(
                    {
                        **_row(rng, when),
                        "kind": "call",
                        "subject": "x",
                        "body": "",
                        "occurred_at": when,
                        "account_id": row["id"],
                    }
                )
            if len(accounts) >= BATCH:  # the accounts first: the activities point at them
                _flush(conn, Account.__table__, accounts, True)
                _flush(conn, Activity.__table__, acts, True)
        _flush(conn, Account.__table__, accounts, True)
        _flush(conn, Activity.__table__, acts, True)
        docs: list[dict[str, Any]] = []
        doc_lines: list[dict[str, Any]] = []
        made = n = 0
        while made < lines:
            acc = account_ids[int(n_accounts * rng.random() ** 1.5)]  # a few accounts order far more
            fams = (hash(acc) % FAMILIES, (hash(acc) // FAMILIES) % FAMILIES)
            issued = today - timedelta(days=rng.randint(0, 1095))
            chosen: set[uuid.UUID] = set()
            for _ in range(rng.randint(1, 9)):
                if rng.random() < 0.7:
                    fam = rng.choice(fams)
                    chosen.add(pids[fam * PER_FAMILY + min(int(rng.expovariate(0.5)), PER_FAMILY - 1)])
                else:
                    chosen.add(rng.choices(popular, popular_weights)[0])
            doc = {
                **_row(rng, now),
                "doc_type": "sales_order",
                "number": f"SO-{n}",
                "status": "ordered",
                "issued_on": issued,
                "account_id": acc,
                "currency": "EUR",
                "payment_terms": "",
                "notes": "",
                "tax_minor": 0,
            }
            total = 0
            for pos, pid in enumerate(sorted(chosen)):
                price = 1000 * (pids.index(pid) % PER_FAMILY + 1)
                total += price
                doc_lines.append(
                    {
                        **_row(rng, now),
                        "document_id": doc["id"],
                        "position": pos,
                        "product_id": pid,
                        "description": "",
                        "quantity_milli": 1000,
                        "unit": "pc",
                        "unit_price_minor": price,
                        "discount_bp": 0,
                        "tax_rate_bp": 0,
                        "net_minor": price,
                    }
                )
            doc["subtotal_minor"] = doc["total_minor"] = total
            docs.append(doc)
            made += len(chosen)
            n += 1
            if len(doc_lines) >= BATCH:
                _flush(conn, Document.__table__, docs, True)
                _flush(conn, DocumentLine.__table__, doc_lines, True)
        _flush(conn, Document.__table__, docs, True)
        _flush(conn, DocumentLine.__table__, doc_lines, True)
        conn.exec_driver_sql("ANALYZE")
    ctx.close()


def database(data: Path, size: str) -> tuple[Path, int]:
    lines = SIZES[size] if size in SIZES else int(size)
    path = data / f"customer-value-{size}.db"
    if not path.exists():
        data.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ({lines:,} order lines) ...", flush=True)
        started = time.perf_counter()
        build(path, lines)
        print(f"  in {time.perf_counter() - started:.0f} s", flush=True)
    return path, lines


def run(data: Path, size: str) -> list[Result]:
    path, lines = database(data, size)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    try:
        # CPU time beside the wall time: on a shared machine the wall time also counts the waits for a core
        started, cpu = time.perf_counter(), time.process_time()
        scored = ctx.customer_scores.recompute().value
        recompute_s, recompute_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        ctx.suggestions.rebuild()
        rebuild_s, rebuild_cpu = time.perf_counter() - started, time.process_time() - cpu
        with ctx.uow.read() as s:
            from sqlalchemy import select

            from app.models import AccountValue

            buyers = list(s.scalars(select(AccountValue.account_id).where(AccountValue.orders > 0)))
        sample = random.Random(5).sample(buyers, min(50, len(buyers)))
        times = []
        for acc in sample:
            t0 = time.perf_counter()
            ctx.suggestions.for_account(acc)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        history_ms = median_ms(lambda: ctx.purchases.for_account(sample[0]), 5)
        today = datetime.now(UTC).date()
        cutoff = date(today.year, today.month, 1) - timedelta(days=180)
        started = time.perf_counter()
        ev = ctx.suggestions.evaluate(cutoff, k=5, max_accounts=2000)
        eval_s = time.perf_counter() - started
    finally:
        ctx.close()
    return [
        Result(
            f"Suggestions for one account ({lines:,} order lines)",
            statistics.median(times),
            target=50,
            note=f"median of {len(times)} buying accounts, p95 {p95:.1f} ms",
        ),
        Result(
            f"Recompute RFM, engagement, churn risk ({scored:,} accounts)",
            recompute_s,
            unit="s",
            target=30,
            note=f"one DELETE + INSERT ... SELECT; CPU time {recompute_cpu:.1f} s",
        ),
        Result(
            "Rebuild product pairs and segment products",
            rebuild_s,
            unit="s",
            note=f"INSERT ... SELECT over all order lines, a background job; CPU time {rebuild_cpu:.0f} s",
        ),
        Result("Purchase history of one account", history_ms),
        Result(
            "Hit rate at 5, held out by time",
            100 * (ev.hit_rate or 0),
            unit="%",
            note=f"{ev.customers:,} customers whose next order after {cutoff} held a new product;"
            f" popularity baseline {100 * (ev.baseline_rate or 0):.1f} %; evaluation {eval_s:.0f} s",
        ),
    ]
