"""The commits that cannot be redone are synced to disk: migrations, backups and restores use
`synchronous=FULL` (docs/reliability.md), while everyday connections use NORMAL.

Each test reads `PRAGMA synchronous` on the very connection that does the work (SQLite: 1 = NORMAL,
2 = FULL), so it fails if that connection ever runs with NORMAL.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.db import make_engine
from app.services.database import backup as backup_module
from app.services.database.backup import backup_sqlite, restore_sqlite
from app.services.database.schema import upgrade

NORMAL, FULL = 1, 2


def test_every_migration_step_runs_on_a_connection_with_synchronous_full(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    engine = make_engine(f"sqlite:///{path}")
    seen: list[tuple[str, int]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def record(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        # every migration step ends by writing its revision into alembic_version, inside the migration
        if "alembic_version" in statement and statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            (level,) = cursor.connection.execute("PRAGMA synchronous").fetchone()
            seen.append((statement.split()[0], level))

    upgrade(engine, path)
    with engine.connect() as conn:  # the pooled connection is back to the everyday setting
        after = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    engine.dispose()
    assert len(seen) >= 10, seen  # one per revision from an empty database
    assert {level for _, level in seen} == {FULL}, seen
    assert after == NORMAL


class _Recording(sqlite3.Connection):
    """A real sqlite3 connection that notes its synchronous level just before it closes."""

    closed: list[tuple[str, int]] = []
    target = ""

    def close(self) -> None:
        try:
            (level,) = self.execute("PRAGMA synchronous").fetchone()
            _Recording.closed.append((self.target, level))
        except sqlite3.ProgrammingError:  # already closed
            pass
        super().close()


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The (file, synchronous level) of each connection the backup module opens with sqlite3.connect."""
    original = sqlite3.connect
    _Recording.closed = []

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = original(database, *args, factory=_Recording, **kwargs)
        assert isinstance(conn, _Recording)
        conn.target = str(database)
        return conn

    monkeypatch.setattr(backup_module.sqlite3, "connect", connect)
    return _Recording.closed


def _database(path: Path, mark: int) -> None:
    """A migrated database marked by its user_version (the restore copies it with every page)."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version={mark}")
    engine.dispose()


def test_a_backup_is_written_with_synchronous_full(tmp_path: Path, recorded: list[tuple[str, int]]) -> None:
    _database(tmp_path / "live.db", 1)
    engine = make_engine(f"sqlite:///{tmp_path / 'live.db'}")
    target = backup_sqlite(engine, tmp_path / "backups" / "copy.db")
    engine.dispose()
    writes = [level for name, level in recorded if name.endswith("copy.db.part")]
    assert target.exists() and writes == [FULL], recorded


def test_a_restore_and_its_safety_copy_are_written_with_synchronous_full(
    tmp_path: Path, recorded: list[tuple[str, int]]
) -> None:
    _database(tmp_path / "live.db", 1)
    _database(tmp_path / "old.db", 2)
    result = restore_sqlite(tmp_path / "old.db", tmp_path / "live.db")
    assert result.safety_copy is not None
    into_live = [level for name, level in recorded if name == str(tmp_path / "live.db")]
    into_safety = [level for name, level in recorded if name == str(result.safety_copy)]
    assert into_live == [FULL] and into_safety == [FULL], recorded
    with sqlite3.connect(tmp_path / "live.db") as conn:  # the restore went through
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
