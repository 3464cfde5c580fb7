"""`rapport --self-test`: prove that this build (frozen or not) can do its basic work, then exit.

Each step is independent and reports `ok` or `FAILED: reason`; the exit code is 0 only if all pass.
The installers' CI runs it inside the frozen bundle, so it touches what packaging can break: package
metadata, data files (migrations, resources), compiled extensions (SQLite with FTS5) and Qt plugins.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

APP_ICON = ("icons", "rapport.svg")


def _check_version(workdir: Path) -> str:
    from importlib.metadata import version

    import app

    installed = version("rapport-crm")  # raises in a bundle built without copy_metadata
    if installed != app.__version__:
        raise AssertionError(f"package metadata says {installed}, app.__version__ says {app.__version__}")
    return installed


def _check_resources(workdir: Path) -> str:
    from app.resources import resource_path

    icon = resource_path(*APP_ICON)
    if not icon.is_file():
        raise FileNotFoundError(f"application icon not found at {icon}")
    return str(icon.parent.parent)


def _db_url(workdir: Path) -> str:
    return f"sqlite:///{(workdir / 'selftest.db').as_posix()}"


def _check_database(workdir: Path) -> str:
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect as sa_inspect
    from sqlalchemy import select, text
    from sqlalchemy.orm import Session

    from app.db import make_engine
    from app.models import Account, User

    engine = make_engine(_db_url(workdir))
    try:
        cfg = Config()
        cfg.set_main_option("script_location", "app:migrations")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        head = ScriptDirectory.from_config(cfg).get_current_head()
        if head is None:
            raise FileNotFoundError("no migration scripts found in app/migrations/versions")
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current != head:
            raise AssertionError(f"database at revision {current} after upgrade, expected {head}")
        if "contacts_fts" not in sa_inspect(engine).get_table_names():
            raise AssertionError("full-text table contacts_fts is missing")

        with Session(engine) as session:
            user = User(name="Self Test", email="selftest@example.invalid")
            session.add(user)
            session.flush()
            session.add(Account(name="Selftest Widgets Ltd", city="Testville", owner_id=user.id))
            session.commit()
        with Session(engine) as session:
            account = session.scalars(select(Account).where(Account.name == "Selftest Widgets Ltd")).one()
            owner = session.get(User, account.owner_id)
            if owner is None or owner.email != "selftest@example.invalid":
                raise AssertionError("account owner did not read back")
            # FTS5 is compiled into the bundled SQLite: a MATCH proves it is there and the triggers ran.
            match = "SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'selft*'"
            hits = session.execute(text(match))
            if hits.scalar_one() != 1:
                raise AssertionError("full-text search did not find the new account")
            # Segments and custom fields compile to SQLite's JSON functions (json_extract, json_each).
            probe = "SELECT count(*) FROM json_each(json_extract('{\"t\": [1, 2]}', '$.t'))"
            if session.execute(text(probe)).scalar_one() != 2:
                raise AssertionError("SQLite's JSON functions are missing")
    finally:
        engine.dispose()  # Windows cannot delete the temporary directory while the file is open
    return f"schema {head}, 2 records written and read, FTS5 search, JSON functions"


def _check_postgres_driver(workdir: Path) -> str:
    import psycopg
    from psycopg import pq
    from sqlalchemy import create_engine

    create_engine("postgresql+psycopg://selftest@localhost/selftest").dispose()  # loads the dialect only
    libpq = divmod(pq.version(), 10000)  # 180006 -> (18, 6)
    return f"psycopg {psycopg.__version__} ({pq.__impl__}), libpq {libpq[0]}.{libpq[1]}"


def _check_window(workdir: Path) -> str:
    # Offscreen unless told otherwise: a self-test should not flash a window or need a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    # Check the plugin files first: a platform plugin that fails to load aborts the process.
    missing = _missing_platform_plugins([Path(p) for p in QCoreApplication.libraryPaths()])
    if missing:
        raise FileNotFoundError(f"Qt platform plugin(s) not bundled: {', '.join(missing)}")
    messages: list[str] = []  # Qt's warnings are noise when all is well and the clue when it is not
    previous = qInstallMessageHandler(lambda _mode, _context, message: messages.append(message))
    try:
        return _open_main_window(workdir)
    except Exception as exc:
        if messages:
            raise RuntimeError(f"{exc} (Qt said: {' | '.join(messages[-3:])})") from exc
        raise
    finally:
        qInstallMessageHandler(previous)


def _open_main_window(workdir: Path) -> str:
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from app.config import Settings
    from app.context import AppContext
    from app.resources import resource_path
    from app.views.shell.main_window import MainWindow

    qapp = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "rapport"])
    if QIcon(str(resource_path(*APP_ICON))).pixmap(64, 64).isNull():
        raise AssertionError("the SVG application icon did not render (Qt SVG plugins missing?)")
    ctx = AppContext.open(Settings(db_url=_db_url(workdir)))
    try:
        window = MainWindow(ctx)
        window.show()
        qapp.processEvents()
        visible = window.isVisible()
        window.show_page(window.pages.index(window.dashboard))  # pyqtgraph and numpy must be bundled
        window.dashboard.worker.wait()
        qapp.processEvents()
        if not window.dashboard.charts["pipeline"].png().startswith(b"\x89PNG"):
            raise AssertionError("the dashboard's charts did not draw")
        window.show_page(window.pages.index(window.schedule))  # the Gantt exports through QPdfWriter
        qapp.processEvents()
        if not window.schedule.pdf().startswith(b"%PDF"):
            raise AssertionError("the Gantt did not export as PDF")
        window.close()
        window.deleteLater()
        qapp.processEvents()
    finally:
        ctx.close()
    if not visible:
        raise AssertionError("the main window did not become visible")
    return f"main window and dashboard charts shown, platform {QGuiApplication.platformName()}"


def _missing_platform_plugins(plugin_dirs: list[Path]) -> list[str]:
    """Name the platform plugins a bundle needs that are in none of Qt's plugin folders."""
    native = {"linux": "xcb", "darwin": "cocoa", "win32": "windows"}.get(sys.platform)
    wanted = ["offscreen"] + ([native] if native else [])
    present = {p.name for folder in plugin_dirs for p in (folder / "platforms").glob("*")}
    return [name for name in wanted if not any(name in file for file in present)]


