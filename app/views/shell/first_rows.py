"""Start-up: the first contacts on screen before the database layer has loaded, then the real page.

Importing SQLAlchemy, the models and the services takes most of a cold start (docs/benchmarks.md). When
the window opens on the Contacts page of an SQLite file at the current revision, the first page is read
with plain sqlite3 (app/services/core/first_page.py) and shown in a `ContactsPreview`; once those rows are
painted, the database layer is imported and the database opened (the engine adopting the same connection,
the ORM configured by the first queries) on a thread while the window stays responsive; then the real
page is built on the GUI thread and takes over. Anything else
(PostgreSQL, a new file, a migration to run, another last page, a custom-field column) opens directly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from importlib import import_module
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.config import Settings
from app.services.core.errors import RapportError
from app.services.core.first_page import PAGE_SIZE

log = logging.getLogger(__name__)

CONTACTS_PAGE = 1  # its place in the sidebar (main_window.PAGE_TITLES)
# what open_database and the window's attach import first; loaded on the thread
DATABASE_LAYER = ("app.context", "app.views.records.contacts", "app.views.common.change_relay")


def show_first_rows(window: Any, settings: Settings, open_database: Callable[..., None]) -> None:
    """Show the first contacts if that is possible, then call `open_database(connection or None)`, or
    `open_database(connection, opening)` with the context opened on a thread (see `DatabaseOpener`)."""
    from app.services.core.first_page import reader_for

    remembered = QSettings()
    reader = None
    if (
        settings.missing_file is None
        and _int(remembered.value("window/page", CONTACTS_PAGE)) == CONTACTS_PAGE
    ):
        reader = reader_for(settings.sqlite_path)
    connection = reader.connection if reader is not None else None
    preview = None
    if reader is not None:
        from app.views.records.contacts_preview import contacts_preview

        preview = contacts_preview(reader, remembered)
    if preview is None:
        open_database(connection)
        return
    window.show_preview(preview, f"{preview.model.total:,} contacts")
    opener = DatabaseOpener(window, settings, connection, (preview.model.sort_key, preview.model.descending))
    opener.opened.connect(lambda opening: open_database(connection, opening))
    after_first_paint(preview.table.viewport(), opener.start)


def after_first_paint(widget: QWidget, action: Callable[[], None]) -> None:
    """Run `action` once, from the event loop, after `widget` has painted for the first time."""

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, action)
            return False

    widget._first_paint = FirstPaint(widget)  # type: ignore[attr-defined]
    widget.installEventFilter(widget._first_paint)  # type: ignore[attr-defined]


class DatabaseOpener(QObject):
    """Imports the database layer and opens the context on a thread; `opened(opening)` arrives on the GUI
    thread, `opening()` giving the context or raising what opening it raised (the GUI reports it)."""

    opened = Signal(object)
    _done = Signal(object)

    def __init__(
        self, parent: QObject, settings: Settings, connection: Any, sort: tuple[str, bool] | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.connection = connection
        self.sort = sort
        self.thread: threading.Thread | None = None
        self.unclaimed: Any = None  # a context opened but never handed to the GUI (the window closed first)
        self._done.connect(self._finish)  # queued: emitted from the thread

    def start(self) -> None:
        self.thread = threading.Thread(target=self._open, name="open-database", daemon=True)
        self.thread.start()

    def finish(self, timeout: float = 30) -> None:
        """At exit: wait for the thread, and close a context the window never took."""
        if self.thread is not None:
            self.thread.join(timeout)
        if self.unclaimed is not None:
            self.unclaimed.close()
            self.unclaimed = None

    def _open(self) -> None:
        try:
            for module in DATABASE_LAYER:
                import_module(module)
            from app.context import AppContext

            ctx = AppContext.open(self.settings, first_connection=self.connection)
            if self.sort is not None:
                _warm(ctx, *self.sort)
        except Exception as exc:  # handed to the GUI thread, which reports it
            failure = exc

            def opening() -> Any:
                raise failure
        else:
            self.unclaimed = ctx

            def opening() -> Any:
                self.unclaimed = None
                return ctx

        self._done.emit(opening)

    @Slot(object)
    def _finish(self, opening: Callable[[], Any]) -> None:
        self.opened.emit(opening)


def finish_opening(window: QObject) -> None:
    """Wait for a database still opening on its thread and close it (run_gui, after the event loop)."""
    for opener in window.findChildren(DatabaseOpener):
        opener.finish()


def _warm(ctx: Any, sort: str, descending: bool) -> None:
    """Make the Contacts page's first reads once here: SQLAlchemy then compiles and caches their statements
    on this thread, not while the GUI thread builds the page (the rows read are dropped)."""
    from app.services.core.listing import ListQuery

    query = ListQuery(sort=sort, descending=descending)
    try:
        ctx.custom_fields.fields("contact")
        ctx.contacts.page(query, 0, PAGE_SIZE, ctx.contacts.count(query))
    except RapportError as exc:  # the page reports its own failures when it reads
        log.info("warming the Contacts page's queries failed: %s", exc)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
