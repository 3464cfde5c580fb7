"""Restore and backup on the file itself: another program holding the database, foreign, newer and damaged
files, interrupted backups (issue 15, item 4)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.config import Settings
from app.context import AppContext
from app.migrations import HEAD
from app.services.core.errors import DatabaseError
from app.services.database import backup as backup_module
from app.services.database.backup import backup_sqlite, restore_sqlite
from app.services.database.open_errors import DatabaseOpenError

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("SELECT count(*) FROM contacts").fetchone()
print("holding", flush=True)
sys.stdin.read()
"""


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT last_name FROM contacts")}
    finally:
        conn.close()


def _add_contact(path: Path, name: str) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}", user_email="t@example.com"))
    try:
        from app.services.records.contacts import ContactInput

        ctx.contacts.create(ContactInput(last_name=name))
    finally:
        ctx.close()


@pytest.fixture
def live(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "live" / "rapport.db"
    path.parent.mkdir()
    shutil.copyfile(sqlite_template, path)
    _add_contact(path, "Live")
    return path


@pytest.fixture
def backup_file(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "backup.db"
    shutil.copyfile(sqlite_template, path)
    _add_contact(path, "From the backup")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


def test_restore_is_refused_while_another_process_holds_the_database(live, backup_file):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(live)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(DatabaseError, match="open in another program"):
            restore_sqlite(backup_file, live)
        assert _names(live) == {"Live"}
        assert not (live.parent / "backups").exists() or not any((live.parent / "backups").iterdir())
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    result = restore_sqlite(backup_file, live)  # the other program has closed it: now it goes ahead
    assert _names(live) == {"From the backup"}
    assert result.safety_copy is not None and _names(result.safety_copy) == {"Live"}


def test_restore_is_refused_while_the_app_is_open_in_this_process(live, backup_file):
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{live}", user_email="t@example.com"))
    try:
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        with pytest.raises(DatabaseError, match="open in another program"):
            restore_sqlite(backup_file, live)
    finally:
        ctx.close()
    assert _names(live) == {"Live"}


def test_a_backup_at_a_newer_revision_is_refused_with_its_revision(live, backup_file):
    conn = sqlite3.connect(backup_file)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    with pytest.raises(
        DatabaseError, match=r"made by a newer Rapport \(schema revision 0099; .* up to " + HEAD
    ):
        restore_sqlite(backup_file, live)
    assert _names(live) == {"Live"}


def test_a_crafted_file_with_our_table_names_but_other_columns_is_refused(live, tmp_path, backup_file):
    crafted = tmp_path / "crafted.db"
    shutil.copyfile(backup_file, crafted)
    conn = sqlite3.connect(crafted)
    conn.execute("ALTER TABLE users RENAME COLUMN name TO full_name")
    conn.commit()
    conn.close()
    with pytest.raises(
        DatabaseError, match=r"not a Rapport database at revision .*users lacks column\(s\) name"
    ):
        restore_sqlite(crafted, live)
    assert _names(live) == {"Live"}


def test_a_file_of_empty_tables_named_like_ours_is_refused(live, tmp_path, sqlite_template):
    crafted = tmp_path / "crafted.db"
    source = sqlite3.connect(sqlite_template)
    conn = sqlite3.connect(crafted)
    for (name,) in source.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ):
        conn.execute(f'CREATE TABLE "{name}" (version_num TEXT)')
    conn.execute(f"INSERT INTO alembic_version (version_num) VALUES ('{HEAD}')")
    conn.commit()
    conn.close()
    source.close()
    with pytest.raises(DatabaseError, match="not a Rapport database at revision") as caught:
        restore_sqlite(crafted, live)
    assert len(str(caught.value)) < 800  # named, not listed in full
    assert _names(live) == {"Live"}


def test_open_refuses_a_database_whose_columns_differ_from_the_models(live):
    conn = sqlite3.connect(live)
    conn.execute("ALTER TABLE users RENAME COLUMN name TO full_name")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match=r"users lacks column\(s\) name"):
        AppContext.open(Settings(db_url=f"sqlite:///{live}"))


def test_restore_replaces_a_database_with_a_damaged_header_and_keeps_it(live, backup_file):
    damaged = b"garbage, not the SQLite header!" + live.read_bytes()[31:]
    live.write_bytes(damaged)
    Path(f"{live}-wal").write_bytes(b"stale")
    result = restore_sqlite(backup_file, live)
    assert _names(live) == {"From the backup"}
    assert result.safety_copy is not None and result.safety_copy.read_bytes() == damaged
    assert not Path(f"{live}-wal").exists()


def test_restore_replaces_a_database_with_damaged_pages(live, backup_file):
    data = bytearray(live.read_bytes())
    page = 4096
    for n in range(2, len(data) // page):
        data[n * page : n * page + 64] = b"\xff" * 64
    live.write_bytes(bytes(data))
    result = restore_sqlite(backup_file, live)
    assert _names(live) == {"From the backup"}
    assert result.safety_copy is not None and result.safety_copy.exists()


def test_an_interrupted_backup_leaves_no_part_file(live, tmp_path, monkeypatch):
    real_connect = sqlite3.connect

    class Interrupted(sqlite3.Connection):
        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if "journal_mode" in sql:  # the copy is written; Ctrl+C arrives before it is renamed
                raise KeyboardInterrupt
            return super().execute(sql, *args)

    from app.db import make_engine

    engine = make_engine(f"sqlite:///{live}")
    target = tmp_path / "out" / "copy.db"
    monkeypatch.setattr(backup_module.sqlite3, "connect", lambda p, **k: real_connect(p, factory=Interrupted))
    with pytest.raises(KeyboardInterrupt):
        backup_sqlite(engine, target)
    monkeypatch.setattr(backup_module.sqlite3, "connect", real_connect)
    assert list(target.parent.iterdir()) == []
    engine.dispose()


def test_a_stale_part_file_is_removed_by_the_next_backup(live, tmp_path):
    from app.db import make_engine

    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "rapport-20260101-000000.db.part"
    stale.write_bytes(b"half a backup")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = folder / "another-backup-running.db.part"
    fresh.write_bytes(b"being written right now")
    engine = make_engine(f"sqlite:///{live}")
    backup_sqlite(engine, folder / "new.db")
    engine.dispose()
    assert sorted(p.name for p in folder.iterdir()) == ["another-backup-running.db.part", "new.db"]
