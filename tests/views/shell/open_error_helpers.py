"""Answer the modal message box the app shows, and keep what it said."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_box(shown: list[dict[str, Any]], button: str | None = None, png: str | None = None) -> None:
    """When a QMessageBox is shown, record its texts (and render it to `png`), then press `button` (its
    text) or close it."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        shown.append(
            {
                "name": box.objectName(),
                "title": box.windowTitle(),
                "text": box.text(),
                "info": box.informativeText(),
                "details": box.detailedText(),
            }
        )
        if png:
            box.grab().save(png)
        chosen = next((b for b in box.buttons() if b.text() == button), None)
        if chosen is not None:
            chosen.click()
        else:
            box.reject()

    QTimer.singleShot(0, answer)
