"""Small helpers for driving the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt


def column_of(model, key: str) -> int:
    return [c.key for c in model.columns].index(key)


def rows_text(model, key: str) -> list[str]:
    col = column_of(model, key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def row_of(model, key: str, text: str) -> int:
    return rows_text(model, key).index(text)


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)
