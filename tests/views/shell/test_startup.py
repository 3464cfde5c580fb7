"""Two-step start: the window shows before the database layer loads, then the pages are attached."""

from __future__ import annotations

from app.config import Settings
from app.services.core.listing import ListQuery
from app.views.shell.application import open_database
from app.views.shell.main_window import PAGE_TITLES, MainWindow
from tests.views.shell.open_error_helpers import answer_next_box


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


def test_a_file_that_is_not_a_rapport_database_is_reported_and_kept(qtbot, tmp_path):
    bogus = tmp_path / "notes.db"
    import sqlite3

    conn = sqlite3.connect(bogus)
    conn.execute("CREATE TABLE notes (id INTEGER)")
    conn.close()
    shown: list = []
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    answer_next_box(shown)
    assert open_database(window, Settings(db_url=f"sqlite:///{bogus}")) is None
    assert shown and "not a Rapport database" in shown[0]["text"]
    assert not window.isVisible()
    tables = sqlite3.connect(bogus).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("notes",)]  # nothing was written into the other program's file


def test_attach_builds_only_the_page_shown_and_the_others_on_first_showing(qtbot, ctx, sample):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert [type(p).__name__ for p in window.pages.built()] == ["ContactsPage"]  # the default last page
    assert window.stack.count() == len(window.pages) == len(PAGE_TITLES)
    window.sidebar.setCurrentRow(0)  # a click on Accounts builds it in its place
    assert [type(p).__name__ for p in window.pages.built()] == ["AccountsPage", "ContactsPage"]
    assert window.stack.currentWidget() is window.accounts and window.pages.index(window.accounts) == 0
    assert window.count_label.text() == "2 accounts"
    window.open_record("contact", sample.ada)  # already built: not built again
    assert window.stack.currentWidget() is window.contacts and len(window.pages.built()) == 2
    assert window.contacts.detail.title.text() == "Ada Lovelace"
    trash = PAGE_TITLES.index("Trash")  # the last page but the Audit log
    window.show_page(trash)
    assert window.current_page() is window.trash and window.stack.indexOf(window.trash) == trash
    assert len(window.pages.built()) == 3


def test_a_page_built_late_shows_what_changed_before_it_existed(qtbot, ctx, sample):
    from app.services.documents.products import ProductInput

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert ctx.products.count(ListQuery()) == 0
    ctx.products.create(ProductInput(name="Late widget", sku="LATE-1", price="12.50", currency="EUR"))
    window.show_page(window.pages.index(window.products))
    assert window.products.model.rowCount() == 1 and window.count_label.text() == "1 product"
    ctx.products.create(ProductInput(name="Later widget", sku="LATE-2", price="1", currency="EUR"))
    qtbot.waitUntil(lambda: window.products.model.rowCount() == 2, timeout=2000)  # through the relay
    assert window.count_label.text() == "2 products"


def test_closing_keeps_the_column_layout_of_pages_never_built(qtbot, ctx, sample):
    from PySide6.QtCore import QSettings

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.documents.table.horizontalHeader().resizeSection(0, 321)
    window.close()  # saves the layouts of the three pages built so far
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert QSettings().value("documents/header") is not None
    assert "DocumentsPage" not in [type(p).__name__ for p in again.pages.built()]
    again.close()  # Documents was not built this time: its stored layout must survive
    third = MainWindow(ctx)
    qtbot.addWidget(third)
    third.show()
    assert third.documents.table.horizontalHeader().sectionSize(0) == 321
    third.relay.close()


def test_opening_the_database_imports_only_what_the_first_page_needs(tmp_path, sqlite_template):
    """In a fresh process: the context and the Contacts page leave the other services and pages unloaded."""
    import shutil
    import subprocess
    import sys

    shutil.copyfile(sqlite_template, tmp_path / "at-head.db")  # migrated already: no Alembic at start-up

    code = """
import sys
from PySide6.QtWidgets import QApplication
from app.config import Settings
from app.services.core.listing import ListQuery
from app.views.shell.main_window import MainWindow
from app.views.shell.application import open_database
QApplication([])
window = MainWindow()
ctx = open_database(window, Settings(db_url=sys.argv[1]))
window.contacts.model.rowCount()
print(" ".join(sorted(m for m in sys.modules if m.startswith("app."))))
ctx.close()
"""
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code, f"sqlite:///{tmp_path / 'at-head.db'}"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.split()
    assert "app.views.records.contacts" in out and "app.services.records.contacts" in out
    never = {
        "app.services.sales.forecast",
        "app.services.scheduling.gantt",
        "app.services.documents.documents",
        "app.services.scheduling.calendar_files",
        "app.services.sales.conversion",
        "app.services.metrics.service",
        "app.services.segments.service",
        "app.services.sales.leads",
        "app.views.records.accounts",
        "app.views.schedule.page",
        "app.views.dashboard.page",
        "app.views.records.editors",
        "app.views.segments.builder",
        "app.views.lists.export_action",
    }
    assert never.isdisjoint(out), sorted(never & set(out))
