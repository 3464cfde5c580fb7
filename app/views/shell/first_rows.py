"""Start-up: the first contacts on screen before the database layer has loaded, then the real page.

Importing SQLAlchemy, the models and the services takes most of a cold start (docs/benchmarks.md). When
the window opens on the Contacts page of an SQLite file at the current revision, the first page is read
with plain sqlite3 (app/services/core/first_page.py) and shown in a `ContactsPreview`; once those rows are
painted, the database layer is imported on a thread while the window stays responsive, then the database
is opened on the GUI thread (adopting the same connection) and the real page takes over. Anything else
(PostgreSQL, a new file, a migration to run, another last page, a custom-field column) opens directly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import import_module
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal, Slot

from app.config import Settings

CONTACTS_PAGE = 1  # its place in the sidebar (main_window.PAGE_TITLES)
# what open_database and the window's attach import first; loaded on the thread
DATABASE_LAYER = ("app.context", "app.views.records.contacts", "app.views.common.change_relay")


def show_first_rows(window: Any, settings: Settings, open_database: Callable[[Any], None]) -> None:
    """Show the first contacts if that is possible, then call `open_database(connection or None)`."""
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
    from app.views.shell.application import _after_first_paint

    loader = LayerLoader(window)
    loader.loaded.connect(lambda: open_database(connection))
    _after_first_paint(preview.table.viewport(), loader.start)


class LayerLoader(QObject):
    """Imports the database layer on a thread; `loaded` arrives on the GUI thread when it is done."""

    loaded = Signal()
    _done = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._done.connect(self._finish)  # queued: emitted from the thread

    def start(self) -> None:
        threading.Thread(target=self._load, name="load-database-layer", daemon=True).start()

    def _load(self) -> None:
        try:
            for module in DATABASE_LAYER:
                import_module(module)
        except Exception:  # the GUI thread imports it again and reports the failure
            pass
        self._done.emit()

    @Slot()
    def _finish(self) -> None:
        self.loaded.emit()


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
