"""The HTTP API under load, on loopback only: `python -m benchmarks --only api [--size small|large]`.

A real server (uvicorn, in this process) over a demo database; CLIENTS threads call it for SECONDS, each
mixing list reads, searches, single reads, updates (with the version read, retrying on 409) and creates.
Printed: the 95th-percentile latency of reads and of writes, the error count (any 5xx or transport error)
and the lost writes (created records that are missing, updates whose value is not stored): both must be 0.
The raw figure is the same first page read straight from sqlite3.
"""

from __future__ import annotations

import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

SECTION = "HTTP API under load (issue 24)"
NOTE = (
    "Loopback only; the server is `rapport serve --workers <cores>`, the clients are threads of the benchmark. "
    "'One at a time' is the median of 20 sequential calls before the load starts: the service time, "
    "without queueing behind other clients. Lost writes are checked exactly: every created record must "
    "exist, and each record's version must have moved by the number of updates that were told they "
    "succeeded (an update that overwrote another would leave one fewer)."
)
WORKERS = max(os.cpu_count() or 1, 1)  # one server process per core
SIZES = {"small": (2_000, 10, 5.0), "large": (1_000_000, 50, 60.0)}  # contacts, clients, seconds


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 20 else max(samples, default=0.0)


def run(data: Path, size: str) -> list:  # type: ignore[type-arg]
    import httpx

    from app.config import Settings
    from app.context import AppContext
    from app.services.core.listing import ListQuery
    from app.services.demo import dataset
    from benchmarks.common import Result

    contacts, clients, seconds = SIZES[size] if size in SIZES else (int(size), 20, 20.0)
    db = data / ("contacts-large.db" if size == "large" else f"api-{size}.db")
    data.mkdir(parents=True, exist_ok=True)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    if size != "large" and ctx.contacts.count(ListQuery()) == 0:
        dataset.generate(ctx.engine, contacts)
    user = ctx.lookups.ensure_user("Load Test", "load@example.com")
    token, _info = ctx.tokens.create(user.id, "load test", "write")
    port = _free_port()
    # the server is its own process (`rapport serve`), as in use: the clients' threads do not share its GIL
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port), "--workers", str(WORKERS), "--db", str(db)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    _wait_until_up(f"http://127.0.0.1:{port}", server)
    base = f"http://127.0.0.1:{port}"
    reads: list[float] = []
    writes: list[float] = []
    errors: list[str] = []
    created: list[str] = []
    successes: dict[str, int] = {}  # successful updates per record
    lock = threading.Lock()
    auth = {"Authorization": f"Bearer {token}"}
    ids = [
        c["id"] for c in httpx.get(f"{base}/contacts", params={"limit": 200}, headers=auth).json()["items"]
    ]
    first_versions = {rid: httpx.get(f"{base}/contacts/{rid}", headers=auth).json()["version"] for rid in ids}
    alone = _one_at_a_time(base, auth)

    stop = 0.0
    run_id = uuid.uuid4().hex[:6]

    def client(number: int) -> None:
        rng = random.Random(number)
        http = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        n = 0
        while time.monotonic() < stop:
            n += 1
            roll = rng.random()
            started = time.perf_counter()
            try:
                if roll < 0.55:
                    reply = http.get(
                        "/contacts", params={"limit": 50, "sort": rng.choice(["name", "city", "updated"])}
                    )
                    bucket = reads
                elif roll < 0.75:
                    reply = http.get(
                        "/contacts",
                        params={"search": rng.choice(["mar", "an", "schmidt", "lee"]), "limit": 50},
                    )
                    bucket = reads
                elif roll < 0.9:
                    reply = http.get(f"/contacts/{rng.choice(ids)}")
                    bucket = reads
                elif roll < 0.96:
                    target = rng.choice(ids)
                    value = f"load {run_id} {number}-{n}"  # never the stored value: every update changes it
                    for _attempt in range(5):
                        current = http.get(f"/contacts/{target}").json()
                        reply = http.patch(
                            f"/contacts/{target}", json={"version": current["version"], "title": value}
                        )
                        if reply.status_code != 409:
                            break
                    if reply.status_code == 200:
                        with lock:
                            successes[target] = successes.get(target, 0) + 1
                    bucket = writes
                else:
                    reply = http.post(
                        "/contacts", json={"last_name": f"Load{number}x{n}", "first_name": "Api"}
                    )
                    if reply.status_code == 201:
                        with lock:
                            created.append(reply.json()["id"])
                    bucket = writes
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    bucket.append(elapsed)
                    if reply.status_code >= 500:
                        errors.append(f"{reply.status_code} {reply.text[:80]}")
            except httpx.HTTPError as exc:
                with lock:
                    errors.append(repr(exc))
        http.close()

    stop = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    server.terminate()
    server.wait(10)
    # nothing lost: every created record is there, and each record's version moved by exactly the number
    # of updates that were told they succeeded (an overwritten update would leave one fewer)
    lost = sum(1 for rid in created if ctx.contacts.get(uuid.UUID(rid)).deleted_at is not None)
    lost += sum(
        abs(ctx.contacts.get(uuid.UUID(rid)).version - first_versions[rid] - count)
        for rid, count in successes.items()
    )
    ctx.close()
    raw = _raw_first_page(db)
    label = f"{clients} clients for {seconds:.0f} s"
    return [
        Result(f"API read p95 ({label}; {len(reads):,} reads)", _p95(reads), target=50.0, raw=raw),
        Result("API page of 50, one at a time (median)", alone[0], raw=raw),
        Result("API search, one at a time (median)", alone[1]),
        Result(f"API write p95 ({len(writes):,} writes)", _p95(writes)),
        Result(
            "API errors (5xx or transport)",
            float(len(errors)),
            unit="",
            target=0.0,
            note="; ".join(errors[:2]),
        ),
        Result(
            "API lost writes",
            float(lost),
            unit="",
            target=0.0,
            note=f"{len(created):,} created, {sum(successes.values()):,} updates",
        ),
    ]


def _one_at_a_time(base: str, auth: dict[str, str]) -> tuple[float, float]:
    """Medians of sequential list pages and searches: the service time, with no queue."""
    import httpx

    pages, searches = [], []
    with httpx.Client(base_url=base, headers=auth, timeout=60) as http:
        for i in range(20):
            started = time.perf_counter()
            http.get("/contacts", params={"limit": 50, "sort": ["name", "city", "updated"][i % 3]})
            pages.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            http.get("/contacts", params={"search": ["mar", "an", "schmidt", "lee"][i % 4], "limit": 50})
            searches.append((time.perf_counter() - started) * 1000)
    return statistics.median(pages), statistics.median(searches)


def _wait_until_up(base: str, server: subprocess.Popen) -> None:  # type: ignore[type-arg]
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{base}/health", timeout=1)
            return
        except httpx.TransportError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"rapport serve did not start: {server.stderr.read() if server.stderr else ''}"
                ) from None
            time.sleep(0.1)


def _raw_first_page(db: Path) -> float:
    con = sqlite3.connect(db)
    try:
        samples = []
        for _ in range(20):
            started = time.perf_counter()
            con.execute(
                "SELECT id, first_name, last_name, email, city FROM contacts WHERE deleted_at IS NULL"
                " ORDER BY last_name, first_name, id LIMIT 50"
            ).fetchall()
            samples.append((time.perf_counter() - started) * 1000)
        return statistics.median(samples)
    finally:
        con.close()
