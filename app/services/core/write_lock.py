"""Taking the database's write lock at the start of a unit of work, and waiting for it visibly.

On SQLite a unit of work starts with `BEGIN IMMEDIATE`: the write lock is taken before the first read,
so every check a service makes (is this email taken? which number is next?) sees the state its write
will land on, and a busy database is met at one place instead of half-way through a save.

Waiting: by default the attempt waits the connection's busy timeout (app/db.py) once and then raises
DatabaseBusyError. A caller that can show the wait installs a `LockWaiter` with `waiting_with(waiter)`
(the GUI does, for its thread): the lock is then tried in short steps, and between steps the waiter is
told how long it has waited (`waiting`); it answers False to give up (Cancel), which raises
DatabaseBusyError too. `finished` is called once the wait is over either way (the GUI hides its notice).

On PostgreSQL rows lock one by one and there is no database-wide write lock; a check-then-write takes
a transaction-scoped advisory lock on what it checks (`serialise_on`), which is released at commit.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.services.core.errors import DatabaseBusyError


class LockWaiter(Protocol):
    def waiting(self, seconds: float) -> bool:
        """Called about ten times a second while the lock is held elsewhere; False stops waiting."""

    def finished(self) -> None:
        """The wait is over: the lock was taken or the waiting stopped."""


STEP_MS = 100  # one attempt of a waited lock: short, so the waiter runs ten times a second
GIVE_UP_S = 600.0  # a waiter that never answers False still stops after ten minutes

_WAITER: ContextVar[LockWaiter | None] = ContextVar("rapport_lock_waiter", default=None)


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
    if waiter is None:
        try:
            raw.execute("BEGIN IMMEDIATE")
        except Exception as exc:
            if "locked" in str(exc).lower():
                raise busy_error(time.monotonic() - start) from exc
            raise
        return
    (timeout,) = raw.execute("PRAGMA busy_timeout").fetchone()
    raw.execute(f"PRAGMA busy_timeout={STEP_MS}")
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
                if waited > GIVE_UP_S:
                    raise busy_error(waited) from exc
                waited_at_all = True
                if not waiter.waiting(waited):
                    raise busy_error(waited, cancelled=True) from exc
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(timeout)}")
        if waited_at_all:
            waiter.finished()


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
