"""The rows of one price list: SKU, product, standard price and the list's price (editable; blank = none)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt

from app.services.documents.products import PriceRow
from app.views.common.rows_table import Index, RowsTableModel

HEADERS = ("SKU", "Product", "Standard price", "List price")
# asked to store a price: (row, new price or None) -> the row as stored, or None if it was refused
Store = Callable[[PriceRow, Decimal | None], PriceRow | None]


class PriceListModel(RowsTableModel[PriceRow]):
    headers = HEADERS

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(None, parent)
        self.store = store

    def replace_row(self, row: PriceRow) -> None:
        """Show a row as now stored (after an edit, an undo or a redo)."""
        for number, current in enumerate(self.rows):
            if current.product_id == row.product_id:
                self.rows[number] = row
                self.dataChanged.emit(self.index(number, 3), self.index(number, 3))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 3 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return row.sku
            if column == 1:
                return row.name
            if column == 2:
                return (
                    f"{row.standard:,} {row.standard_currency}" if role == Qt.ItemDataRole.DisplayRole else ""
                )
            if row.list_price is None:
                return "" if role == Qt.ItemDataRole.EditRole else "—"
            return (
                f"{row.list_price:,} {row.list_currency}"
                if role == Qt.ItemDataRole.DisplayRole
                else str(row.list_price)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return "Type a price, or clear the cell to use the standard price"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 3 or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip().replace(",", "")
        try:
            price = Decimal(text) if text else None
        except InvalidOperation:
            return False
        stored = self.store(self.rows[index.row()], price)
        if stored is None:
            return False
        self.replace_row(stored)
        return True