def _check_pdf(workdir: Path) -> str:
    """Render a small document with the bundled fonts; check the file and its page count."""
    from datetime import date
    from decimal import Decimal

    from app.models.base import utcnow, uuid7
    from app.services.documents.company import CompanySettings
    from app.services.documents.document_input import DocumentDetail, LineDetail
    from app.services.documents.pdf import render
    from app.services.documents.totals import LineFigures, compute

    figures = [LineFigures(Decimal("2"), Decimal("9.95"), Decimal(0), Decimal(19))]
    totals = compute(figures, "EUR")
    line = LineDetail(
        1, None, "", "Żółw Ærø", Decimal(2), "pc", Decimal("9.95"), Decimal(0), Decimal(19), totals.nets[0]
    )
    now = utcnow()
    doc = DocumentDetail(
        uuid7(),
        1,
        "quote",
        "Q-TEST-1",
        "draft",
        date.today(),
        None,
        None,
        uuid7(),
        "Selftest & <Co>",
        (),
        None,
        "",
        None,
        None,
        "",
        None,
        "EUR",
        "",
        "",
        (line,),
        totals.taxes,
        totals.subtotal,
        totals.tax,
        totals.total,
        now,
        now,
    )
    data = render(doc, CompanySettings(name="Self Test"))
    (workdir / "selftest.pdf").write_bytes(data)
    if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
        raise AssertionError("the PDF is malformed or lacks the bundled DejaVu font")
    if b"/Count 1" not in data:
        raise AssertionError("expected a one-page PDF")
    import pypdfium2 as pdfium  # what print preview and printing draw with: its library must be bundled

    pdf = pdfium.PdfDocument(data)
    try:
        bitmap = pdf[0].render(scale=0.25)
        if bitmap.width < 100:
            raise AssertionError("PDFium rendered an empty page")
    finally:
        pdf.close()
    return f"1 page, {len(data):,} bytes, DejaVu embedded, printable (PDFium)"


