"""`rapport restore` in another process while the app has the database open: refused, and the app's saves
stay where they were (issue 15: restore deleted the -wal and renamed over the open file)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.services.core.listing import ListQuery
from app.services.records.contacts import ContactInput
from tests.concurrency.cli_process import rapport


def test_restore_from_another_process_is_refused_while_the_app_runs(tmp_path: Path, sqlite_template: Path):
    db = tmp_path / "rapport.db"
    shutil.copyfile(sqlite_template, db)
    backup = tmp_path / "old.db"
    shutil.copyfile(sqlite_template, backup)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}", user_email="t@example.com"))
    try:
        ctx.contacts.create(ContactInput(last_name="Saved while open"))
        done = rapport("--db", str(db), "restore", str(backup))
        assert done.returncode == 1
        assert "is open in another program" in done.stderr and "nothing was changed" in done.stderr
        ctx.contacts.create(ContactInput(last_name="Saved after the refusal"))
        assert ctx.contacts.count(ListQuery()) == 2
        assert Path(f"{db}-wal").exists()
    finally:
        ctx.close()
    conn = sqlite3.connect(db)
    names = {r[0] for r in conn.execute("SELECT last_name FROM contacts")}
    conn.close()
    assert names == {"Saved while open", "Saved after the refusal"}
    done = rapport("--db", str(db), "restore", str(backup))  # the app has quit: now it goes ahead
    assert done.returncode == 0, done.stderr
    assert "the previous database was saved as" in done.stdout
