"""A short checkable list of tags."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.services.core.lookups import TagRef


class TagPicker(QListWidget):
    def __init__(
        self, tags: Sequence[TagRef], selected: Iterable[uuid.UUID] = (), parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("tagPicker")
        self.setMaximumHeight(96)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setSpacing(2)
        chosen = set(selected)
        for tag in tags:
            item = QListWidgetItem(tag_swatch(tag.color, 10), tag.name, self)
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag.id in chosen else Qt.CheckState.Unchecked)
        if not tags:
            self.hide()

    def selected(self) -> tuple[uuid.UUID, ...]:
        items = (self.item(i) for i in range(self.count()))
        return tuple(
            sorted(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)
        )


def tag_swatch(color: str, size: int = 12) -> QPixmap:
    """A small square of a tag's colour (pickers, menus, the tag manager)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color or "#607d8b"))
    return pixmap
