"""The write lock an import takes before it matches the file's rows against the database.

Matching and writing must see one state: two imports of one file started together would otherwise both
find no match and both create every row (issue 15). On SQLite the transaction starts with BEGIN IMMEDIATE
(the database's one write lock, held until commit); on PostgreSQL a transaction-level advisory lock per
record type serialises imports of that type, and READ COMMITTED lets the second one see the first's rows.
The rows are parsed and validated before the lock is taken, so it is held only for the match and write.
"""

from __future__ import annotations

import zlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import SQLITE_BUSY_TIMEOUT_MS

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
