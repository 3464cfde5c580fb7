"""Issue 19 figures: offline laptop replicas against a PostgreSQL office server on loopback.

Making a replica of `contacts` contacts and `deals` deals (migrating the new file included), a sync of
`changes` edits made on the laptop and as many at the office, and a sync with nothing to do; beside the
floor of the same rows read with a raw COPY out of PostgreSQL and written into a bare SQLite table. Needs
RAPPORT_BENCH_PG_URL (or RAPPORT_TEST_PG_URL): that database is migrated and EMPTIED first.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, insert, text, update

from app.config import Settings
from app.context import AppContext
from app.db import make_engine
from app.models import Contact, Deal, Pipeline, Stage, utcnow, uuid7_many
from app.services.database.schema import upgrade
from app.services.sync.engine import run_sync
from app.services.sync.setup import make_replica
from benchmarks.common import Result, median_ms

SECTION = "Offline laptops: replica and sync (issue 19)"
NOTE = (
    "PostgreSQL 15 on loopback as the office (RAPPORT_BENCH_PG_URL), a new SQLite file as the laptop; "
    "raw floor: the same rows by COPY ... TO STDOUT (psycopg) into a bare sqlite3 table."
)
SIZES = {"small": (2_000, 400, 100), "large": (50_000, 10_000, 1_000)}
TARGETS_MS = {"replica": 30_000.0, "sync": 5_000.0, "empty": 300.0}


def _empty_server(url: str) -> None:
    """Drop everything in the bench database and migrate it afresh."""
    raw = create_engine(url)
    with raw.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    raw.dispose()
    engine = make_engine(url)
    upgrade(engine, None)
    engine.dispose()


def _seed(office: AppContext, contacts: int, deals: int) -> None:
    now = utcnow()
    owner = office.current_user.id if office.current_user else None
    with office.sessions.begin() as s:
        pipeline_id, stage_id = uuid7_many(2)
        s.execute(insert(Pipeline).values(id=pipeline_id, name="Bench", version=1, custom={}))
        s.execute(
            insert(Stage).values(id=stage_id, pipeline_id=pipeline_id, name="Open", version=1, custom={})
        )
        ids = uuid7_many(contacts)
        rows = [
            {
                "id": i,
                "last_name": f"Contact {n}",
                "city": "Lyon",
                "owner_id": owner,
                "version": 1,
                "custom": {},
            }
            for n, i in enumerate(ids)
        ]
        for start in range(0, contacts, 5000):
            s.execute(insert(Contact), rows[start : start + 5000])
        deal_rows = [
            {
                "id": i,
                "name": f"Deal {n}",
                "contact_id": ids[n % contacts],
                "pipeline_id": pipeline_id,
                "stage_id": stage_id,
                "amount_minor": 100_00 * n,
                "owner_id": owner,
                "version": 1,
                "custom": {},
                "created_at": now,
            }
            for n, i in enumerate(uuid7_many(deals))
        ]
        for start in range(0, deals, 5000):
            s.execute(insert(Deal), deal_rows[start : start + 5000])


def _copy_floor(url: str, target: Path) -> float:
    """ms to COPY the contacts and deals out of PostgreSQL and insert them into a bare SQLite table."""
    import psycopg

    dsn = make_engine(url).url.set(drivername="postgresql").render_as_string(hide_password=False)
    started = time.perf_counter()
    with psycopg.connect(dsn) as pg, sqlite3.connect(target) as lite:
        for table in ("contacts", "deals"):
            with pg.cursor().copy(f"COPY (SELECT * FROM {table}) TO STDOUT") as copy:
                rows = list(copy.rows())
            width = len(rows[0]) if rows else 1
            lite.execute(f"CREATE TABLE {table} ({', '.join(f'c{i}' for i in range(width))})")
            lite.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * width)})", rows)
    return (time.perf_counter() - started) * 1000


def _edits(office: AppContext, laptop_url: str, changes: int) -> None:
    """`changes` contacts edited on the laptop (titles) and as many others at the office (cities)."""
    now = utcnow()
    local = make_engine(laptop_url)
    with local.begin() as conn:
        ids = [
            r[0]
            for r in conn.execute(text("SELECT id FROM contacts ORDER BY id LIMIT :n"), {"n": 2 * changes})
        ]
        for n, i in enumerate(ids[:changes]):
            conn.execute(
                text("UPDATE contacts SET title = :t, version = version + 1 WHERE id = :i"),
                {"t": f"L{n}", "i": i},
            )
    local.dispose()
    with office.sessions.begin() as s:
        for n, contact_id in enumerate(ids[changes:]):
            s.execute(
                update(Contact)
                .where(Contact.id == uuid.UUID(contact_id))
                .values(city=f"O{n}", version=Contact.version + 1, updated_at=now)
            )


def run(size: str) -> list[Result]:
    url = os.environ.get("RAPPORT_BENCH_PG_URL") or os.environ.get("RAPPORT_TEST_PG_URL", "")
    if not url:
        return [Result("sync: skipped (set RAPPORT_BENCH_PG_URL)", 0.0)]
    contacts, deals, changes = SIZES.get(size) or (int(size), int(size) // 5, max(1, int(size) // 50))
    _empty_server(url)
    office = AppContext.open(Settings(db_url=url, user_email="rep@bench.example"))
    results: list[Result] = []
    try:
        _seed(office, contacts, deals)
        with tempfile.TemporaryDirectory() as tmp:
            floor = _copy_floor(url, Path(tmp) / "floor.db")
            path = Path(tmp) / "laptop.db"
            started = time.perf_counter()
            engine = make_engine(f"sqlite:///{path}")
            upgrade(engine, path)
            report = make_replica(office.sessions, engine, url, "rep@bench.example")
            made = (time.perf_counter() - started) * 1000
            engine.dispose()
            results.append(
                Result(
                    f"make a replica of {contacts:,} contacts and {deals:,} deals",
                    made,
                    target=TARGETS_MS["replica"],
                    raw=floor,
                    note=f"migrating the new file included; {sum(report.rows.values()):,} rows",
                )
            )
            laptop_url = f"sqlite:///{path}"
            _edits(office, laptop_url, changes)
            engine = make_engine(laptop_url)
            started = time.perf_counter()
            report_sync = run_sync(office.sessions, engine)
            synced = (time.perf_counter() - started) * 1000
            results.append(
                Result(
                    f"sync {changes:,} laptop edits up and {changes:,} office edits down",
                    synced,
                    target=TARGETS_MS["sync"],
                    note=f"{report_sync.pushed} rows sent, {report_sync.pulled} received",
                )
            )
            empty = median_ms(lambda: run_sync(office.sessions, engine), repeat=5)
            results.append(
                Result("sync with nothing to do", empty, target=TARGETS_MS["empty"], note="median of 5")
            )
            engine.dispose()
    finally:
        office.close()
    return results


if __name__ == "__main__":
    from benchmarks.common import table

    print(table(run(os.environ.get("BENCH_SIZE", "small"))))
