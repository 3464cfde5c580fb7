"""Issue 24 figures for outgoing webhooks: the added cost of a save when subscriptions are active (the
event is written to the outbox in the same transaction), and how fast the outbox delivers signed events
to a receiver on loopback: `python -m benchmarks --only webhooks [--size small|large]`."""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from app.config import Settings
from app.context import AppContext
from app.services.records.contacts import ContactInput
from benchmarks.bench_automation import _saver
from benchmarks.common import Result

SECTION = "Outgoing webhooks (issue 24)"
NOTE = (
    "Save = `ContactsService.update` of one field, alternated between a database with 5 active "
    "subscriptions (3 on contact updates) and one with none. Delivery = `AutomationService.deliver_outbox` "
    "of N queued contact.created events, each signed (HMAC-SHA256) and POSTed to a threaded HTTP server on "
    "127.0.0.1 that answers 204."
)
SIZES = {"small": (30, 200), "large": (200, 5_000)}  # save rounds, events delivered


@contextmanager
def _receiver() -> Iterator[tuple[str, list[int]]]:
    got: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            got.append(len(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", got
    finally:
        server.shutdown()
        server.server_close()


def save_cost(folder: Path, rounds: int) -> list[Result]:
    plain = AppContext.open(Settings(db_url=f"sqlite:///{folder / 'plain.db'}"))
    hooked = AppContext.open(Settings(db_url=f"sqlite:///{folder / 'hooked.db'}"))
    try:
        for i in range(5):
            types, events = (["contact"], ["created", "updated"]) if i < 3 else (["deal"], ["won"])
            hooked.webhooks.add(f"s{i}", f"https://hooks{i}.example/x", types, events)
        save_plain, save_hooked = _saver(plain), _saver(hooked)
        for _ in range(5):
            save_plain()
            save_hooked()
        times: list[tuple[float, float]] = []
        for _ in range(rounds):
            started = time.perf_counter()
            save_plain()
            middle = time.perf_counter()
            save_hooked()
            times.append(((middle - started) * 1000, (time.perf_counter() - middle) * 1000))
    finally:
        plain.close()
        hooked.close()
    added = statistics.median(b - a for a, b in times)
    return [
        Result("save of a contact, no webhooks", statistics.median(a for a, _ in times)),
        Result(
            "save of a contact, 5 subscriptions (3 events written)", statistics.median(b for _, b in times)
        ),
        Result("added cost of a save with webhooks", added, target=5.0, note=f"median of {rounds} pairs"),
    ]


def delivery(folder: Path, events: int) -> list[Result]:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{folder / 'deliver.db'}"))
    try:
        with _receiver() as (url, got):
            ctx.webhooks.add("bench", url, ["contact"], ["created"])
            for i in range(events):
                ctx.contacts.create(ContactInput(last_name=f"W{i}"))
            started = time.perf_counter()
            sent = 0
            while True:
                batch = ctx.automation.deliver_outbox()
                sent += batch.delivered
                if batch.delivered + batch.failed == 0:
                    break
            seconds = time.perf_counter() - started
    finally:
        ctx.close()
    return [
        Result(
            f"delivery of {events:,} signed events",
            seconds * 1000 / max(sent, 1),
            note=f"{sent:,} delivered, {len(got):,} received, {sent / seconds:,.0f} a second",
        ),
        Result(
            "events lost or doubled", float(abs(len(got) - events) + abs(sent - events)), unit="", target=0.0
        ),
    ]


def run(size: str) -> list[Result]:
    rounds, events = SIZES.get(size, SIZES["small"])
    with tempfile.TemporaryDirectory() as tmp:
        return save_cost(Path(tmp), rounds) + delivery(Path(tmp), events)
