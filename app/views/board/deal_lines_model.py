"""The deal editor's product lines as an editable table: cells as typed, nets and the total by the services'
rule, and the errors the service named on a line shown on its cell.

Each edit (a cell, an added or removed line) is a small QUndoCommand on `undo_stack`, as in the document
editor: Ctrl+Z in the table takes it back before the deal is saved; the save itself is one step of the
application's undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QUndoCommand, QUndoStack

from app.models.money import fmt_amount, fmt_number, money_round, parse_decimal
from app.services.core.errors import FieldError
from app.services.documents.products import ProductPick
from app.services.documents.totals import LineFigures, compute
from app.services.sales.deal_lines import DealLineDetail, DealLineInput
from app.views.common.theme import tone

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ERROR_FILL = "#fecaca"  # a line the services refused (in the current theme's colour)


@dataclass(frozen=True)
class EditDealLine:
    """A line as typed; the service parses and checks it on save."""

    description: str = ""
    quantity: str = "1"
    unit_price: str = "0.00"
    discount: str = "0"
    tax_rate: str = "0"
    product_id: uuid.UUID | None = None
    sku: str = ""

    def figures(self) -> LineFigures | None:
        values = [parse_decimal(v) for v in (self.quantity, self.unit_price, self.discount, self.tax_rate)]
        if any(v is None for v in values):
            return None
        q, p, d, t = (v for v in values if v is not None)
        return LineFigures(q, p, d, t)

    def as_input(self) -> DealLineInput:
        return DealLineInput(
            self.description, self.quantity, self.unit_price, self.discount, self.tax_rate, self.product_id
        )


# (attribute, header, editable, right-aligned); the service's field names, so its errors find their cell
COLUMNS = (
    ("sku", "Product", False, False),
    ("description", "Description", True, False),
    ("quantity", "Qty", True, True),
    ("unit_price", "Unit price", True, True),
    ("discount", "Disc. %", True, True),
    ("tax_rate", "Tax %", True, True),
    ("net", "Net", False, True),
)
ERROR_COLUMN = {"product": "sku"}  # the service's field name where it is not the column's


def from_detail(line: DealLineDetail) -> EditDealLine:
    return EditDealLine(
        line.description,
        fmt_number(line.quantity),
        f"{line.unit_price}",
        fmt_number(line.discount),
        fmt_number(line.tax_rate),
        line.product_id,
        line.sku,
    )


def from_product(pick: ProductPick) -> EditDealLine:
    return EditDealLine(pick.name, "1", f"{pick.price}", "0", fmt_number(pick.tax_rate), pick.id, pick.sku)


class DealLinesModel(QAbstractTableModel):
    def __init__(self, lines: Sequence[EditDealLine] = (), currency: str = "EUR", parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[EditDealLine] = list(lines)
        self.currency = currency
        self.errors: dict[tuple[int, str], str] = {}  # (row, attribute) -> the service's message
        self.undo_stack = QUndoStack(self)

    # --- Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section][1]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.lines):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        attr, _title, _editable, right = COLUMNS[index.column()]
        line = self.lines[index.row()]
        error = self.errors.get((index.row(), attr))
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "net":
                return self.net_text(index.row())
            if attr == "unit_price":
                return self._price_text(line.unit_price)
            return getattr(line, attr)
        if role == Qt.ItemDataRole.EditRole:
            return "" if attr == "net" else getattr(line, attr)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if right else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(tone(ERROR_FILL))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not COLUMNS[index.column()][2]:
            return False
        attr = COLUMNS[index.column()][0]
        text = str(value) if attr == "description" else str(value).strip()
        if getattr(self.lines[index.row()], attr) == text:
            return False
        self.undo_stack.push(_SetCell(self, index.row(), attr, text))
        return True

    # --- edits (each one undoable) ----------------------------------------------------------------
    def add(self, line: EditDealLine, row: int | None = None) -> int:
        row = len(self.lines) if row is None else max(0, min(row, len(self.lines)))
        self.undo_stack.push(_Insert(self, row, line))
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.undo_stack.push(_Remove(self, row))

    def load(self, lines: Sequence[EditDealLine], currency: str) -> None:
        self.beginResetModel()
        self.lines, self.currency, self.errors = list(lines), currency, {}
        self.endResetModel()
        self.undo_stack.clear()

    # primitives used by the commands
    def _set(self, row: int, attr: str, value: str) -> None:
        self.lines[row] = replace(self.lines[row], **{attr: value})
        self.errors.pop((row, attr), None)  # fixed, or at least changed: the service checks it again
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _insert(self, row: int, line: EditDealLine) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, line)
        self.errors = {(r + (r >= row), a): m for (r, a), m in self.errors.items()}
        self.endInsertRows()

    def _remove(self, row: int) -> EditDealLine:
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self.lines.pop(row)
        self.errors = {(r - (r > row), a): m for (r, a), m in self.errors.items() if r != row}
        self.endRemoveRows()
        return line

    def set_currency(self, currency: str) -> None:
        if currency != self.currency:
            self.currency = currency
            if self.lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Mark the cells the service named ("line 3, quantity: ..."): row is the 1-based line."""
        self.errors = {
            (e.row - 1, ERROR_COLUMN.get(e.field, e.field)): e.message
            for e in errors
            if e.row is not None and 0 < e.row <= len(self.lines)
        }
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))

    # --- figures ----------------------------------------------------------------------------------
    def _price_text(self, typed: str) -> str:
        value = parse_decimal(typed)
        if value is None or value != money_round(value, self.currency):
            return typed  # as typed: its error is what one sees
        return fmt_amount(value, self.currency).removesuffix(f" {self.currency}")

    def net_text(self, row: int) -> str:
        figures = self.lines[row].figures()
        try:
            net = compute([figures], self.currency).nets[0] if figures is not None else None
        except ArithmeticError:
            net = None
        return "?" if net is None else fmt_amount(net, self.currency).removesuffix(f" {self.currency}")

    def inputs(self) -> tuple[DealLineInput, ...]:
        return tuple(line.as_input() for line in self.lines)

    def total_text(self) -> str:
        """'2 lines · net 1,739.73 EUR (the deal's amount)', or what to fix."""
        if not self.lines:
            return "No product lines: the deal's amount is the one typed above"
        figures = [line.figures() for line in self.lines]
        try:
            totals = compute([f for f in figures if f is not None], self.currency)
        except ArithmeticError:
            totals = None
        if totals is None or any(f is None for f in figures):
            return "Net total: check the highlighted figures (a quantity, price or rate is not a number)"
        count = f"{len(self.lines)} line{'s' if len(self.lines) != 1 else ''}"
        return f"{count} · net {fmt_amount(totals.subtotal, self.currency)} (the deal's amount)"

    def net_total(self) -> str | None:
        """The lines' net total as the amount field shows it, or None if a figure is not a number."""
        figures = [line.figures() for line in self.lines]
        if any(f is None for f in figures):
            return None
        try:
            return f"{compute([f for f in figures if f is not None], self.currency).subtotal}"
        except ArithmeticError:
            return None


class _SetCell(QUndoCommand):
    def __init__(self, model: DealLinesModel, row: int, attr: str, value: str) -> None:
        super().__init__(f"Edit {attr}")
        self.model, self.row, self.attr, self.value = model, row, attr, value
        self.old = getattr(model.lines[row], attr)

    def redo(self) -> None:
        self.model._set(self.row, self.attr, self.value)

    def undo(self) -> None:
        self.model._set(self.row, self.attr, self.old)


class _Insert(QUndoCommand):
    def __init__(self, model: DealLinesModel, row: int, line: EditDealLine) -> None:
        super().__init__("Add line")
        self.model, self.row, self.line = model, row, line

    def redo(self) -> None:
        self.model._insert(self.row, self.line)

    def undo(self) -> None:
        self.model._remove(self.row)


class _Remove(QUndoCommand):
    def __init__(self, model: DealLinesModel, row: int) -> None:
        super().__init__("Remove line")
        self.model, self.row = model, row
        self.line = model.lines[row]

    def redo(self) -> None:
        self.model._remove(self.row)

    def undo(self) -> None:
        self.model._insert(self.row, self.line)
