"""Bulk inserts of many rows into a table that triggers keep indexed and counted.

On SQLite the per-row triggers (the FTS5 search index and the live-row counter) cost five times the
insert itself: 100,000 contacts take ~13 s with them and ~2.5 s without. So a large insert drops the
table's triggers inside its own transaction, inserts, then fills the search index and bumps the counter
with one statement each and recreates the triggers from their stored SQL. SQLite DDL is transactional
and the transaction holds the write lock throughout: no other writer runs without the triggers, and a
rollback restores them with everything else. New rows take rowids above the old maximum, which is how
the index fill finds them. PostgreSQL keeps its triggers, which are statement-level (counter_ddl): a
large insert goes in by one COPY, so they fire once (100,000 contacts: about 1 s, not minutes).

When the table holds fewer rows than the insert brings (a first import), its secondary indexes are
dropped the same way and rebuilt afterwards: building an index from sorted rows costs about half of
growing it one random insert at a time (100,000 contacts: 0.5 s + 0.75 s to rebuild nine indexes,
against 1.7 s with them). A large table keeps its indexes, whose rebuild would cost more than it saves. So does a table whose
own triggers read it (deal_stage_history's rollup looks up each deal's earlier history): without its
index each row's trigger would scan every row inserted before it (50,000 deals: minutes, not seconds).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from app.migrations.counter_ddl import COUNTED_TABLES
from app.migrations.owner_counter_ddl import OWNER_COUNTED_TABLES
from app.migrations.search_ddl import SEARCH_COLUMNS

CHUNK = 500
SET_BASED_MIN = 500  # below this many rows the triggers are cheaper than the DDL


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> int | None:
    """Insert `rows` (complete column dicts) into `model`'s table with executemany in chunks.

    Returns the rowid the new rows follow when they went in by SQLite's bulk path (they are then exactly
    the table's rows above it, for follow-up INSERT ... SELECTs), else None.
    """
    table = cast(Table, model.__table__)
    name = table.name
    dialect = session.get_bind().dialect
    # every column given: the raw paths apply no Python-side column defaults
    complete = len(rows) >= SET_BASED_MIN and set(rows[0]) == set(table.c.keys())
    if complete and dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy(session, table, rows)
        return None
    if not (
        complete and dialect.name == "sqlite" and table.dialect_options["sqlite"].get("with_rowid", True)
    ):
        for start in range(0, len(rows), CHUNK):  # (the bulk path finds the new rows by rowid)
            session.execute(insert(table), list(rows[start : start + CHUNK]))
        return None
    set_based = name in SEARCH_COLUMNS or name in COUNTED_TABLES or name in OWNER_COUNTED_TABLES
    before = session.scalar(text(f"SELECT coalesce(max(rowid), 0) FROM {name}")) or 0
    triggers = _drop(session, name, "trigger") if set_based else []
    indexes = _drop(session, name, "index") if before < len(rows) and not _reads_itself(session, name) else []
    _executemany(session, table, rows)
    for _, sql in indexes:
        session.execute(text(sql))
    if not set_based:
        return before
    if name in SEARCH_COLUMNS:
        cols = ", ".join(SEARCH_COLUMNS[name])
        session.execute(
            text(
                f"INSERT INTO {name}_fts(rowid, {cols}) SELECT rowid, {cols} FROM {name} "
                "WHERE rowid > :before AND deleted_at IS NULL"
            ),
            {"before": before},
        )
    if name in COUNTED_TABLES:
        session.execute(
            text(
                "UPDATE row_counts SET live = live + (SELECT count(*) FROM "
                f"{name} WHERE rowid > :before AND deleted_at IS NULL) WHERE table_name = :t"
            ),
            {"before": before, "t": name},
        )
    if name in OWNER_COUNTED_TABLES:  # the per-owner counters (migration 0030), as their triggers would
        session.execute(
            text(
                "INSERT INTO owner_row_counts (table_name, owner_id, live) SELECT :t, owner_id, count(*) "
                f"FROM {name} WHERE rowid > :before AND deleted_at IS NULL AND owner_id IS NOT NULL "
                "GROUP BY owner_id ON CONFLICT (table_name, owner_id) DO UPDATE SET live = live + excluded.live"
            ),
            {"before": before, "t": name},
        )
    for _, sql in triggers:
        session.execute(text(sql))
    return before


def _reads_itself(session: Session, table: str) -> bool:
    """Whether an insert trigger on `table` queries `table` in its body (and so needs its indexes)."""
    triggers = session.scalars(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t AND sql IS NOT NULL"),
        {"t": table},
    )
    for sql in triggers:
        head, _begin, body = sql.partition(" BEGIN ")
        if " INSERT ON " in head.upper() and re.search(rf"\b(FROM|JOIN)\s+{table}\b", body, re.IGNORECASE):
            return True
    return False


def _drop(session: Session, table: str, kind: str) -> list[tuple[str, str]]:
    """Drop the table's triggers or explicit indexes (not a key's own index); returns their (name, SQL)."""
    found = [
        (r[0], r[1])
        for r in session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = :k AND tbl_name = :t AND sql IS NOT NULL"),
            {"k": kind, "t": table},
        )
    ]
    for name, _ in found:
        session.execute(text(f'DROP {kind.upper()} "{name}"'))
    return found


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off Python's cycle collector during a bulk job.

    An import keeps hundreds of thousands of row dicts alive; each full collection walks all of them,
    which cost a 100,000-row import over a second. The job makes no reference cycles worth collecting
    early, and the collector runs again as soon as it ends (it is process-wide: only for jobs of seconds).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _executemany(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """One DBAPI executemany (SQLite) of the rows' converted values (`_converted`)."""
    names, values = _converted(session, table, rows)
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)  # SQLite's paramstyle (this path is SQLite only)
    session.connection().exec_driver_sql(f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})", values)


