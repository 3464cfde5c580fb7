"""Start-up's first contact rows: shown before SQLAlchemy loads, the same rows as the real page, handed over
with what the user did meanwhile, and the normal path whenever the preview cannot be exact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from app.config import Settings
from app.context import AppContext
from app.services.core.first_page import reader_for
from app.services.records.contacts import ContactInput
from app.views.common.columns import CONTACT_COLUMNS
from app.views.records.contacts_preview import CONTACT_PREVIEW_COLUMNS, ContactsPreview, contacts_preview
from app.views.shell.first_rows import show_first_rows
from app.views.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "pyqtgraph", "openpyxl", "phonenumbers", "icalendar")


@pytest.fixture
def many(ctx: AppContext, sample) -> AppContext:  # type: ignore[no-untyped-def]
    """More contacts than one screen, some with equal last names."""
    for i in range(60):
        ctx.contacts.create(
            ContactInput(
                last_name=f"Name{i % 7}", first_name=f"P{i:02d}", email=f"p{i}@x.example", city="Oslo"
            )
        )
    return ctx


def _start(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """The window with start-up's preview shown; returns it and the connection passed on to the open."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    passed: list = []
    show_first_rows(window, ctx.settings, lambda connection, opening=None: passed.append(connection))
    return window, passed


def _cells(model, rows: int) -> list[list[str]]:  # type: ignore[no-untyped-def]
    standard = range(len(CONTACT_PREVIEW_COLUMNS))
    return [[model.data(model.index(r, c)) or "" for c in standard] for r in range(rows)]


def test_the_preview_columns_are_the_contacts_columns():
    def spec(c):  # type: ignore[no-untyped-def]
        return (c.key, c.title, c.width, c.sort, c.hidden, c.align_right)

    assert [spec(c) for c in CONTACT_PREVIEW_COLUMNS] == [spec(c) for c in CONTACT_COLUMNS]


@pytest.mark.parametrize("sorted_by", [None, ("email", Qt.SortOrder.DescendingOrder)])
def test_the_preview_shows_the_rows_the_page_then_shows(qtbot, many, sorted_by):  # type: ignore[no-untyped-def]
    if sorted_by is not None:  # a sort remembered from the last session
        before = MainWindow(many)
        qtbot.addWidget(before)
        column = [c.key for c in CONTACT_COLUMNS].index(sorted_by[0])
        before.contacts.table.sortByColumn(column, sorted_by[1])
        before.save_settings()
        before.relay.close()
    window, _passed = _start(qtbot, many)
    preview = window.stack.currentWidget()
    assert isinstance(preview, ContactsPreview)
    assert window.count_label.text() == "82 contacts"
    expected_rows = _cells(preview.model, 82)
    assert preview.model.rowCount() == 82 and all(row[0] for row in expected_rows)
    window.attach(many)
    page = window.contacts
    assert window.stack.currentWidget() is page
    assert _cells(page.model, 82) == expected_rows  # every standard column, hidden ones too
    assert (
        page.table.horizontalHeader().sortIndicatorSection()
        == preview.table.horizontalHeader().sortIndicatorSection()
    )
    assert window.count_label.text() == "82 contacts"
    window.relay.close()


def test_the_page_keeps_the_row_selected_and_the_scroll_position(qtbot, many):  # type: ignore[no-untyped-def]
    window, _passed = _start(qtbot, many)
    preview = window.stack.currentWidget()
    preview.table.selectRow(30)
    preview.table.verticalScrollBar().setValue(200)
    preview.table.horizontalHeader().resizeSection(2, 333)  # Email, made wider meanwhile
    window.attach(many)
    page = window.contacts
    assert page.current_row() == 30
    assert page.table.verticalScrollBar().value() == 200
    assert page.table.horizontalHeader().sectionSize(2) == 333
    assert page.table.mapTo(page, QPoint(0, 0)) == preview.table.mapTo(preview, QPoint(0, 0))
    window.relay.close()


