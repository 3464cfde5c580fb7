"""Accessible names: what a screen reader says for each control. Qt takes a button's text or a field's
label (QLabel.setBuddy, QFormLayout rows) by itself; other controls need `setAccessibleName`.
`unnamed(root)` lists the interactive widgets under `root` that still have none (the page test uses it)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)
# parts of a control that assistive technology reads through the control itself
_PARTS = (QScrollBar, QHeaderView)


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _is_part(widget: QWidget) -> bool:
    if isinstance(widget, _PARTS) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:  # a line edit's clear button, a combo box's own editor
        if isinstance(parent, INTERACTIVE) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Visible interactive widgets under `root` without an accessible name, described for a message."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root) or _is_part(widget):
            continue
        if not spoken_name(widget):
            tip = f" (tooltip {widget.toolTip()[:40]!r})" if widget.toolTip() else ""
            found.append(f"{type(widget).__name__} '{widget.objectName()}'{tip}")
    return found


def name_from_hint(widget: QWidget, hint: str) -> None:
    """Name a control by the words a sighted user reads on it (a placeholder or tooltip), unless named."""
    if not widget.accessibleName() and hint:
        widget.setAccessibleName(hint.rstrip("…. ").strip())
