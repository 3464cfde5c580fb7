"""Backup and restore of the embedded SQLite database."""

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
