"""Texts kept in tables made at import time (column titles, page titles, a page's search hint and noun):
marked with QT_TRANSLATE_NOOP("labels", ...) where they are written, so lupdate extracts them, and
translated by `translated()` where they are shown (a translator is installed only after import)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translated(text: str) -> str:
    return QCoreApplication.translate("labels", text) if text else text
