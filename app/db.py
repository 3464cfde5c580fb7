"""Engine creation: one place that knows the SQLite pragmas and PostgreSQL options."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

SQLITE_BUSY_TIMEOUT_MS = 5000
WAL_AUTOCHECKPOINT_PAGES = 1000  # SQLite's default

log = logging.getLogger(__name__)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # WAL lets the GUI read while a worker writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache per connection
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for a Rapport database URL (SQLite file or PostgreSQL)."""
    if url.startswith("sqlite"):
        extra: dict[str, Any] = {"poolclass": NullPool} if ":memory:" in url else {}
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False}, **extra)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


class WalCheckpoints:
    """Moves SQLite's WAL checkpoint off a bulk commit onto a background thread.

    A commit that leaves more than 1,000 pages in the write-ahead log copies them into the database
    file before it returns (the automatic checkpoint): 0.3-0.6 s after a 100,000-row import, while the
    data is already safely committed in the log. `deferred` turns that off for one commit and runs the
    same (passive) checkpoint on a thread of its own; readers and writers carry on meanwhile. `wait`
    joins those threads (closing the database waits for them). Other databases: no effect.
    """

    def __init__(self) -> None:
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    @contextmanager
    def deferred(self, session: Session) -> Iterator[None]:
        """Wrap the commit of `session`'s transaction."""
        engine = session.get_bind()
        if not isinstance(engine, Engine) or engine.dialect.name != "sqlite":
            yield
            return
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA wal_autocheckpoint=0")
        try:
            yield
        finally:
            raw.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        thread = threading.Thread(target=_checkpoint, args=(engine,), name="wal-checkpoint", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def wait(self) -> None:
        with self._lock:
            threads, self._threads = self._threads, []
        for thread in threads:
            thread.join()


def _checkpoint(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    except Exception:  # the next automatic checkpoint does the same work; nothing is lost
        log.warning("background WAL checkpoint failed", exc_info=True)