def _check_time_zones(workdir: Path) -> str:
    """Read an Outlook-style event in a Windows zone: zoneinfo must find the bundled IANA zones."""
    from datetime import UTC, datetime

    from app.services.scheduling.calendar_files import read_items

    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:selftest\r\nSUMMARY:Self-test\r\n"
        "DTSTART;TZID=W. Europe Standard Time:20260710T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    items, _skipped, _notes = read_items(text, UTC, None)
    start = items[0].data.start_at
    if start != datetime(2026, 7, 10, 8, 0, tzinfo=UTC):
        raise AssertionError(f"10:00 W. Europe Standard Time in July read as {start}, not 08:00 UTC")
    return "W. Europe Standard Time -> Europe/Berlin, summer time right"


def _check_readers(workdir: Path) -> str:
    """The libraries the readers and duplicate detection load data files from: charset-normalizer's
    detection of a Greek file, the nicknames table and the postal address layouts (data files a bundle
    must ship)."""
    from app.services.core.postal import PostalAddress, postal_lines
    from app.services.importing.csv_read import read_table
    from app.services.quality.similarity import _nicknames

    greek = workdir / "greek.csv"
    greek.write_bytes(b"Last name,City\n" + "Παπαδόπουλος,Αθήνα\n".encode("iso-8859-7") * 20)
    table = read_table(greek)
    if table.rows[0][1][1] != "Αθήνα":
        raise AssertionError(f"an ISO-8859-7 file read as {table.rows[0][1]!r}")
    if "bill" not in _nicknames("william"):
        raise AssertionError("the nicknames table does not know Bill for William")
    lines = postal_lines(PostalAddress("1 Main St", "62701", "Springfield", "IL", "US"), postal_case=True)
    if "SPRINGFIELD, IL 62701" not in lines:
        raise AssertionError(f"the United States address layout is missing: {lines}")
    return f"ISO-8859-7 detected ({table.encoding}), nicknames table and address layouts loaded"


STEPS: list[tuple[str, Callable[[Path], str]]] = [
    ("version", _check_version),
    ("resources", _check_resources),
    ("database", _check_database),
    ("pdf", _check_pdf),
    ("time zones", _check_time_zones),
    ("readers", _check_readers),
    ("postgres driver", _check_postgres_driver),
    ("window", _check_window),
]


def run(out: Callable[[str], object] = print) -> int:
    """Run every step, print one line per step, return 0 if all passed, else 1."""
    import app

    kind = "frozen" if getattr(sys, "frozen", False) else "development"
    out(f"Rapport {app.__version__} self-test ({kind}, Python {platform.python_version()}, {sys.platform})")
    started = time.perf_counter()
    failures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="rapport-selftest-", ignore_cleanup_errors=True) as tmp:
        for name, step in STEPS:
            t0 = time.perf_counter()
            try:
                detail = step(Path(tmp))
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}".strip()
                out(f"{name}: FAILED: {reason}")
                failures.append((name, traceback.format_exc()))
                continue
            out(f"{name}: ok ({detail}) [{(time.perf_counter() - t0) * 1000:.0f} ms]")
    elapsed = time.perf_counter() - started
    if failures:
        for name, trace in failures:
            print(f"--- {name} traceback ---\n{trace}", file=sys.stderr)
        out(f"self-test FAILED ({len(failures)} of {len(STEPS)} steps) in {elapsed:.2f} s")
        return 1
    out(f"self-test passed in {elapsed:.2f} s")
    return 0
