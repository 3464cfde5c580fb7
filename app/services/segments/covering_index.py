"""A covering index for one saved segment: its equality conditions, then the list's default sort.

A condition served by a one-column index still visits a wide row for every match to test the others:
at a million contacts a criterion matching 10% costs about a second. An index over the segment's
top-level equality columns (built-in or custom, as `custom_values.sort_expression`) followed by the list's
sort columns turns the count into one index range and the first page into an ordered read
(docs/benchmarks.md, issue 9). Building it takes seconds at that size, so the service does not build it
inside a save: the GUI runs `SegmentService.sync_index` in a worker after a segment changes, and
`rapport segment index NAME` builds one by hand. On SQLite the build holds the write lock, so it steps
aside for any writer that waits and is tried again later (`create`, docs/reliability.md).

The name carries the segment's id and a digest of the indexed columns
(`ix_contacts_segment_<12 hex of the id>_<8 hex>`), so an edit that changes the columns gets a new name
and the stale index is found by its id prefix and dropped; an edit that keeps them (a new name, a
description, a non-equality condition) leaves the index alone.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, literal_column, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Segment
from app.services.core import custom_values, write_lock
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import EntityList
from app.services.segments.criteria import FieldSpec

PROGRESS_STEPS = 20_000  # SQLite instructions between two calls of the build's progress handler
LOOK_EVERY_S = 0.02  # how often the build looks whether a writer waits (one stat of a small file)
START_WAIT_MS = 200  # a build that finds the lock taken gives up at once and tries again later
INDEXABLE = frozenset({"text", "choice", "number", "money", "date", "checkbox"})


NAME = re.compile(r"^ix_(contacts|accounts|leads)_segment_([0-9a-f]{12})(_[0-9a-f]{8})?$")


def index_name(segment: Segment, columns: str) -> str:
    digest = hashlib.sha1(columns.encode()).hexdigest()[:8]
    return f"ix_{segment.entity_type}s_segment_{segment.id.hex[:12]}_{digest}"


def owner(name: str) -> str | None:
    """The first 12 hex digits of the segment id an index name carries (None: not a segment index)."""
    match = NAME.match(name)
    return match.group(2) if match else None


def existing(conn: Connection | Session, dialect: str) -> list[str]:
    """Every segment index in the database (any table, any segment; also those of purged segments)."""
    if dialect == "sqlite":
        stmt = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix%segment%'"
    else:
        stmt = (
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            " AND indexname LIKE 'ix%segment%'"
        )
    return sorted(n for (n,) in conn.execute(text(stmt)) if owner(n))


def orphans(session: Session, dialect: str) -> list[str]:
    """Segment indexes whose segment is gone (live and trashed segments keep theirs)."""
    known = {i.hex[:12] for i in session.scalars(select(Segment.id))}
    return [n for n in existing(session, dialect) if owner(n) not in known]


def of_segments(names: list[str], ids: list[uuid.UUID]) -> list[str]:
    prefixes = {i.hex[:12] for i in ids}
    return [n for n in names if owner(n) in prefixes]


def index_statement(
    engine: Engine, segment: Segment, specs: dict[str, FieldSpec], listing: EntityList
) -> tuple[str, str]:
    """(name, CREATE INDEX statement) for the segment; ValidationError if nothing in it is indexable."""
    dialect = engine.dialect
    parts: list[str] = []
    for item in segment.criteria.get("items", []) if segment.criteria.get("match", "all") == "all" else []:
        spec = specs.get(str(item.get("field")))
        if (
            "items" in item
            or item.get("negate")
            or item.get("operator") not in ("equals", "in")
            or spec is None
            or spec.kind not in INDEXABLE
        ):
            continue
        expr: ColumnElement[Any] = literal_column(spec.name)  # an index names its columns unqualified
        if spec.custom_kind is not None:
            expr = custom_values.sort_expression(  # what the segment's SQL compares (sql_filter)
                literal_column("custom"), spec.name[7:], spec.custom_kind, dialect.name
            )
        sql = str(expr.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        part = sql if spec.custom_kind is None else f"({sql})"  # PostgreSQL wants expressions in brackets
        if part not in parts:
            parts.append(part)
    if not parts:
        raise ValidationError(
            FieldError(
                "criteria",
                "only conditions 'is' or 'is one of' on fields, all combined with AND, are indexed",
            )
        )
    sort = [c.key for c in listing.sorts[listing.default_sort]]
    table = listing.model.__tablename__
    columns = ", ".join([*parts, *(c for c in sort if c not in parts)])
    name = index_name(segment, columns)
    return name, f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns}) WHERE deleted_at IS NULL"


class BuildYielded(Exception):
    """An SQLite build gave the write lock up to a waiting writer (or found it taken) and built nothing."""


def create(engine: Engine, name: str, table: str, statement: str) -> None:
    """Build the index and refresh the planner's statistics, so the planner knows to use it.

    PostgreSQL builds it CONCURRENTLY: a plain CREATE INDEX blocks every write to the table for the whole
    build (seconds at a million rows), colleagues' saves included; a failed concurrent build leaves an
    invalid index behind, which is dropped. SQLite cannot build an index without its write lock, so the
    build yields instead (`_build_yielding`): BuildYielded, nothing built, the caller tries again later.
    """
    if engine.dialect.name == "postgresql":
        concurrent = statement.replace("CREATE INDEX", "CREATE INDEX CONCURRENTLY", 1)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            try:
                conn.execute(text(concurrent))
            except Exception:
                conn.execute(text(f"DROP INDEX CONCURRENTLY IF EXISTS {name}"))
                raise
            conn.execute(text(f"ANALYZE {table}"))
        return
    _build_yielding(engine, statement)
    with engine.begin() as conn:  # statistics in a transaction of their own: the lock is taken twice, briefly
        conn.execute(text(f"ANALYZE {name}"))


def _build_yielding(engine: Engine, statement: str) -> None:
    """Run CREATE INDEX on SQLite, giving the write lock up as soon as another writer waits for it.

    The segment's SQL is correct without its index, so the build is the one writer that can step aside:
    a progress handler watches the file waiting writers touch (core/write_lock.py) and interrupts the
    statement, which rolls back in milliseconds. An editor's save then waits a moment, not the whole
    build (4.6 s at 200,000 contacts). A build that meets the lock taken does not queue behind it either.
    """
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        started = time.time()
        last_look = [time.monotonic()]

        def someone_waits() -> int:
            now = time.monotonic()
            if now - last_look[0] < LOOK_EVERY_S:
                return 0
            last_look[0] = now
            return 1 if write_lock.waiting_since(engine, bulk_too=True) >= started else 0

        (timeout,) = conn.execute("PRAGMA busy_timeout").fetchone()
        conn.execute(f"PRAGMA busy_timeout={START_WAIT_MS}")
        conn.set_progress_handler(someone_waits, PROGRESS_STEPS)
        try:
            conn.execute(statement)  # DDL: sqlite3 runs it in autocommit, as its own transaction
        except sqlite3.OperationalError as exc:
            message = str(exc).lower()
            if "interrupted" in message or "locked" in message:
                raise BuildYielded(str(exc)) from exc
            raise
        finally:
            conn.set_progress_handler(None, 0)
            conn.execute(f"PRAGMA busy_timeout={int(timeout)}")
    finally:
        raw.close()


def drop(conn: Connection | Session, names: list[str]) -> None:
    """Drop these indexes (names from `existing`) on an open connection or session."""
    for name in names:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))


def drop_for_segments(session: Session, segment_ids: list[uuid.UUID]) -> None:
    """Drop the covering indexes of segments deleted for good (the trash's purge hook, same transaction)."""
    dialect = session.get_bind().dialect.name
    drop(session, of_segments(existing(session, dialect), segment_ids))
