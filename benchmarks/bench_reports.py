"""Issue 17 figures: grouped reports over 1,000,000 contacts and 1,000,000 deals against the same query
run through a bare sqlite3 connection (the floor: what SQLite itself needs for that GROUP BY).

The database is built here in bulk: contacts over 40 countries (skewed, like a real customer base) and
five statuses, deals over six stages, two currencies and 36 months. "Through the service" is the whole
`ReportService.run`: validation against the entity's fields, compiling, the rows and totals queries and
turning each value into Python (Decimal amounts).
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from app.config import Settings
from app.context import AppContext
from app.models import Contact, Deal, Pipeline, Stage, User
from app.services.core import bulk
from app.services.reports.definition import Aggregate, GroupBy, ReportDefinition
from benchmarks.common import Result, median_ms

SECTION = "Reports (issue 17)"
NOTE = (
    "Raw SQLite: the same GROUP BY (and the totals query) through a bare sqlite3 connection; the report"
    " adds validation, compiling and Decimal values. Target: 2 s and at most 1.5x the raw query."
)
SIZES = {"small": 20_000, "large": 1_000_000}
BATCH = 50_000
COUNTRIES = [f"{a}{b}" for a in "ABCDEFGH" for b in "XYZQR"]  # 40 codes
STAGES = ("Qualification", "Needs analysis", "Proposal", "Negotiation", "Won", "Lost")

BY_COUNTRY = ReportDefinition("contact", group_by=(GroupBy("country"),))
BY_COUNTRY_STATUS = ReportDefinition("contact", group_by=(GroupBy("country"), GroupBy("status")))
AMOUNT_BY_STAGE_MONTH = ReportDefinition(
    "deal",
    group_by=(GroupBy("stage"), GroupBy("created", "month")),
    aggregates=(Aggregate("sum", "amount"), Aggregate("count")),
)
CONTACT_LIST = ReportDefinition("contact", columns=("last_name", "first_name", "country"), limit=1000)

RAW_BY_COUNTRY = (
    "SELECT country, count(*) FROM contacts WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1;"
    " SELECT count(*) FROM contacts WHERE deleted_at IS NULL"
)
RAW_BY_COUNTRY_STATUS = (
    "SELECT country, status, count(*) FROM contacts WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2;"
    " SELECT count(*) FROM contacts WHERE deleted_at IS NULL"
)
RAW_AMOUNT = (
    "SELECT s.name, substr(d.created_at, 1, 7), d.currency, sum(d.amount_minor), count(*) FROM deals d"
    " LEFT JOIN stages s ON s.id = d.stage_id WHERE d.deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2;"
    " SELECT d.currency, sum(d.amount_minor), count(*) FROM deals d WHERE d.deleted_at IS NULL GROUP BY 1"
)
RAW_LIST = (
    "SELECT last_name, first_name, country FROM contacts WHERE deleted_at IS NULL"
    " ORDER BY last_name, id LIMIT 1001;"
    " SELECT count(*) FROM contacts WHERE deleted_at IS NULL"  # the report's totals row counts them
)


def _base(rng: random.Random, when: datetime) -> dict[str, object]:
    return {
        "id": uuid.UUID(int=rng.getrandbits(128)),
        "created_at": when,
        "updated_at": when,
        "version": 1,
        "deleted_at": None,
        "custom": {},
    }


def build(path: Path, rows: int) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    rng = random.Random(17)
    now = datetime.now(UTC)
    weights = [1 / (i + 1) for i in range(len(COUNTRIES))]  # a long tail of small countries
    statuses = ["active"] * 6 + ["inactive"] * 3 + ["do_not_contact"]
    with ctx.sessions.begin() as session, bulk.paused_gc():
        owners = [
            {**_base(rng, now), "name": f"Rep {i}", "email": f"rep{i}@bench.example", "is_active": True}
            for i in range(10)
        ]
        session.execute(insert(User.__table__), owners)
        pipeline = {**_base(rng, now), "name": "Bench", "position": 0, "is_default": True}
        session.execute(insert(Pipeline.__table__), [pipeline])
        stages = [
            {
                **_base(rng, now),
                "pipeline_id": pipeline["id"],
                "name": name,
                "position": i,
                "probability": 10 * i,
                "is_won": name == "Won",
                "is_lost": name == "Lost",
            }
            for i, name in enumerate(STAGES)
        ]
        session.execute(insert(Stage.__table__), stages)
        for start in range(0, rows, BATCH):
            countries = rng.choices(COUNTRIES, weights, k=min(BATCH, rows - start))
            contacts = [
                {
                    **_base(rng, now - timedelta(minutes=start + i)),
                    "first_name": f"F{rng.randint(0, 999)}",
                    "last_name": f"L{rng.randint(0, 99_999):05d}",
                    "email": "",
                    "phone": "",
                    "phone_display": "",
                    "title": "",
                    "city": "",
                    "country": country,
                    "status": rng.choice(statuses),
                    "owner_id": rng.choice(owners)["id"],
                    "company_name": "",
                    "notes": "",
                }
                for i, country in enumerate(countries)
            ]
            bulk.insert_rows(session, Contact, contacts)
        for start in range(0, rows, BATCH):
            deals = []
            for i in range(start, min(rows, start + BATCH)):
                created = now - timedelta(days=rng.randint(0, 1095), minutes=rng.randint(0, 1439))
                deals.append(
                    {
                        **_base(rng, created),
                        "name": f"Deal {i}",
                        "account_id": None,
                        "contact_id": None,
                        "pipeline_id": pipeline["id"],
                        "stage_id": rng.choice(stages)["id"],
                        "amount_minor": rng.randint(1, 500) * 10_000,
                        "currency": "EUR" if rng.random() < 0.9 else "USD",
                        "expected_close": None,
                        "closed_at": None,
                        "lost_reason": "",
                        "owner_id": rng.choice(owners)["id"],
                        "position": i,
                        "stage_entered_at": created,
                    }
                )
            session.execute(insert(Deal.__table__), deals)
    ctx.close()


def database(data: Path, size: str) -> tuple[Path, int]:
    rows = SIZES[size] if size in SIZES else int(size)
    path = data / f"reports-{size}.db"
    if not path.exists():
        data.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ({rows:,} contacts and deals) ...", flush=True)
        started = time.perf_counter()
        build(path, rows)
        print(f"  in {time.perf_counter() - started:.0f} s", flush=True)
    return path, rows


def _raw(path: Path, sql: str) -> float:
    """The median time of the same statements through a bare sqlite3 connection (rows fetched)."""
    conn = sqlite3.connect(path)
    try:

        def run() -> None:
            for statement in sql.split(";"):
                conn.execute(statement).fetchall()

        run()  # warm
        return median_ms(run, 3)
    finally:
        conn.close()


def run(data: Path, size: str, gui: bool = False) -> list[Result]:
    path, rows = database(data, size)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    results: list[Result] = []
    try:
        for name, report, raw_sql in (
            (f"Contacts: count by country ({rows:,} contacts)", BY_COUNTRY, RAW_BY_COUNTRY),
            ("Contacts: count by country and status", BY_COUNTRY_STATUS, RAW_BY_COUNTRY_STATUS),
            (f"Deals: sum of amount by stage by month ({rows:,} deals)", AMOUNT_BY_STAGE_MONTH, RAW_AMOUNT),
            ("Contacts: first 1,000 by last name, three columns", CONTACT_LIST, RAW_LIST),
        ):
            ctx.reports.run(report)  # warm the page cache: an open app, not a cold disk
            results.append(
                Result(
                    name,
                    median_ms(lambda r=report: ctx.reports.run(r), 3),
                    target=2000,
                    raw=_raw(path, raw_sql),
                    max_ratio=1.5 if rows >= 100_000 else None,  # small: fixed ms of Python dominate
                )
            )
    finally:
        ctx.close()
    return results
