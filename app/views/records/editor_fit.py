"""Fit a record editor on a laptop screen: its fields scroll between the message banner and the buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

MAX_HEIGHT = 700  # the whole dialog, so it fits 1366x768 under a title bar and a taskbar
CHROME = 110  # banner, buttons, margins and the window's own title bar, outside the scrolled part


class FieldsScroll(QScrollArea):
    """Asks for the height of its content, up to what leaves the dialog within MAX_HEIGHT and the screen."""

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint() if self.widget() is not None else QSize(0, 0)
        screen = self.screen().availableGeometry().height() if self.screen() is not None else MAX_HEIGHT
        limit = min(MAX_HEIGHT, screen) - CHROME
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.width() + bar, min(content.height(), limit))


def scroll_fields(dialog: QDialog, body: QVBoxLayout, side_by_side: bool = False) -> FieldsScroll:
    """Move everything between the first item (the error banner) and the last (the buttons) of `body`
    into a scroll area in their place.

    `side_by_side` keeps the first part (the two columns of fields) on top and sets the rest in two
    columns below: notes and custom fields on the left, the last part (tags, accounts) on the right.
    """
    parts: list[QWidget | QLayout] = []
    while body.count() > 2:
        item = body.takeAt(1)
        if item.widget() is not None:
            parts.append(item.widget())
        elif item.layout() is not None:
            layout = item.layout()
            layout.setParent(None)  # type: ignore[call-overload]
            parts.append(layout)
    content = QWidget(objectName="editorFields")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 8, 0)
    inner.setSpacing(body.spacing())
    if side_by_side and len(parts) > 2:
        lower = QHBoxLayout()
        lower.setSpacing(24)
        left, right = QVBoxLayout(), QVBoxLayout()
        for part in parts[1:-1]:
            _add(left, part)
        _add(right, parts[-1])
        left.addStretch(1)
        right.addStretch(1)
        lower.addLayout(left, 1)
        lower.addLayout(right, 1)
        parts = [parts[0], lower]
    for part in parts:
        _add(inner, part)
    inner.addStretch(1)
    scroll = FieldsScroll(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    scroll.setObjectName("editorScroll")
    scroll.setWidget(content)
    body.insertWidget(1, scroll, 1)
    hint = dialog.sizeHint()  # not adjustSize(): it stops a window at 2/3 of the screen's height
    dialog.resize(max(hint.width(), dialog.minimumWidth()), hint.height())
    return scroll


def _add(layout: QVBoxLayout, part: QWidget | QLayout) -> None:
    if isinstance(part, QWidget):
        layout.addWidget(part)
    else:
        layout.addLayout(part)
