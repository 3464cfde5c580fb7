"""Every export and print path of the running app, then a `rapport` command in another process: the app's
-wal file survives and a backup taken by another process holds the app's last save (issue 15, item 1).

The app's session lives in this test process, as in the real app. Each path is driven through its real
menu slot and its real file dialog, which is left open on the database's folder until it has looked at
every file there (Qt's stock dialog opened the database file to guess its type, dropping SQLite's
POSIX locks, after which the next command deleted the app's -wal and -shm files).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from app.config import Settings
from app.context import AppContext
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput
from tests.concurrency.cli_process import open_paths, rapport

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class App:
    ctx: AppContext
    window: object
    db: Path
    out: Path
    qtbot: object


@pytest.fixture
def app(tmp_path: Path, sqlite_template: Path, qtbot, monkeypatch) -> Iterator[App]:  # type: ignore[no-untyped-def]
    from app.views.shell.main_window import MainWindow

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "rapport.db"
    shutil.copyfile(sqlite_template, db)
    monkeypatch.chdir(folder)  # the dialogs open where their suggested name points: the database's folder
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}", user_email="tester@example.com"))
    account = ctx.accounts.create(AccountInput(name="Acme GmbH")).value
    ctx.documents.create(
        DocumentInput(
            account_id=account.id, issued_on=date(2026, 1, 5), lines=(LineInput("Widget", "2", "10"),)
        )
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    out = tmp_path / "out"
    out.mkdir()
    yield App(ctx, window, db, out, qtbot)
    window.relay.close()
    ctx.close()


def _answer_file_dialog(qtbot, db: Path, target: Path) -> None:  # type: ignore[no-untyped-def]
    """When the file dialog shows, wait until it has listed the database and its type, then save to `target`."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QPrintPreviewDialog):
            dialog.reject()
            return
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        qtbot.waitUntil(lambda: model.index(str(db)).isValid(), timeout=5000)
        qtbot.waitUntil(
            lambda: bool(
                model.data(model.index(model.index(str(db)).row(), 2, model.index(str(db)).parent()))
            ),
            timeout=5000,
        )
        qtbot.wait(200)
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(0, answer)


def _dashboard_pdf(app: App) -> None:
    page = app.window.dashboard  # type: ignore[attr-defined]
    app.window.show_page(app.window.pages.index(page))  # type: ignore[attr-defined]
    page._ask_and_save("PDF report", "pdf", page.export_pdf)


def _dashboard_csv(app: App) -> None:
    page = app.window.dashboard  # type: ignore[attr-defined]
    page._ask_and_save("CSV", "csv", page.export_csv)


def _gantt_pdf(app: App) -> None:
    app.window.schedule._ask_pdf()  # type: ignore[attr-defined]


def _gantt_png(app: App) -> None:
    app.window.schedule._ask_png()  # type: ignore[attr-defined]


def _gantt_print_preview(app: App) -> None:
    app.window.schedule.print_gantt()  # type: ignore[attr-defined]


def _select_document(app: App) -> object:
    page = app.window.documents  # type: ignore[attr-defined]
    app.window.show_page(app.window.pages.index(page))  # type: ignore[attr-defined]
    app.qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)  # type: ignore[attr-defined]
    page.select_row(0)
    return page


def _document_pdf(app: App) -> None:
    _select_document(app).save_pdf()  # type: ignore[attr-defined]


def _document_print_preview(app: App) -> None:
    _select_document(app).print_preview()  # type: ignore[attr-defined]


def _contacts_csv(app: App) -> None:
    app.window.contacts.export_rows()  # type: ignore[attr-defined]


def _calendar_ics(app: App) -> None:
    from app.views.activities.actions import export_calendar

    export_calendar(app.window)  # type: ignore[arg-type]


PATHS: dict[str, tuple[Callable[[App], None], str]] = {
    "dashboard-pdf": (_dashboard_pdf, "dashboard.pdf"),
    "dashboard-csv": (_dashboard_csv, "dashboard.csv"),
    "gantt-pdf": (_gantt_pdf, "schedule.pdf"),
    "gantt-png": (_gantt_png, "schedule.png"),
    "gantt-print-preview": (_gantt_print_preview, ""),
    "document-pdf": (_document_pdf, "quote.pdf"),
    "document-print-preview": (_document_print_preview, ""),
    "contacts-csv": (_contacts_csv, "contacts.csv"),
    "calendar-ics": (_calendar_ics, "rapport.ics"),
}


def _wal_alive(db: Path) -> bool:
    wal = Path(f"{db}-wal")
    if not wal.exists():
        return False
    held = open_paths(str(wal)) if os.path.isdir("/proc/self/fd") else {}
    return not any(target.endswith("(deleted)") for target in held.values())


@pytest.mark.parametrize("name", list(PATHS))
def test_a_command_beside_the_app_after_an_export_leaves_the_apps_wal(app: App, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    action, output = PATHS[name]
    app.ctx.contacts.create(ContactInput(last_name="Before"))
    assert _wal_alive(app.db)
    target = app.out / output if output else app.out / "unused"
    _answer_file_dialog(qtbot, app.db, target)
    action(app)
    if output:  # saved in the folder chosen (a save dialog may keep its suggested name)
        assert [f.stat().st_size > 0 for f in app.out.iterdir()] == [True]
    listed = rapport("--db", str(app.db), "document", "list")
    assert listed.returncode == 0, listed.stderr
    assert _wal_alive(app.db), f"after {name}, `rapport document list` deleted the app's -wal file"
    app.ctx.contacts.create(ContactInput(last_name="Saved after the export"))
    backup = app.out / "backup.db"
    made = rapport("--db", str(app.db), "backup", "-o", str(backup))
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(backup)
    try:
        names = {r[0] for r in conn.execute("SELECT last_name FROM contacts")}
    finally:
        conn.close()
    assert "Saved after the export" in names


def test_the_app_opens_no_file_dialog_but_the_safe_one() -> None:
    """The static QFileDialog helpers bring back the stock icon provider: only file_dialogs.py may use Qt's."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app").rglob("*.py")
        if "QFileDialog" in path.read_text(encoding="utf-8") and path.name != "file_dialogs.py"
    ]
    assert offenders == []


def test_the_open_database_is_recognised_as_a_dialog_answer_by_stat_only(app: App) -> None:
    """A dialog refuses to hand the open database (or its -wal/-shm) to an export or a reader."""
    from app.views.common.file_dialogs import is_database_file, protect_database

    protect_database(app.db)
    try:
        link = app.out / "same-file.db"
        os.link(app.db, link)  # another name for the same file is still the database
        assert is_database_file(str(app.db)) and is_database_file(str(link))
        assert is_database_file(f"{app.db}-wal")
        assert not is_database_file(str(app.out / "dashboard.pdf"))
    finally:
        protect_database(None)
    assert not is_database_file(str(app.db))
    assert _wal_alive(app.db)
