"""The "Rapport cannot open the database" dialog: what happened and what to do, never a password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.config import Settings
from app.services.database.open_errors import DatabaseOpenError, explain

TITLE = "Rapport cannot open the database"


def open_error_box(parent: QWidget | None, error: DatabaseOpenError) -> QMessageBox:
    """The dialog for `error`, not yet shown (tests and screenshots look at it)."""
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, error.what, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("openErrorBox")
    box.setInformativeText(f"{error.todo}\n\nDatabase: {error.where}".strip())
    box.setMinimumWidth(520)
    return box


def show_open_error(parent: QWidget | None, exc: BaseException, settings: Settings) -> DatabaseOpenError:
    """Explain `exc`, met while opening `settings`' database, in a modal dialog; returns the explanation."""
    error = explain(exc, settings.db_url)
    open_error_box(parent, error).exec()
    return error


def ask_to_create(parent: QWidget | None, path: Path) -> bool:
    """--db or $RAPPORT_DB names a file that does not exist: a typo, or a new database? The user says."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "No database there",
        f"There is no database at {path}.",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("missingDatabaseBox")
    box.setInformativeText(
        QCoreApplication.translate(
            "shell.open_error",
            "If the path has a typo, quit and start Rapport with the right one. Or create a new, empty database at this path.",
        )
    )
    create = box.addButton(
        QCoreApplication.translate("shell.open_error", "Create a new database"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("shell.open_error", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is create
