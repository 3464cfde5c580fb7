"""The standardisation preview: one checkable row per proposed change (record, field, before, after)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.services.quality.standardise import ProposedChange
from app.views.common.rows_table import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class ChangesModel(RowsTableModel[ProposedChange]):
    headers = ("Record", "Field", "Before", "After")

    def __init__(self, rows: list[ProposedChange] | None = None, parent: Any = None) -> None:
        super().__init__(rows, parent)
        self.checked: list[bool] = [True] * len(self.rows)

    def set_rows(self, rows: list[ProposedChange]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked = [True] * len(rows)
        self.endResetModel()

    def chosen(self) -> list[ProposedChange]:
        return [r for r, keep in zip(self.rows, self.checked, strict=True) if keep]

    def set_all(self, checked: bool) -> None:
        if not self.rows:
            return
        self.checked = [checked] * len(self.rows)
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        change = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (change.label, change.field.replace("_", " "), change.before, change.after)
            return values[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        state = value.value if hasattr(value, "value") else value
        self.checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
