"""The contact editor's list of account memberships: role editable in place, one primary account."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from app.services.records.contacts import Membership, MembershipInput
from app.views.common.column_model import ColumnTableModel, Index
from app.views.common.columns import Column

ROLE_COLUMN, PRIMARY_COLUMN = 1, 2
COLUMNS = (
    Column(
        "account",
        QT_TRANSLATE_NOOP("labels", "Account"),
        lambda m: m.account_name,
        220,
        icon=lambda m: "accounts",
    ),
    Column("role", QT_TRANSLATE_NOOP("labels", "Role"), lambda m: m.role, 160),
    Column("primary", QT_TRANSLATE_NOOP("labels", "Primary"), lambda m: "", 70),
)


class MembershipModel(ColumnTableModel):
    """Edits a list of Membership DTOs; `inputs()` turns it into what ContactsService expects."""

    def __init__(self, memberships: Sequence[Membership] = (), parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self._rows = list(memberships)

    @property
    def total(self) -> int:
        return len(self._rows)

    def item(self, row: int) -> Membership | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_rows(self, memberships: Sequence[Membership]) -> None:
        self.beginResetModel()
        self._rows = list(memberships)
        self.endResetModel()

    def inputs(self) -> tuple[MembershipInput, ...]:
        return tuple(MembershipInput(m.account_id, m.role.strip(), m.is_primary) for m in self._rows)

    def add(self, account_id: uuid.UUID, name: str, role: str = "") -> int:
        """Append an account (primary if it is the first); return its row, or the existing row."""
        existing = next((i for i, m in enumerate(self._rows) if m.account_id == account_id), -1)
        if existing >= 0:
            return existing
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Membership(account_id, name, role, not self._rows))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self._rows.pop(row)
        self.endRemoveRows()
        if gone.is_primary and self._rows:
            self._set_primary(0)

    def _set_primary(self, row: int) -> None:
        for i, m in enumerate(self._rows):
            if m.is_primary != (i == row):
                self._rows[i] = replace(m, is_primary=i == row)
                cell = self.index(i, PRIMARY_COLUMN)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.CheckStateRole])

    # --- editing ----------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == ROLE_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == PRIMARY_COLUMN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == PRIMARY_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            checked = self._rows[index.row()].is_primary
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if index.isValid() and role == Qt.ItemDataRole.EditRole and index.column() == ROLE_COLUMN:
            return self._rows[index.row()].role
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        if index.column() == ROLE_COLUMN and role == Qt.ItemDataRole.EditRole:
            self._rows[index.row()] = replace(self._rows[index.row()], role=str(value))
            self.dataChanged.emit(index, index)
            return True
        if index.column() == PRIMARY_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            # Checking makes this the primary account; the primary cannot be unchecked, only replaced.
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self._set_primary(index.row())
            return True
        return False
