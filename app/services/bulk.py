"""Bulk inserts of many rows into a table that triggers keep indexed and counted.

On SQLite the per-row triggers (the FTS5 search index and the live-row counter) cost five times the
insert itself: 100,000 contacts take ~13 s with them and ~2.5 s without. So a large insert drops the
table's triggers inside its own transaction, inserts, then fills the search index and bumps the counter
with one statement each and recreates the triggers from their stored SQL. SQLite DDL is transactional
and the transaction holds the write lock throughout: no other writer runs without the triggers, and a
rollback restores them with everything else. New rows take rowids above the old maximum, which is how
the index fill finds them. PostgreSQL keeps its triggers (its statement cost is lower).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from app.migrations.counter_ddl import COUNTED_TABLES
from app.migrations.search_ddl import SEARCH_COLUMNS

CHUNK = 500
SET_BASED_MIN = 500  # below this many rows the triggers are cheaper than the DDL


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (complete column dicts) into `model`'s table with executemany in chunks."""
    table = cast(Table, model.__table__)
    name = table.name
    # every column given: the raw path applies no Python-side column defaults
    large = (
        session.get_bind().dialect.name == "sqlite"
        and len(rows) >= SET_BASED_MIN
        and set(rows[0]) == set(table.c.keys())
    )
    set_based = large and (name in SEARCH_COLUMNS or name in COUNTED_TABLES)
    triggers: list[tuple[str, str]] = []
    before = 0
    if set_based:
        triggers = [
            (r[0], r[1])
            for r in session.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
                {"t": name},
            )
        ]
        before = session.scalar(text(f"SELECT coalesce(max(rowid), 0) FROM {name}")) or 0
        for trigger, _ in triggers:
            session.execute(text(f'DROP TRIGGER "{trigger}"'))
    if large:
        _executemany(session, table, rows)
    else:
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(table), list(rows[start : start + CHUNK]))
    if not set_based:
        return
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
    for _, sql in triggers:
        session.execute(text(sql))


def _executemany(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """One DBAPI executemany, each value converted by its column type's own bind processor.

    The same conversions SQLAlchemy applies (UUID, UTC time, JSON, enum), without its per-row
    parameter bookkeeping, which costs more than SQLite's insert at 100,000 rows. A column whose
    rows share one value object (the batch's timestamp, an empty JSON object, None) converts it once.
    """
    dialect = session.get_bind().dialect
    names = list(rows[0])
    columns: list[list[Any]] = []
    for name in names:
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        raw = [row[name] for row in rows]
        if processor is None:
            columns.append(raw)
        elif len(raw) > 1 and raw[0] is raw[1]:
            columns.append(_converted_once(raw, processor))
        else:
            columns.append([processor(v) for v in raw])
    values = list(zip(*columns, strict=True))
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)  # SQLite's paramstyle (this path is SQLite only)
    session.connection().exec_driver_sql(f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})", values)


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
