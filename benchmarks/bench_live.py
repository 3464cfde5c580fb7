"""Issue 18 figure: how soon a colleague's save shows on another client (live refresh), p50 and p95.

Two contexts on one database, each with its own engine and bus, as two desks have: one saves a contact
`changes` times, 5-45 ms apart at random; the other runs its live source (LISTEN on PostgreSQL, the
data_version poller on SQLite) and notes when each save's change record reaches its bus. The latency runs
from the moment the save is asked for to that arrival, so it includes the save itself. PostgreSQL is
measured when RAPPORT_BENCH_PG_URL names a database (it is migrated, and its contacts are left there).
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.services.core.changes import ChangeSet
from app.services.core.live import start_live
from app.services.records.contacts import ContactInput
from benchmarks.common import Result

SECTION = "Live refresh between clients (issue 18)"
NOTE = (
    "two contexts (engines, buses) on one database; one saves a contact, the other's live source "
    "publishes the change; latency from the save being asked for to the change record on the other bus."
)
SIZES = {"small": 40, "large": 200}
TARGET_P95_MS = 1000.0


def measure(url: str, changes: int) -> tuple[list[float], int]:
    """Latencies in ms of `changes` saves seen by a second context, and how many never arrived in 5 s."""
    writer = AppContext.open(Settings(db_url=url, user_email="writer@bench.example"))
    reader = AppContext.open(Settings(db_url=url, user_email="reader@bench.example"))
    arrived: dict[uuid.UUID, float] = {}
    lock = threading.Condition()

    def on_change(change_set: ChangeSet) -> None:
        if change_set.remote:
            now = time.perf_counter()
            with lock:
                for record_id in change_set.ids("contact"):
                    arrived.setdefault(record_id, now)
                lock.notify_all()

    reader.bus.subscribe(on_change)
    source = start_live(reader.engine, reader.bus, reader.uow.live_tag, reader.uow.local_audit)
    assert source is not None
    source.ready.wait(5)  # type: ignore[attr-defined]
    rng = random.Random(18)
    asked: dict[uuid.UUID, float] = {}
    try:
        contact = writer.contacts.create(ContactInput(last_name="Live", first_name="Bench")).value
        version = contact.version
        for i in range(changes):
            time.sleep(rng.uniform(0.005, 0.045))
            # a new record each time, so each arrival is matched to its own save
            started = time.perf_counter()
            made = writer.contacts.create(ContactInput(last_name=f"Live {i}")).value
            asked[made.id] = started
        writer.contacts.update(contact.id, ContactInput(last_name="Live", first_name="Done"), version)
        deadline = time.perf_counter() + 5
        with lock:
            while not asked.keys() <= arrived.keys() and time.perf_counter() < deadline:
                lock.wait(0.1)
    finally:
        source.stop()
        writer.close()
        reader.close()
    latencies = [(arrived[k] - asked[k]) * 1000 for k in asked if k in arrived]
    return latencies, len(asked) - len(latencies)


def _results(backend: str, latencies: list[float], lost: int, note: str) -> list[Result]:
    q = statistics.quantiles(latencies, n=20, method="inclusive") if len(latencies) > 1 else [0.0] * 19
    return [
        Result(
            f"{backend}: change visible on the other client, p50", statistics.median(latencies), note=note
        ),
        Result(
            f"{backend}: change visible on the other client, p95",
            q[18],
            target=TARGET_P95_MS,
            note=f"{len(latencies)} changes, {lost} never arrived",
        ),
    ]


def run(size: str) -> list[Result]:
    changes = SIZES.get(size) or int(size)
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "live.db"
        latencies, lost = measure(f"sqlite:///{db}", changes)
        results += _results("SQLite", latencies, lost, "data_version polled every 250 ms")
    pg_url = os.environ.get("RAPPORT_BENCH_PG_URL", "")
    if pg_url:
        latencies, lost = measure(pg_url, changes)
        results += _results("PostgreSQL", latencies, lost, "LISTEN/NOTIFY on loopback")
    return results


if __name__ == "__main__":
    from benchmarks.common import table

    print(table(run(os.environ.get("BENCH_SIZE", "small"))))
