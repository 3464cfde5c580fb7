"""What the dialogs that make a PDF share (labels, letters, call sheet): Preview… / Save as PDF… / Close,
and saving the PDF they make to a file the user picks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.views.common.file_dialogs import get_save_file_name


def pdf_buttons(dialog: QDialog, preview: Callable[[], None], save: Callable[[], None]) -> QDialogButtonBox:
    """The button box: Preview… (the default), Save as PDF…, Close."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    preview_button = buttons.addButton(
        QCoreApplication.translate("common.pdf_dialog", "Preview…"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    preview_button.setDefault(True)
    save_button = buttons.addButton(
        QCoreApplication.translate("common.pdf_dialog", "Save as PDF…"),
        QDialogButtonBox.ButtonRole.ActionRole,
    )
    preview_button.clicked.connect(preview)
    save_button.clicked.connect(save)
    buttons.rejected.connect(dialog.reject)
    dialog.preview_button = preview_button  # type: ignore[attr-defined]
    dialog.save_button = save_button  # type: ignore[attr-defined]
    return buttons


def save_pdf(dialog: QDialog, caption: str, suggested: str, make: Callable[[], bytes | None]) -> str:
    """Ask where, make the PDF, write it; the saved file's name, or "" (cancelled, nothing made). An error
    writing is raised as OSError for the dialog to show."""
    name, _chosen = get_save_file_name(
        dialog, caption, suggested, QCoreApplication.translate("common.pdf_dialog", "PDF (*.pdf)")
    )
    if not name:
        return ""
    data = make()
    if data is None:
        return ""
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
    path.write_bytes(data)
    return path.name
