"""The look-alike search of an import, done before it takes the write lock and checked inside it.

Finding the stored records each new row probably duplicates (quality.likely_duplicates) reads the
database and scores candidates in Python: 0.4 s of a 50,000-row import, which an editor saving beside
the import used to wait through. `look_ahead` runs it on a read transaction before the lock, noting
where the table stood (its highest rowid, the time). Inside the lock `still_valid` asks which records
were created or edited since: none that shares a lookup key (last name, email, phone; an account's name
or domain) with the new rows and none that was found as a look-alike means the answer still holds;
otherwise the import searches again, in the lock. The exact match on email, external id or name is
never taken from here: it is always made in the lock (writing._existing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from app.models import utcnow
from app.services.quality.likely_duplicates import LikelyDuplicate, likely_among

KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "contact": ("last_name", "email", "phone"),
    "lead": ("last_name", "email", "phone"),
}
KEY_COLUMNS["account"] = ("name", "domain")
ROWID: Any = literal_column("rowid")  # SQLite only: look_ahead is used on SQLite, where editors wait
CLOCK_MARGIN = timedelta(milliseconds=5)  # the stored times' rounding
QUIET_WAIT_MS = 1000
CHUNK = 500


@dataclass(frozen=True)
class Ahead:
    """Look-alikes found before the lock, by the file's row number, and where the table stood."""

    likely: dict[int, LikelyDuplicate]
    keys: frozenset[tuple[str, Any]]
    last_rowid: int
    at: datetime
    matched: Mapping[str, Any] = field(default_factory=dict)  # the exact matches the rows were chosen by


def lookup_keys(entity: str, values: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The (column, value) pairs a record is looked up by (as likely_duplicates searches them)."""
    columns = KEY_COLUMNS[entity]
    first = [(columns[0], values.get(columns[0]))]
    return first + [(c, values[c]) for c in columns[1:] if values.get(c)]


def look_ahead(
    session: Session, entity: str, model: Any, rows: Sequence[Mapping[str, Any]], numbers: Sequence[int]
) -> Ahead | None:
    """Search look-alikes of `rows` (the file's rows `numbers`) on `session`'s current state; None if
    another writer holds the lock (the import then searches in the lock, as before)."""
    at = _quiet_moment(session)
    if at is None:
        return None
    last_rowid = session.scalar(select(func.coalesce(func.max(ROWID), 0)).select_from(model.__table__))
    found = likely_among(session, entity, rows)
    keys = frozenset(k for r in rows for k in lookup_keys(entity, r))
    return Ahead({numbers[i]: d for i, d in found.items()}, keys, int(last_rowid or 0), at - CLOCK_MARGIN)


def _quiet_moment(session: Session) -> datetime | None:
    """A time no writer was inside its transaction (the write lock taken and given back at once).

    Every writer stamps `updated_at` while it holds the lock, so whatever this search cannot have
    seen was stamped after this moment. None: another writer holds the lock (a long import).
    """
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    if (
        raw.in_transaction
    ):  # read inside a write already (a whole CRM export in one transaction): no look-ahead
        return None
    (timeout,) = raw.execute("PRAGMA busy_timeout").fetchone()
    raw.execute(f"PRAGMA busy_timeout={QUIET_WAIT_MS}")
    try:
        raw.execute("BEGIN IMMEDIATE")
    except Exception as exc:
        if "locked" in str(exc).lower():
            return None
        raise
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(timeout)}")
    try:
        return utcnow()
    finally:
        raw.execute("COMMIT")


def still_valid(session: Session, entity: str, model: Any, ahead: Ahead) -> bool:
    """Whether no record created, edited or deleted since `look_ahead` could change its answer (run it
    in the lock): a new or edited live record sharing a lookup key, or a look-alike no longer live."""
    table = model.__table__
    columns = [*(table.c[c] for c in KEY_COLUMNS[entity])]
    live = table.c.deleted_at.is_(None)
    for where in (ahead.last_rowid < ROWID, table.c.updated_at >= ahead.at):  # a rowid range; an index
        for row in session.execute(select(*columns).where(live, where)):
            values = dict(zip(KEY_COLUMNS[entity], row, strict=True))
            if any(k in ahead.keys for k in lookup_keys(entity, values)):
                return False
    targets = sorted({d.id for d in ahead.likely.values()})
    for start in range(0, len(targets), CHUNK):
        chunk = targets[start : start + CHUNK]
        if session.scalar(select(func.count()).where(live, table.c.id.in_(chunk))) != len(chunk):
            return False
    return True
