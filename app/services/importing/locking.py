"""The write lock an import takes before it matches the file's rows against the database.

Matching and writing must see one state: two imports of one file started together would otherwise both
find no match and both create every row (issue 15). On SQLite the transaction starts with BEGIN IMMEDIATE
(the database's one write lock, held until commit); on PostgreSQL a transaction-level advisory lock per
record type serialises imports of that type, and READ COMMITTED lets the second one see the first's rows.
The rows are parsed and validated before the lock is taken, so it is held only for the match and write.

An import's write phase is one transaction (atomic, one undo step) and holds the lock for seconds at
50,000 rows. While it may (`YIELD_FOR_S`) it steps aside for a writer that waits (an editor's save):
`yielding_to_waiters` interrupts its statement, the transaction rolls back, the editor saves, and the
import writes again from the start. After that it keeps the lock to the end, so a program that never
stops writing cannot starve it; a save meeting it then waits visibly.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.db import SQLITE_BUSY_TIMEOUT_MS
from app.services.core.write_lock import waiting_since

PROGRESS_STEPS = 10_000  # SQLite instructions between two calls of the progress handler

# How long an import waits for another writer (another import of 100,000 rows takes a few seconds).
IMPORT_WAIT_MS = 120_000


def take_write_lock(session: Session, entity: str) -> None:
    """Start `session`'s transaction holding the lock that serialises imports of `entity`."""
    if session.get_bind().dialect.name == "sqlite":
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        if raw.in_transaction:  # the unit of work began with BEGIN IMMEDIATE (core/write_lock.py): held
            return
        raw.execute(f"PRAGMA busy_timeout={IMPORT_WAIT_MS}")
        try:
            raw.execute("BEGIN IMMEDIATE")
        finally:
            raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        return
    key = zlib.crc32(f"rapport.import.{entity}".encode()) - 2**31  # a signed 32-bit key
    session.execute(select(func.pg_advisory_xact_lock(key)))


class ImportYielded(Exception):
    """The import gave the write lock up to a waiting writer; its transaction was rolled back."""


YIELD_FOR_S = 30.0  # an import steps aside for waiting writers this long, then keeps the lock to the end
YIELD_PAUSE_S = 0.2  # after stepping aside: time for the waiting writers to take the lock and save
LOOK_EVERY_S = 0.02  # how often the progress handler looks at the waiting file


@contextmanager
def yielding_to_waiters(session: Session) -> Iterator[None]:
    """While inside, an SQLite statement of `session`'s transaction stops ("interrupted") as soon as
    another writer signals that it waits (core/write_lock.py); ImportYielded is raised from it.

    The caller rolls back and runs the whole write again after YIELD_PAUSE_S: everything is matched
    again in the lock, so the retried import sees what the other writer saved.
    """
    engine = session.get_bind()
    if not isinstance(engine, Engine) or engine.dialect.name != "sqlite":
        yield
        return
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    locked_at = time.time()
    last_look = [time.monotonic()]

    def someone_waits() -> int:
        now = time.monotonic()
        if now - last_look[0] < LOOK_EVERY_S:
            return 0
        last_look[0] = now
        return 1 if waiting_since(engine) >= locked_at else 0

    raw.set_progress_handler(someone_waits, PROGRESS_STEPS)
    try:
        yield
    except OperationalError as exc:
        if "interrupted" in str(exc.orig).lower():
            raise ImportYielded(str(exc.orig)) from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)
