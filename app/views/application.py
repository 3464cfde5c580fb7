"""Start the desktop app: QApplication, the context, the main window, the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import Settings, resolve_settings
from app.services.errors import RapportError

ORGANIZATION = "Rapport"
APPLICATION = "Rapport"


def make_qapp(argv: list[str]) -> QApplication:
    """Create (or reuse) the QApplication with our names (QSettings uses them), style and icon."""
    from app.views.style import app_icon, apply_style

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    qapp = QApplication.instance() or QApplication(argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationDisplayName("Rapport")
    qapp.setWindowIcon(app_icon())
    apply_style(qapp)
    return qapp


def run_gui(settings: Settings, argv: list[str]) -> int:
    """Open the database and show the main window until it closes; returns the exit code."""
    qapp = make_qapp(argv)
    from app.context import AppContext
    from app.views.main_window import MainWindow

    try:
        ctx = AppContext.open(settings)
    except RapportError as exc:  # DatabaseError and friends: say it in words, not a traceback
        QMessageBox.critical(None, "Rapport cannot open the database", f"{settings.db_url}\n\n{exc}")
        return 2
    try:
        window = MainWindow(ctx)
        window.show()
        return qapp.exec()
    finally:
        ctx.close()


if __name__ == "__main__":  # python -m app.views.application [--demo | DB]
    args = sys.argv[1:]
    db = next((a for a in args if not a.startswith("-")), None)
    raise SystemExit(run_gui(resolve_settings(db=db, demo="--demo" in args), sys.argv))
