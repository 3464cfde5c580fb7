"""Start the desktop app: QApplication, the context, the main window, the event loop."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.config import Settings, resolve_settings

ORGANIZATION = "Rapport"
APPLICATION = "Rapport"

log = logging.getLogger(__name__)


def make_qapp(argv: list[str]) -> QApplication:
    """Create (or reuse) the QApplication with our names (QSettings uses them), style and icon."""
    from app.views.common import i18n
    from app.views.common.style import app_icon, apply_style

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    qapp = QApplication.instance() or QApplication(argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationDisplayName("Rapport")
    qapp.setDesktopFileName("rapport")  # lets Wayland/GNOME match the window to rapport.desktop and its icon
    qapp.setWindowIcon(app_icon())
    i18n.install()  # the language (View > Language, else the OS's) and its number and date formats
    apply_style(qapp)
    return qapp


def run_gui(settings: Settings, argv: list[str]) -> int:
    """Show the window at once, open the database right after its first paint, run until it closes."""
    import os

    from app.views.shell.platform_check import missing_display_library

    problem = missing_display_library(os.environ)
    if problem is not None:  # Qt would abort with a message that does not say what to install
        print(problem, file=sys.stderr)
        return 2
    qapp = make_qapp(argv)
    chosen = choose_database(settings)
    if chosen is None:
        return 0
    from app.views.shell.main_window import MainWindow

    window = MainWindow()
    MainWindow.reopen_hook = staticmethod(reopen)  # File > Connect to a team server… reopens through it
    opened = start(window, chosen, _install_lock_waiter)
    SESSIONS.append((window, opened))
    window.show()
    code = qapp.exec()
    from app.views.shell.first_rows import finish_opening

    for each_window, each_opened in SESSIONS:
        finish_opening(each_window)  # the window closed while the database was opening on its thread
        if each_opened.get("ctx") is not None:
            each_opened["ctx"].close()
    opened = SESSIONS[-1][1]  # the window last opened (File > Connect to a team server… opens another)
    # no "ctx" at all: the window was closed while the database was still opening (not a failure)
    return code if opened.get("ctx") is not None or "ctx" not in opened else max(code, 2)


# (window, its `start` dict) for each main window of this run: the first, and one per reconnection
SESSIONS: list[tuple[Any, dict[str, Any]]] = []


def choose_database(settings: Settings) -> Settings | None:
    """The database to open when none was named (--db, $RAPPORT_DB): the team server connected to from
    the app (its URL in the keyring), else the file on this computer; on the very first start, the
    person chooses (None: they closed the choice)."""
    if settings.explicit:
        return settings
    from PySide6.QtCore import QSettings

    from app.views.shell.connect_server import USE_SAVED_SERVER, FirstRunChoice, ask_for_server

    if QSettings().value(USE_SAVED_SERVER, False, bool):
        from app.services.access import keyring_store

        saved = keyring_store.load_server() if keyring_store.available() else None
        if saved:
            return Settings(db_url=saved, user_email=settings.user_email, explicit=True)
    from app.config import default_db_path

    path = settings.sqlite_path
    if path is None or path.exists() or path != default_db_path():  # not the first start (or the demo)
        return settings
    choice = FirstRunChoice()
    if choice.exec() != FirstRunChoice.DialogCode.Accepted:
        return None
    url = ask_for_server(None) if choice.team else None
    return Settings(db_url=url, user_email=settings.user_email, explicit=True) if url else settings


def reopen(old_window: Any, settings: Settings) -> Any:
    """Open `settings`' database in a new main window (a team database asks its user to sign in) and
    close `old_window` and its database; returns the new window."""
    from app.views.shell.first_rows import finish_opening
    from app.views.shell.main_window import MainWindow

    window = MainWindow()
    MainWindow.reopen_hook = staticmethod(reopen)
    opened = start(window, settings)
    SESSIONS.append((window, opened))
    window.show()  # before the old one closes, so the application does not quit
    old_ctx = old_window.ctx
    old_window.close()
    finish_opening(old_window)
    for _each, each_opened in SESSIONS:
        if old_ctx is not None and each_opened.get("ctx") is old_ctx:
            each_opened["ctx"] = None
    if old_ctx is not None:
        old_ctx.close()
    old_window.deleteLater()
    return window


def _install_lock_waiter() -> None:
    """Every save of the GUI thread shows a wait for another writer (imported here: write_lock loads
    SQLAlchemy, which start-up keeps off the path to the first rows)."""
    from app.services.core.write_lock import install_waiter
    from app.views.common.lock_wait import LockWaitNotice

    install_waiter(LockWaitNotice())


def start(window: Any, settings: Settings, before_open: Callable[[], None] | None = None) -> dict[str, Any]:
    """After the window's first paint, show the first contacts (app/views/shell/first_rows.py) and open the
    database, calling `before_open()` on the GUI thread first; the returned dict gets the context under
    "ctx" once it is open."""
    from app.views.shell.first_rows import after_first_paint, show_first_rows

    window.show_opening(_describe(settings))
    opened: dict[str, Any] = {}

    def open_now(connection: Any = None, opening: Callable[[], Any] | None = None) -> None:
        if before_open is not None:
            before_open()
        opened["ctx"] = open_database(window, settings, connection, opening)

    after_first_paint(window, lambda: show_first_rows(window, settings, open_now))
    return opened


def open_database(
    window: Any, settings: Settings, connection: Any = None, opening: Callable[[], Any] | None = None
) -> Any:
    """Open the context and attach it to the window; on failure say why and what to do in a dialog
    (never only on stderr, never with a password) and close the window. `connection`: the first rows'
    SQLite connection, which the engine adopts; `opening`: gives the context opened on a thread (or raises
    what opening it raised)."""
    from app.context import AppContext  # the database layer loads here, after the window is on screen
    from app.views.common.file_dialogs import protect_database
    from app.views.shell.open_error import ask_to_create, show_open_error

    missing = settings.missing_file
    if missing is not None and not ask_to_create(window, missing):
        window.close()
        return None
    from app.services.access.signin import SignInError

    try:
        try:
            ctx = opening() if opening is not None else AppContext.open(settings, first_connection=connection)
        except SignInError:  # a team database: its user signs in
            from app.views.shell.sign_in import sign_in

            ctx = sign_in(window, settings)
            if ctx is None:
                window.close()
                return None
    except Exception as exc:  # any failure to open: corrupt, newer, refused password, unreachable, denied
        log.warning("cannot open the database %s: %s", settings.display_url, type(exc).__name__)
        show_open_error(window, exc, settings)
        window.close()
        return None
    protect_database(settings.sqlite_path)
    window.attach(ctx)
    return ctx


def _describe(settings: Settings) -> str:
    path = settings.sqlite_path
    return path.name if path else settings.display_url


if __name__ == "__main__":  # python -m app.views.shell.application [--demo | DB]
    args = sys.argv[1:]
    db = next((a for a in args if not a.startswith("-")), None)
    raise SystemExit(run_gui(resolve_settings(db=db, demo="--demo" in args), sys.argv))
