"""Backup and restore of the embedded SQLite database.

Restore never renames over, or deletes the -wal of, a database another program may hold. It takes SQLite's
own exclusive lock on the live file (`locking_mode=EXCLUSIVE` and a read): any other connection, in any
process, holds a shared lock on a WAL database for as long as it is open, so the lock is refused while the
app or a `rapport` command has the file open, on Linux, macOS and Windows alike. Holding that lock, the
backup is copied into the file through SQLite's backup API, in one transaction with `synchronous=FULL`.
Only a file SQLite cannot read at all (a damaged header) is replaced at the file level: nothing can have
it open as a database.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.private_files import fsync_dir, private_dir, private_file
from app.services.core.errors import DatabaseError
from app.services.database.verify import verify_backup_file

STALE_PART_SECONDS = 600  # a .part file untouched this long belongs to a backup that was interrupted
LOCK_TIMEOUT_S = 0.5


def default_backup_name(db_path: Path) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{stamp}.db"


def describe_rapport_file(path: Path) -> str:
    """Return the schema revision of a complete, undamaged Rapport database file, or raise DatabaseError."""
    return verify_backup_file(path)


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (consistent even while in use).

    The copy is written to `target.part` (0600) and renamed into place; an interrupted backup removes its
    `.part`, and leftovers of a killed one are removed by the next backup into the same folder.
    """
    if engine.dialect.name != "sqlite":
        raise DatabaseError("backup works on the embedded SQLite database; for PostgreSQL use pg_dump")
    private_dir(target.parent)
    _remove_stale_parts(target.parent)
    tmp = target.with_suffix(target.suffix + ".part")
    tmp.unlink(missing_ok=True)
    try:
        raw = engine.raw_connection()
        try:
            dest = sqlite3.connect(private_file(tmp))
            try:
                dest.execute("PRAGMA synchronous=FULL")
                raw.driver_connection.backup(dest)  # type: ignore[union-attr]
                dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
            finally:
                dest.close()
        finally:
            raw.close()
        tmp.replace(target)
    except BaseException:  # KeyboardInterrupt too: never leave a half-written .part behind
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return target


def _remove_stale_parts(folder: Path) -> None:
    cutoff = time.time() - STALE_PART_SECONDS
    for part in folder.glob("*.part"):
        with contextlib.suppress(OSError):  # another backup may just have finished with it
            if part.stat().st_mtime < cutoff:
                part.unlink()


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    revision: str


def restore_sqlite(source: Path, db_path: Path, *, quick: bool = False) -> RestoreResult:
    """Replace the database with a verified backup; the current file is first saved in backups/.

    `quick`: SQLite's quick_check instead of the full integrity check of the backup (see verify_backup_file).
    """
    revision = verify_backup_file(source, quick=quick)
    if not db_path.exists():
        private_dir(db_path.parent)
        _copy_file_into_place(source, db_path)
        return RestoreResult(source, None, revision)
    safety = _safety_path(db_path)
    try:
        try:
            with exclusive_connection(db_path) as live:
                try:
                    _sqlite_copy(live, safety)
                    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
                    try:
                        src.backup(live)
                    finally:
                        src.close()
                except sqlite3.DatabaseError as exc:
                    if _damaged(exc):  # damaged pages: keep the file byte for byte instead
                        raise _Unreadable(str(exc)) from exc
                    raise DatabaseError(f"the restore failed and changed nothing ({exc})") from exc
        except _Unreadable:  # no program can use this file as a database; keep it for whoever recovers it
            _copy_private(db_path, safety)
            _copy_file_into_place(source, db_path)
    except OSError as exc:  # disk full, permissions: say so; the current database is still in place
        raise DatabaseError(f"the restore failed and changed nothing ({exc.strerror or exc})") from exc
    return RestoreResult(source, safety, revision)


def _sqlite_copy(conn: sqlite3.Connection, target: Path) -> None:
    target.unlink(missing_ok=True)
    dest = sqlite3.connect(private_file(target))
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def _copy_private(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    with private_file(target).open("r+b") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out)


def _safety_path(db_path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    folder = private_dir(db_path.parent / "backups")
    path = folder / f"{db_path.stem}-before-restore-{stamp}.db"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{db_path.stem}-before-restore-{stamp}-{n}.db"
    return path


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt"))


class _Unreadable(Exception):
    """SQLite cannot read the file as a database at all."""


@contextlib.contextmanager
def exclusive_connection(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection holding SQLite's exclusive lock on `db_path` until it closes, or DatabaseError naming
    why not: another program has the database open."""
    conn = sqlite3.connect(db_path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("COMMIT")  # the lock stays: exclusive locking mode keeps it until close
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseError(
                    f"{db_path} is open in another program (the Rapport app or a `rapport` command). "
                    "Close it and try again; nothing was changed."
                ) from exc
            if _damaged(exc):  # "file is not a database", "database disk image is malformed"
                raise _Unreadable(str(exc)) from exc
            raise DatabaseError(
                f"{db_path} cannot be opened for the restore ({exc}); nothing was changed"
            ) from exc
        yield conn
    finally:
        conn.close()


def _copy_file_into_place(source: Path, db_path: Path) -> None:
    """Copy `source` beside `db_path` (0600), make it durable, then rename it over `db_path`."""
    tmp = db_path.with_suffix(db_path.suffix + ".restoring")
    tmp.unlink(missing_ok=True)
    try:
        _copy_private(source, tmp)
        with tmp.open("rb+") as out:
            os.fsync(out.fileno())
        for suffix in ("-wal", "-shm"):  # belong to the damaged file: they would be replayed onto the backup
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        tmp.replace(db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(db_path.parent)
