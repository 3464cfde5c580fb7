"""LISTEN on a dedicated PostgreSQL connection in a thread; other contexts' changes go on the bus."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import psycopg
from sqlalchemy import URL

from app.services.core.changes import ChangeBus, ChangeSet, combine
from app.services.core.live.payload import CHANNEL, decode

log = logging.getLogger(__name__)

WAIT_SECONDS = 0.5  # how long one wait for a notification blocks: also how soon stop() is noticed
GATHER_SECONDS = 0.005  # after one notification, the others of the same commit already queued
RETRY_SECONDS = (0.5, 1, 2, 5, 10)  # reconnect back-off after the server went away


def libpq_params(url: URL) -> dict[str, object]:
    """psycopg.connect() keywords for an SQLAlchemy URL (host, port, user, password, sslmode ...)."""
    params: dict[str, object] = {
        "host": url.host,
        "port": url.port,
        "user": url.username,
        "password": url.password,
        "dbname": url.database,
        **{k: v for k, v in url.query.items() if isinstance(v, str)},
    }
    return {k: v for k, v in params.items() if v is not None}


class PgListener:
    """Publishes on `bus` the change records other contexts NOTIFY; skips those tagged `own_tag`."""

    def __init__(self, url: URL, bus: ChangeBus, own_tag: str) -> None:
        self.params = libpq_params(url)
        self.bus = bus
        self.own_tag = own_tag
        self.ready = threading.Event()  # set once LISTEN is in place (tests wait for it)
        self.received = 0  # notifications from other contexts
        self._stop = threading.Event()
        self._conn: psycopg.Connection | None = None
        self._thread = threading.Thread(target=self._run, name="rapport-live-pg", daemon=True)

    def start(self) -> PgListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(**self.params, autocommit=True) as conn:  # type: ignore[arg-type]
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.ready.set()
                    failures = 0
                    self._listen(conn)
            except psycopg.Error as exc:
                self.ready.clear()
                pause = RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)]
                failures += 1
                log.warning("live refresh: lost the server (%s); retrying in %s s", exc, pause)
                self._stop.wait(pause)

    def _listen(self, conn: psycopg.Connection) -> None:
        while not self._stop.is_set():
            first = list(conn.notifies(timeout=WAIT_SECONDS, stop_after=1))
            if not first:
                continue
            batch = first + list(conn.notifies(timeout=GATHER_SECONDS))
            for changes in self._decoded(n.payload for n in batch):
                self.bus.publish(changes)

    def _decoded(self, payloads: Iterator[str]) -> list[ChangeSet]:
        """Other contexts' change records, the chunks of one commit combined (in arrival order)."""
        groups: dict[tuple[str, object], list[ChangeSet]] = {}
        for text in payloads:
            try:
                tag, changes = decode(text)
            except ValueError as exc:
                log.warning("live refresh: %s", exc)
                continue
            if tag == self.own_tag:
                continue
            self.received += 1
            groups.setdefault((tag, changes.initiator), []).append(changes)
        return [combine(sets) for sets in groups.values()]
