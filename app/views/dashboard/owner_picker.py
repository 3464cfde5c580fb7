"""A tool button whose menu is a checkable list of owners; nothing checked means everyone."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class OwnerPicker(QToolButton):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.everyone = QAction(self.tr("Everyone"), self, checkable=True, checked=True)
        self.everyone.triggered.connect(lambda: self.set_selected(()))
        self.actions_: dict[uuid.UUID, QAction] = {}
        self._update_text()

    def set_owners(self, owners: Sequence[tuple[uuid.UUID, str]]) -> None:
        """Replace the list, keeping the owners still there checked (no `changed` unless that changes)."""
        before = self.selected()
        self.menu_.clear()
        self.menu_.addAction(self.everyone)
        self.menu_.addSeparator()
        self.actions_ = {}
        for owner_id, name in owners:
            action = QAction(name, self, checkable=True, checked=owner_id in before)
            action.triggered.connect(self._toggled)
            self.menu_.addAction(action)
            self.actions_[owner_id] = action
        self._update_text()
        if self.selected() != before:
            self.changed.emit()

    def selected(self) -> tuple[uuid.UUID, ...]:
        return tuple(i for i, a in self.actions_.items() if a.isChecked())

    def set_selected(self, ids: Iterable[uuid.UUID]) -> None:
        wanted = set(ids)
        before = self.selected()
        for owner_id, action in self.actions_.items():
            action.setChecked(owner_id in wanted)
        self._update_text()
        if self.selected() != before:
            self.changed.emit()

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        names = [a.text() for a in self.actions_.values() if a.isChecked()]
        self.everyone.setChecked(not names)
        if not names:
            self.setText(self.tr("Everyone"))
        elif len(names) <= 2:
            self.setText(", ".join(names))
        else:
            self.setText(self.tr("{v0} owners").format(v0=len(names)))
        self.setToolTip("Owners: " + (", ".join(names) or "everyone"))
