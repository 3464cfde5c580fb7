"""Every failure to open a database is a dialog saying what happened and what to do, without a password
(issue 15, item 4)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.config import Settings
from app.views.shell.application import open_database
from app.views.shell.main_window import MainWindow
from tests.views.shell.open_error_helpers import answer_next_box


def _open(qtbot, settings: Settings, png: Path | None = None, button: str | None = None):  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    shown: list = []
    answer_next_box(shown, button, str(png) if png else None)
    ctx = open_database(window, settings)
    return window, ctx, shown


def test_a_corrupt_file_is_explained_with_the_way_back(qtbot, tmp_path, sqlite_template):
    db = tmp_path / "rapport.db"
    shutil.copyfile(sqlite_template, db)
    db.write_bytes(b"\x00" * 100 + db.read_bytes()[100:])  # the header is gone
    window, ctx, shown = _open(qtbot, Settings(db_url=f"sqlite:///{db}"), tmp_path / "corrupt.png")
    assert ctx is None and not window.isVisible()
    [box] = shown
    assert box["name"] == "openErrorBox" and box["title"] == "Rapport cannot open the database"
    assert "damaged or is not a database" in box["text"]
    assert "rapport restore" in box["info"] and "backups folder" in box["info"]
    assert f"Database: {db}" in box["info"]
    assert (tmp_path / "corrupt.png").stat().st_size > 0


def test_a_database_from_a_newer_rapport_says_so(qtbot, tmp_path, sqlite_template):
    db = tmp_path / "rapport.db"
    shutil.copyfile(sqlite_template, db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    _window, ctx, shown = _open(qtbot, Settings(db_url=f"sqlite:///{db}"), tmp_path / "newer.png")
    assert ctx is None
    assert "made by a newer Rapport (schema revision 0099" in shown[0]["text"]
    assert "Install the newest Rapport" in shown[0]["text"]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099",)  # left as it was
    conn.close()


def test_an_unreachable_server_is_explained_without_its_password(qtbot, tmp_path):
    url = "postgresql+psycopg://rapport:s3cr3t-pw@127.0.0.1:1/rapport?connect_timeout=2"
    _window, ctx, shown = _open(qtbot, Settings(db_url=url), tmp_path / "server.png")
    assert ctx is None
    box = shown[0]
    assert "cannot reach the database" in box["text"] and "server is running" in box["info"]
    assert all("s3cr3t-pw" not in text for text in box.values())
    assert "rapport:***@127.0.0.1:1" in box["info"]


def test_a_mistyped_db_path_asks_instead_of_creating(qtbot, tmp_path):
    missing = tmp_path / "typo.db"
    _window, ctx, shown = _open(qtbot, Settings(db_url=f"sqlite:///{missing}", explicit=True), button="Quit")
    assert ctx is None and not missing.exists()
    assert shown[0]["name"] == "missingDatabaseBox" and str(missing) in shown[0]["text"]
    _window, ctx, shown = _open(
        qtbot, Settings(db_url=f"sqlite:///{missing}", explicit=True), button="Create a new database"
    )
    try:
        assert ctx is not None and missing.exists()
    finally:
        ctx.close()