def test_a_database_opened_after_the_window_closed_is_closed_at_exit(qtbot, many):  # type: ignore[no-untyped-def]
    from app.views.shell.first_rows import DatabaseOpener, finish_opening

    window = MainWindow()
    qtbot.addWidget(window)
    reader = reader_for(many.settings.sqlite_path)
    opener = DatabaseOpener(window, many.settings, reader.connection)
    opener.start()
    finish_opening(window)  # as run_gui does once the event loop has ended, the result never delivered
    assert opener.thread is not None and not opener.thread.is_alive()
    assert opener.unclaimed is None
    with pytest.raises(sqlite3.ProgrammingError):  # its engine, and the adopted connection, are closed
        reader.connection.execute("SELECT 1")


def test_a_search_typed_during_start_up_is_applied(qtbot, many):  # type: ignore[no-untyped-def]
    window, _passed = _start(qtbot, many)
    window.stack.currentWidget().search.setText("Lovelace")
    window.attach(many)
    page = window.contacts
    assert page.search.text() == "Lovelace" and page.model.query.search == "Lovelace"
    assert page.model.rowCount() == 1 and page.model.item(0).last_name == "Lovelace"
    window.relay.close()


def test_the_preview_model_passes_the_model_tester(qtbot, qtmodeltester, many):  # type: ignore[no-untyped-def]
    reader = reader_for(many.settings.sqlite_path)
    preview = contacts_preview(reader, QSettings())
    qtbot.addWidget(preview)
    qtmodeltester.check(preview.model)


def test_a_shown_custom_field_column_takes_the_normal_path(qtbot, many):  # type: ignore[no-untyped-def]
    from app.services.core.custom_fields import FieldInput

    many.custom_fields.create(FieldInput(entity_type="contact", label="Tier", kind="text"))
    before = MainWindow(many)
    qtbot.addWidget(before)
    before.contacts.table.horizontalHeader().setSectionHidden(len(CONTACT_COLUMNS), False)
    before.save_settings()
    before.relay.close()
    window, passed = _start(qtbot, many)
    assert not isinstance(window.stack.currentWidget(), ContactsPreview)
    assert len(passed) == 1 and passed[0] is not None  # opened at once, still on the one connection


def test_a_database_to_migrate_opens_directly_on_the_same_connection(qtbot, many):  # type: ignore[no-untyped-def]
    with many.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0016'")
    window, passed = _start(qtbot, many)
    assert not isinstance(window.stack.currentWidget(), ContactsPreview)
    assert len(passed) == 1 and passed[0] is not None  # the engine adopts it; the migration runs as ever


def test_another_last_page_or_a_server_database_opens_directly(qtbot, many, tmp_path):  # type: ignore[no-untyped-def]
    QSettings().setValue("window/page", 0)  # Accounts
    window, passed = _start(qtbot, many)
    assert not isinstance(window.stack.currentWidget(), ContactsPreview) and passed == [None]
    QSettings().setValue("window/page", 1)
    window = MainWindow()
    qtbot.addWidget(window)
    opened: list = []
    show_first_rows(
        window, Settings(db_url="postgresql+psycopg://u@127.0.0.1/none"), lambda c: opened.append(c)
    )
    assert opened == [None] and not isinstance(window.stack.currentWidget(), ContactsPreview)


def test_the_first_rows_are_painted_before_the_database_layer_is_imported(tmp_path, many):  # type: ignore[no-untyped-def]
    """A fresh process runs `rapport --db FILE` (app.cli.main) and looks at sys.modules at the first paints
    of the window and of the rows."""
    script = f"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow
from app.views.shell.application import make_qapp
import app.cli
qapp = make_qapp([])
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint:
            return False
        parent = obj.parent()
        if isinstance(obj, QMainWindow):
            print("window", [m for m in {HEAVY!r} if m in sys.modules])
        elif parent is not None and parent.objectName() == "contactsPreviewTable":
            print("rows", parent.model().rowCount(), [m for m in {HEAVY!r} if m in sys.modules])
            qapp.quit()
        return False
watch = Watch()
qapp.installEventFilter(watch)
app.cli.main(["--db", {str(many.settings.sqlite_path)!r}])
"""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    lines = out.stdout.splitlines()
    assert "window []" in lines and "rows 82 []" in lines, out.stdout + out.stderr
