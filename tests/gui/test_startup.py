"""Two-step start: the window shows before the database layer loads, then the pages are attached."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.config import Settings
from app.views.application import open_database
from app.views.main_window import MainWindow


def test_window_shows_before_a_database_is_attached(qtbot, ctx, sample):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_opening("demo.db")
    window.show()
    assert window.opening.text() == "Opening demo.db…"
    assert window.pages == [] and not window.new_action.isEnabled()
    window.show_page(1)  # navigating before the pages exist is harmless
    window.attach(ctx)
    assert window.new_action.isEnabled()
    assert window.current_page() is window.contacts
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 22, timeout=2000)


def test_open_database_attaches_the_pages(qtbot, tmp_path, sample):
    window = MainWindow()
    qtbot.addWidget(window)
    ctx = open_database(window, Settings(db_url=f"sqlite:///{tmp_path / 'fresh.db'}"))
    try:
        assert ctx is not None and window.ctx is ctx
        assert window.accounts.model.rowCount() == 0
    finally:
        ctx.close()


def test_a_file_that_is_not_a_rapport_database_is_reported_and_kept(qtbot, tmp_path, monkeypatch):
    bogus = tmp_path / "notes.db"
    import sqlite3

    conn = sqlite3.connect(bogus)
    conn.execute("CREATE TABLE notes (id INTEGER)")
    conn.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert open_database(window, Settings(db_url=f"sqlite:///{bogus}")) is None
    assert shown and "not a Rapport database" in shown[0][1]
    assert not window.isVisible()
    tables = sqlite3.connect(bogus).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("notes",)]  # nothing was written into the other program's file
