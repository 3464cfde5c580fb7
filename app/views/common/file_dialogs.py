"""Open and save file dialogs that never open the files they list.

Qt's file dialog asks its icon provider for each listed file's type, and the stock provider finds it with
`QMimeDatabase.mimeTypeForFile`, which opens the file to sniff its first bytes when the name alone is not
conclusive (`*.db` is not). Opening and closing the database file in the app's process drops every POSIX
lock SQLite holds on it (fcntl locks belong to the process, not the descriptor): the next `rapport`
command on that file then believes it is alone, checkpoints and deletes the app's -wal and -shm files,
and the app's later saves go to a deleted file (issue 15). In-process native dialogs (GTK's) sniff the
same way, so the app uses Qt's own dialog with an icon provider that judges by the name only, except on
Windows, whose locks belong to the handle and whose dialog is the system's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QMessageBox, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name, never from the file's content."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        mime = self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or "File"

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)


_PROVIDER: list[NameOnlyIconProvider] = []  # one for the process; a dialog does not own its provider


def _provider() -> NameOnlyIconProvider:
    if not _PROVIDER:
        _PROVIDER.append(NameOnlyIconProvider())
    return _PROVIDER[0]


def file_dialog(parent: QWidget | None, caption: str, start: str, filters: str, *, save: bool) -> QFileDialog:
    """The dialog, not yet shown (tests drive it)."""
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setIconProvider(_provider())
    return dialog


DATABASE_PROPERTY = "rapportDatabaseFile"


def protect_database(path: Path | None) -> None:
    """Name the open database file: no dialog hands it (or its -wal/-shm) to the app to read or overwrite,
    since reading it drops SQLite's locks and writing it destroys it."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(DATABASE_PROPERTY, str(path) if path else "")


def is_database_file(chosen: str) -> bool:
    """Whether `chosen` is the open database or its -wal/-shm (compared by stat, never by opening it)."""
    app = QCoreApplication.instance()
    database = app.property(DATABASE_PROPERTY) if app is not None else None
    if not database or not chosen:
        return False
    for name in (database, f"{database}-wal", f"{database}-shm"):
        try:
            if os.path.samefile(chosen, name):
                return True
        except OSError:  # one of them does not exist
            continue
    return False


def _run(dialog: QFileDialog) -> tuple[str, str]:
    while dialog.exec():
        files = dialog.selectedFiles()
        chosen = files[0] if files else ""
        if not is_database_file(chosen):
            return chosen, dialog.selectedNameFilter()
        QMessageBox.warning(
            dialog.parentWidget(),
            QCoreApplication.translate("common.file_dialogs", "Rapport's own database"),
            QCoreApplication.translate(
                "common.file_dialogs", "{name} is the database Rapport has open. Choose another file."
            ).format(name=Path(chosen).name),
        )
    return "", ""


def get_save_file_name(
    parent: QWidget | None, caption: str, start: str = "", filters: str = ""
) -> tuple[str, str]:
    """Like `QFileDialog.getSaveFileName`: (path or "", chosen filter)."""
    return _run(file_dialog(parent, caption, start, filters, save=True))


def get_open_file_name(
    parent: QWidget | None, caption: str, start: str = "", filters: str = ""
) -> tuple[str, str]:
    """Like `QFileDialog.getOpenFileName`: (path or "", chosen filter)."""
    return _run(file_dialog(parent, caption, start, filters, save=False))


def get_existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str:
    """Like `QFileDialog.getExistingDirectory` (the safe icon provider, as every dialog here): a folder or ""."""
    dialog = file_dialog(parent, caption, start, "", save=False)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
