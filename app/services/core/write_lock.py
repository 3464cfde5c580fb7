"""Taking the database's write lock at the start of a unit of work, and waiting for it visibly.

On SQLite a unit of work starts with `BEGIN IMMEDIATE`: the write lock is taken before the first read,
so every check a service makes (is this email taken? which number is next?) sees the state its write
will land on, and a busy database is met at one place instead of half-way through a save.

Waiting: by default the lock is tried in short steps for the connection's busy timeout (app/db.py),
then DatabaseBusyError is raised. A caller that can show the wait installs a `LockWaiter` with `waiting_with(waiter)`
(the GUI does, for its thread): the lock is then tried in short steps, and between steps the waiter is
told how long it has waited (`waiting`); it answers False to give up (Cancel), which raises
DatabaseBusyError too. `finished` is called once the wait is over either way (the GUI hides its notice).

A writer that finds the lock taken says so by touching a small file beside the database
(`DB-writer-waiting`, 0600; `signal_waiting`; a bulk job such as an import touches
`DB-bulk-writer-waiting`, `waiting_as_bulk`). A long writer that can stop and try again later (a
segment's covering index build) watches it (`waiting_since`) and gives the lock up, so an editor's
save does not wait for seconds behind work nobody is waiting for.

On PostgreSQL rows lock one by one and there is no database-wide write lock; a check-then-write takes
a transaction-scoped advisory lock on what it checks (`serialise_on`), which is released at commit.
"""

from __future__ import annotations

import os
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.db import sqlite_file
from app.private_files import private_file
from app.services.core.errors import DatabaseBusyError


class LockWaiter(Protocol):
    def waiting(self, seconds: float) -> bool:
        """Called about ten times a second while the lock is held elsewhere; False stops waiting."""

    def finished(self) -> None:
        """The wait is over: the lock was taken or the waiting stopped."""


STEP_MS = 100  # one attempt of a waited lock: short, so the waiter runs ten times a second
FIRST_TRY_MS = 20  # a writer without a waiter tries this long before it signals that it waits
WAITING_SUFFIX = "-writer-waiting"
BULK_WAITING_SUFFIX = "-bulk-writer-waiting"
GIVE_UP_S = 600.0  # a waiter that never answers False still stops after ten minutes

_WAITER: ContextVar[LockWaiter | None] = ContextVar("rapport_lock_waiter", default=None)
_BULK: ContextVar[bool] = ContextVar("rapport_bulk_writer", default=False)


@contextmanager
def waiting_with(waiter: LockWaiter | None) -> Iterator[None]:
    """Let units of work opened inside (this thread or context) wait for the write lock through `waiter`."""
    token = _WAITER.set(waiter)
    try:
        yield
    finally:
        _WAITER.reset(token)


def install_waiter(waiter: LockWaiter | None) -> None:
    """Set the waiter of the current context for good (the GUI thread's, at start-up)."""
    _WAITER.set(waiter)


def is_locked_error(exc: BaseException) -> bool:
    """Whether a database error is SQLite's "database is locked" / "database table is locked"."""
    return isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower()


def busy_error(waited: float, cancelled: bool = False) -> DatabaseBusyError:
    if cancelled:
        return DatabaseBusyError(
            "Not saved: you stopped waiting for another program that is writing to the database. "
            "Your changes are still in the form; save again when it has finished."
        )
    return DatabaseBusyError(
        f"Not saved: another program has been writing to the database for {waited:.0f} s "
        "(an import, a standardisation or an index build). Nothing was changed; "
        "try again when it has finished."
    )


def begin_write(session: Session) -> None:
    """Take the write lock for this session's transaction (SQLite: BEGIN IMMEDIATE), waiting as allowed."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.dbapi_connection
    assert raw is not None
    waiter = _WAITER.get()
    start = time.monotonic()
    (timeout,) = raw.execute("PRAGMA busy_timeout").fetchone()
    give_up = GIVE_UP_S if waiter is not None else int(timeout) / 1000
    raw.execute(f"PRAGMA busy_timeout={FIRST_TRY_MS}")
    waited_at_all = False
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except Exception as exc:
                if "locked" not in str(exc).lower():
                    raise
                waited = time.monotonic() - start
                if waited >= give_up:
                    raise busy_error(waited) from exc
                signal_waiting(connection.engine)  # at each step: a yielding writer may start meanwhile
                if waiter is None:
                    raw.execute(f"PRAGMA busy_timeout={min(STEP_MS, max(1, int((give_up - waited) * 1000)))}")
                    continue
                waited_at_all = True
                raw.execute(f"PRAGMA busy_timeout={STEP_MS}")
                if not waiter.waiting(waited):
                    raise busy_error(waited, cancelled=True) from exc
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(timeout)}")
        if waited_at_all:
            waiter.finished()  # type: ignore[union-attr]


def waiting_file(engine: Engine, bulk: bool = False) -> Path | None:
    """The file a waiting writer (`bulk`: a bulk job's) touches beside an SQLite database file (None:
    not a database file)."""
    if engine.dialect.name != "sqlite":
        return None
    path = sqlite_file(engine.url.render_as_string(hide_password=False))
    suffix = BULK_WAITING_SUFFIX if bulk else WAITING_SUFFIX
    return None if path is None else path.with_name(path.name + suffix)


@contextmanager
def waiting_as_bulk() -> Iterator[None]:
    """Units of work opened inside signal their waits as a bulk job's: an import waiting for another
    import does not make it step aside (only an index build gives way to them)."""
    token = _BULK.set(True)
    try:
        yield
    finally:
        _BULK.reset(token)


def signal_waiting(engine: Engine) -> None:
    """Tell long writers that yield (`waiting_since`) that a writer is waiting for the lock now.

    A file of its own, never the database file: a second handle on that would drop this process's locks.
    """
    path = waiting_file(engine, _BULK.get())
    if path is None:
        return
    try:
        private_file(path)
        os.utime(path)
    except OSError:  # a read-only folder: the long writer just does not yield
        pass


def waiting_since(engine: Engine, bulk_too: bool = False) -> float:
    """When a writer last signalled that it waits (time.time(); 0.0: never, or not SQLite);
    `bulk_too`: a bulk job's wait counts as well."""
    times = [0.0]
    for path in (waiting_file(engine), waiting_file(engine, True) if bulk_too else None):
        with suppress(OSError):
            times.append(0.0 if path is None else path.stat().st_mtime)
    return max(times)


def serialise_on(session: Session, *key: str) -> None:
    """Make check-then-writes on `key` (e.g. "contact", "email") take turns until this transaction ends.

    SQLite needs nothing more: `begin_write` already holds the only write lock. On PostgreSQL two
    transactions can each see the other's row missing; a transaction-scoped advisory lock on the key
    makes the second wait until the first has committed, and its check then sees the first one's row.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    digest = zlib.crc32("\x1f".join(key).encode()) - 2**31  # into PostgreSQL's signed 32-bit range
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": digest})
