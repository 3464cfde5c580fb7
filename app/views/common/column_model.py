"""The base of every table model here: rows are DTOs, columns are Column specs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.views.common.labels import translated
from app.views.common.style import icon

if TYPE_CHECKING:  # not at run time: the column specs import the services (start-up's first rows do not)
    from app.views.common.columns import Column

Index = QModelIndex | QPersistentModelIndex
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ColumnTableModel(QAbstractTableModel):
    """Subclasses provide `total` and `item(row)`; cells come from the column specs."""

    totalChanged = Signal(int)

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Show other columns (custom fields were defined or removed)."""
        self.beginResetModel()
        self.columns = tuple(columns)
        self.endResetModel()

    @property
    def total(self) -> int:
        raise NotImplementedError

    def item(self, row: int) -> Any | None:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.item(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.value(row)
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return icon(column.icon(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column.align_right else ALIGN_LEFT
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return translated(self.columns[section].title) if 0 <= section < len(self.columns) else None
        return section + 1
