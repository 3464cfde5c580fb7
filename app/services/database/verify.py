"""Is this file a Rapport database this version can use? Revision, schema (tables and columns) and integrity.

Restore checks a backup completely before anything is replaced: the SQLite header, a schema revision this
version knows (a newer one is named as such), every table and column the migrations create at that
revision (compared with an empty database migrated to the same revision), and `PRAGMA integrity_check`.
Opening checks the cheap part (tables and columns against the models) on every start.
"""

from __future__ import annotations

import sqlite3
from contextlib import nullcontext
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect

from app.migrations import HEAD
from app.services.core.errors import DatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"


def newer_revision_message(where: str, revision: str) -> str:
    return (
        f"{where} was made by a newer Rapport (schema revision {revision}; this version knows revisions up to "
        f"{HEAD}). Install the newest Rapport to use it."
    )


def read_header(path: Path) -> bytes:
    """The first 16 bytes of a file that no connection of this process holds (a backup, a restore source)."""
    with path.open("rb") as fh:
        return fh.read(16)


def require_sqlite_header(path: Path) -> None:
    """Raise DatabaseError unless `path` is an existing file that starts like an SQLite database."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist")
    if read_header(path) != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not an SQLite database, so not a Rapport database")


def verify_backup_file(path: Path, *, integrity: bool = True, quick: bool = False) -> str:
    """Return the schema revision of a complete, undamaged Rapport database file, or raise DatabaseError.

    `quick` runs `quick_check` instead of `integrity_check`: every page and row, but not whether each index
    matches its table (6 s instead of 140 s on a 2.5 GB, 1,000,000-contact file; docs/reliability.md).
    """
    from app.services.database.revisions import known_revisions

    require_sqlite_header(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = _columns(conn)
        if "alembic_version" not in tables:
            raise DatabaseError(f"{path} is not a Rapport database (it has no schema revision table)")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise DatabaseError(f"{path} has no schema revision; it is not a complete Rapport database")
        revision = str(row[0])
        if revision not in known_revisions():
            raise DatabaseError(newer_revision_message(str(path), revision))
        problems = schema_differences(tables, reference_schema(revision))
        if problems:
            raise DatabaseError(
                f"{path} is not a Rapport database at revision {revision}: {'; '.join(problems[:3])}"
                + (f" (and {len(problems) - 3} more differences)" if len(problems) > 3 else "")
            )
        if integrity:
            pragma = "quick_check" if quick else "integrity_check"
            result = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
            if result != ["ok"]:
                raise DatabaseError(f"{path} is damaged (SQLite integrity check: {'; '.join(result[:3])})")
        return revision
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} cannot be read as a Rapport database: {exc}") from exc
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        name: {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
        for name in names
        if not name.startswith("sqlite_")
    }


@cache
def reference_schema(revision: str) -> dict[str, set[str]]:
    """Tables and columns of an empty database migrated to `revision` (about 1.5 s; restore only)."""
    from alembic import command

    from app.db import make_engine
    from app.services.database.revisions import alembic_config

    engine = make_engine("sqlite:///:memory:")
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return _columns(raw)
    finally:
        engine.dispose()


def schema_differences(found: dict[str, set[str]], wanted: dict[str, set[str]]) -> list[str]:
    """Missing tables, missing columns and unexpected columns in our tables (other tables are left alone)."""
    problems = []
    for table in sorted(wanted):
        if table not in found:
            problems.append(f"table {table} is missing")
            continue
        missing = sorted(wanted[table] - found[table])
        extra = sorted(found[table] - wanted[table])
        if missing:
            problems.append(f"table {table} lacks column(s) {_few(missing)}")
        if extra:
            problems.append(f"table {table} has unexpected column(s) {_few(extra)}")
    return problems


def _few(names: list[str], most: int = 4) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def model_schema_problems(conn: Connection | Engine) -> list[str]:
    """The open database against the models this version uses (run at start-up, after migrating)."""
    from app.models import Base

    found: dict[str, set[str]] = {}
    if conn.dialect.name == "sqlite":  # one query instead of a reflection per table (start-up time)
        with conn.connect() if isinstance(conn, Engine) else nullcontext(conn) as c:
            for table, column in c.exec_driver_sql(
                "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'"
            ):
                found.setdefault(table, set()).add(column)
    else:
        inspector = inspect(conn)
        existing = set(inspector.get_table_names())
        found = {
            t.name: {c["name"] for c in inspector.get_columns(t.name)}
            for t in Base.metadata.sorted_tables
            if t.name in existing
        }
    wanted = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
    return schema_differences(found, wanted)
