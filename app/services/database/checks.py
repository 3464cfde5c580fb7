"""Integrity checks of a database: SQLite's own, foreign keys, the search index, the schema revision, and
the trigger-kept counters, rollups and segment indexes against a recount."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.db import sqlite_file
from app.migrations.counter_ddl import COUNTED_TABLES
from app.migrations.owner_counter_ddl import OWNER_COUNTED_TABLES
from app.migrations.rollup_ddl import COLUMNS, ROLLUP_TABLES, recompute_selects
from app.private_files import POSIX, mode
from app.services.core.errors import DatabaseError
from app.services.database.schema import current_revision, head_revision
from app.services.database.verify import model_schema_problems
from app.services.segments import covering_index


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    revision: str | None
    head: str
    warnings: tuple[str, ...] = ()  # worth fixing, but the database is sound (file permissions)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(engine: Engine) -> CheckReport:
    """Integrity, foreign keys, search index, migration state, schema and file permissions.

    A damaged file is a finding, not a crash: each part that cannot be read says so and the rest goes on.
    """
    problems: list[str] = []
    head = head_revision()
    try:
        revision = current_revision(engine)
    except (DatabaseError, DBAPIError) as exc:
        revision = None
        problems.append(f"the schema revision cannot be read: {_reason(exc)}")
    else:
        if revision != head:
            problems.append(f"schema revision is {revision}, expected {head} (run the app once to migrate)")
    parts = [
        ("tables and columns", model_schema_problems),
        ("row counts", _counter_problems),
        ("deal rollups", rollup_problems),
        ("segment indexes", _segment_index_problems),
        ("SQLite integrity", _sqlite_problems),
    ]
    for name, part in parts:
        try:
            problems.extend(part(engine))
        except (DatabaseError, DBAPIError, sqlite3.DatabaseError) as exc:
            problems.append(f"{name}: cannot be read ({_reason(exc)})")
    return CheckReport(tuple(problems), revision, head, tuple(_permission_warnings(engine)))


def _reason(exc: Exception) -> str:
    return str(exc.orig if isinstance(exc, DBAPIError) else exc).splitlines()[0]


def _permission_warnings(engine: Engine) -> list[str]:
    """Database files others may read (made by an older version, or copied in)."""
    path = sqlite_file(str(engine.url))
    if not POSIX or path is None:
        return []
    files = [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))]
    return [
        f"{f.name} can be read by other users (mode {mode(f):o}): `chmod 600 {f}`"
        for f in files
        if f.exists() and mode(f) & 0o077
    ]


def _sqlite_problems(engine: Engine) -> list[str]:
    problems: list[str] = []
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            result = [r[0] for r in cur.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                problems.extend(f"integrity: {r}" for r in result[:20])
            for table, rowid, parent, _fk in cur.execute("PRAGMA foreign_key_check").fetchall()[:20]:
                problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
            for fts in ("contacts_fts", "accounts_fts"):
                try:
                    # rank 0: the index's own consistency; it deliberately omits trashed rows of the table
                    cur.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 0)")
                except sqlite3.DatabaseError as exc:
                    problems.append(f"search index {fts}: {exc}")
        finally:
            raw.rollback()
            raw.close()
    return problems


def _counter_problems(engine: Engine) -> list[str]:
    """The trigger-kept live row counts must equal a real count."""
    if not inspect(engine).has_table("row_counts"):
        return []
    problems = []
    with engine.connect() as conn:
        for table in COUNTED_TABLES:
            kept = conn.execute(
                text("SELECT live FROM row_counts WHERE table_name = :t"), {"t": table}
            ).scalar()
            real = conn.execute(text(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")).scalar()
            if kept != real:
                problems.append(f"row count of {table}: kept {kept}, actual {real}")
    return problems + _owner_counter_problems(engine)


def _owner_counter_problems(engine: Engine) -> list[str]:
    """The per-owner live counts (a rep's list count, migration 0030) must equal a real count."""
    if not inspect(engine).has_table("owner_row_counts"):
        return []
    problems = []
    with engine.connect() as conn:
        for table in OWNER_COUNTED_TABLES:
            kept: dict[Any, int] = dict(
                conn.execute(
                    text("SELECT owner_id, live FROM owner_row_counts WHERE table_name = :t AND live <> 0"),
                    {"t": table},
                ).all()
            )
            real: dict[Any, int] = dict(
                conn.execute(
                    text(
                        f"SELECT owner_id, count(*) FROM {table} WHERE deleted_at IS NULL"
                        " AND owner_id IS NOT NULL GROUP BY owner_id"
                    )
                ).all()
            )
            wrong = sorted(str(o) for o in kept.keys() | real.keys() if kept.get(o, 0) != real.get(o, 0))
            if wrong:
                problems.append(
                    f"row counts per owner of {table}: {len(wrong)} owner(s) differ, e.g. {wrong[0]}"
                )
    return problems


def _segment_index_problems(engine: Engine) -> list[str]:
    """A segment's covering index outliving its segment only slows writes down."""
    if not inspect(engine).has_table("segments"):
        return []
    with Session(engine) as session:
        found = covering_index.orphans(session, engine.dialect.name)
    return [
        f"index {name} belongs to a segment that no longer exists"
        " (`rapport segment drop-orphan-indexes` drops it)"
        for name in found
    ]


def rollup_problems(engine: Engine) -> list[str]:
    """The trigger-kept deal rollups (migration 0007) must equal a recomputation from the deals."""
    if not inspect(engine).has_table("deal_closed_daily"):
        return []
    problems = []
    selects = recompute_selects(engine.dialect.name)
    with engine.connect() as conn:
        for table in ROLLUP_TABLES:
            live = " WHERE deals <> 0" if "deals" in COLUMNS[table] else ""
            kept = {tuple(r) for r in conn.execute(text(f"SELECT {COLUMNS[table]} FROM {table}{live}"))}
            real = {tuple(r) for r in conn.execute(text(selects[table]))}
            if kept != real:
                problems.append(
                    f"rollup {table}: {len(kept - real)} row(s) differ from a recount of the deals "
                    f"({len(real - kept)} missing)"
                )
    return problems