def _copy(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """PostgreSQL's COPY of the rows' converted values (`_converted`) into `table`, in the session's
    transaction: one statement, so the statement-level triggers fire once."""
    names, values = _converted(session, table, rows)
    quoted = ", ".join(f'"{n}"' for n in names)
    raw: Any = session.connection().connection.dbapi_connection  # psycopg's connection
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in values:
            copy.write_row(row)


def _converted(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(column names, one tuple a row), each value converted by its column type's own bind processor.

    The same conversions SQLAlchemy applies (UUID, UTC time, JSON, enum), without its per-row
    parameter bookkeeping, which costs more than SQLite's insert at 100,000 rows. A column whose
    rows share one value object (the batch's timestamp, an empty JSON object, None) converts it once.
    """
    names = list(rows[0])
    columns: list[list[Any]] = []
    for name in names:
        processor = _processor(session, table.c[name].type)
        raw = [row[name] for row in rows]
        if processor is None:
            columns.append(raw)
        elif all(value is raw[0] for value in raw):  # one shared object (a timestamp, {}, None)
            columns.append([processor(raw[0])] * len(raw))
        elif raw[0] is raw[1]:
            columns.append(_converted_once(raw, processor))
        else:
            columns.append([processor(v) for v in raw])
    return names, list(zip(*columns, strict=True))


def _processor(session: Session, column_type: Any) -> Callable[[Any], Any] | None:
    """The type's own bind processor on the session's database (None: values go as they are)."""
    dialect = session.get_bind().dialect
    processor: Callable[[Any], Any] | None = column_type.dialect_impl(dialect).bind_processor(dialect)
    return processor


def as_stored(session: Session, column_type: Any, value: Any) -> Any:
    """`value` as the database stores it for a column of `column_type` (for hand-written SQL)."""
    processor = _processor(session, column_type)
    return processor(value) if processor else value


def _converted_once(raw: list[Any], processor: Callable[[Any], Any]) -> list[Any]:
    """Convert each distinct value object once (rows keep the objects alive, so ids are stable)."""
    done: dict[int, Any] = {}
    out = []
    for value in raw:
        key = id(value)
        if key not in done:
            done[key] = processor(value)
        out.append(done[key])
    return out
