"""Backup, restore and integrity checks of the embedded SQLite database."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.services.core.errors import DatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
REQUIRED_TABLES = {"alembic_version", "contacts", "accounts", "users", "audit_entries"}


def default_backup_name(db_path: Path) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{stamp}.db"


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (consistent even while in use)."""
    if engine.dialect.name != "sqlite":
        raise DatabaseError("backup works on the embedded SQLite database; for PostgreSQL use pg_dump")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    tmp.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(tmp)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
            dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            dest.close()
    finally:
        raw.close()
    tmp.replace(target)
    return target


def describe_rapport_file(path: Path) -> str:
    """Return the schema revision of a Rapport database file, or raise DatabaseError saying why not."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not an SQLite database, so not a Rapport database")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = REQUIRED_TABLES - names
        if missing:
            raise DatabaseError(f"{path} is not a Rapport database (no {', '.join(sorted(missing))} table)")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise DatabaseError(f"{path} has no schema revision; it is not a complete Rapport database")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DatabaseError(f"{path} is damaged (SQLite quick_check failed)")
        return str(row[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} cannot be read as a Rapport database: {exc}") from exc
    finally:
        conn.close()


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None


def restore_sqlite(source: Path, db_path: Path) -> RestoreResult:
    """Replace the database with a backup, after validating it and saving the current file aside."""
    describe_rapport_file(source)
    safety = None
    if db_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        safety = db_path.parent / "backups" / f"{db_path.stem}-before-restore-{stamp}.db"
        safety.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(db_path)
        try:
            dest = sqlite3.connect(safety)
            src.backup(dest)
            dest.close()
        finally:
            src.close()
    tmp = db_path.with_suffix(".restoring")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp.replace(db_path)
    return RestoreResult(source, safety)


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    revision: str | None
    head: str

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(engine: Engine) -> CheckReport:
    """Integrity, foreign keys, search index and migration state."""
    from app.services.database.schema import current_revision, head_revision  # schema imports this module

    problems: list[str] = []
    revision = current_revision(engine)
    head = head_revision()
    if revision != head:
        problems.append(f"schema revision is {revision}, expected {head} (run the app once to migrate)")
    problems.extend(_counter_problems(engine))
    problems.extend(rollup_problems(engine))
    problems.extend(_segment_index_problems(engine))
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
    return CheckReport(tuple(problems), revision, head)


def _counter_problems(engine: Engine) -> list[str]:
    """The trigger-kept live row counts must equal a real count."""
    from sqlalchemy import inspect, text

    from app.migrations.counter_ddl import COUNTED_TABLES

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
    return problems


def _segment_index_problems(engine: Engine) -> list[str]:
    """A segment's covering index outliving its segment only slows writes down."""
    from sqlalchemy import inspect
    from sqlalchemy.orm import Session

    from app.services.segments import covering_index

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
    from sqlalchemy import inspect, text

    from app.migrations.rollup_ddl import COLUMNS, ROLLUP_TABLES, recompute_selects

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
