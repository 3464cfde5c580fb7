"""The document editor's line table: editable cells, drag to reorder, and an undo stack of its own.

Every change is a small QUndoCommand on `undo_stack` (edit a cell, insert, remove, move), applied with the
precise begin/end calls so the view keeps its selection. Totals are computed with the services' rule.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.models.money import fmt_amount, fmt_number, money_round, parse_decimal
from app.services.documents.document_input import LineDetail, LineInput
from app.services.documents.products import ProductPick
from app.services.documents.totals import LineFigures, Totals, compute

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-rapport-line-row"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class EditLine:
    """A line as typed: text fields, parsed on save (the service names any bad one)."""

    description: str = ""
    quantity: str = "1"
    unit: str = ""
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

    def as_input(self) -> LineInput:
        return LineInput(
            self.description,
            self.quantity,
            self.unit_price,
            self.discount,
            self.tax_rate,
            self.unit,
            self.product_id,
        )


# (attribute, header, editable, right-aligned)
COLUMNS = (
    ("sku", "SKU", False, False),
    ("description", "Description", True, False),
    ("quantity", "Qty", True, True),
    ("unit", "Unit", True, False),
    ("unit_price", "Unit price", True, True),
    ("discount", "Disc. %", True, True),
    ("tax_rate", "Tax %", True, True),
    ("net", "Net", False, True),
)


def from_detail(line: LineDetail) -> EditLine:
    return EditLine(
        line.description,
        fmt_number(line.quantity),
        line.unit,
        f"{line.unit_price}",
        fmt_number(line.discount),
        fmt_number(line.tax_rate),
        line.product_id,
        line.sku,
    )


def from_product(pick: ProductPick) -> EditLine:
    return EditLine(
        pick.name, "1", pick.unit, f"{pick.price}", "0", fmt_number(pick.tax_rate), pick.id, pick.sku
    )


def price_text(typed: str, currency: str) -> str:
    """A unit price shown like the nets (1290 -> '1,290.00'); as typed when it is not a price of this
    currency (not a number, or more decimals than it has), so the line's error is what one sees."""
    value = parse_decimal(typed)
    if value is None or value != money_round(value, currency):
        return typed
    return fmt_amount(value, currency).removesuffix(f" {currency}")


class DocumentLinesModel(QAbstractTableModel):
    totalsChanged = Signal()

    def __init__(self, lines: Sequence[EditLine] = (), currency: str = "EUR", parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[EditLine] = list(lines)
        self.currency = currency
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
        if role == Qt.ItemDataRole.DisplayRole and attr == "unit_price":
            return price_text(line.unit_price, self.currency)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.net_text(index.row()) if attr == "net" else getattr(line, attr)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if right else LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if COLUMNS[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not COLUMNS[index.column()][2]:
            return False
        attr = COLUMNS[index.column()][0]
        text = str(value).strip() if attr != "description" else str(value)
        if getattr(self.lines[index.row()], attr) == text:
            return False
        self.undo_stack.push(_SetCell(self, index.row(), attr, text))
        return True

    # drag to reorder: rows travel as their index; the drop becomes one undoable move
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME).data()).decode() or -1)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.lines))
        if not 0 <= source < len(self.lines):
            return False
        destination = min(target if target <= source else target - 1, len(self.lines) - 1)
        if destination != source:
            self.move(source, destination)
        return False  # we moved the row ourselves; the view must not remove the source row

    # --- edits (each one undoable) ----------------------------------------------------------------
    def add(self, line: EditLine, row: int | None = None) -> int:
        row = len(self.lines) if row is None else row
        self.undo_stack.push(_Insert(self, row, line))
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.undo_stack.push(_Remove(self, row))

    def move(self, source: int, destination: int) -> None:
        if source != destination and 0 <= source < len(self.lines) and 0 <= destination < len(self.lines):
            self.undo_stack.push(_Move(self, source, destination))

    # primitives used by the commands
    def _insert(self, row: int, line: EditLine) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, line)
        self.endInsertRows()
        self.totalsChanged.emit()

    def _remove(self, row: int) -> EditLine:
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self.lines.pop(row)
        self.endRemoveRows()
        self.totalsChanged.emit()
        return line

    def _move(self, source: int, destination: int) -> None:
        qt_dest = destination + 1 if destination > source else destination
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), qt_dest)
        self.lines.insert(destination, self.lines.pop(source))
        self.endMoveRows()
        self.headerDataChanged.emit(
            Qt.Orientation.Vertical, min(source, destination), max(source, destination)
        )

    def _set(self, row: int, attr: str, value: str) -> None:
        self.lines[row] = replace(self.lines[row], **{attr: value})
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.totalsChanged.emit()

    # --- figures ----------------------------------------------------------------------------------
    def totals(self) -> Totals | None:
        figures = [line.figures() for line in self.lines]
        if any(f is None for f in figures):
            return None
        try:
            return compute([f for f in figures if f is not None], self.currency)
        except ArithmeticError:
            return None

    def net_text(self, row: int) -> str:
        figures = self.lines[row].figures()
        if figures is None:
            return "?"
        try:
            net = compute([figures], self.currency).nets[0]
        except ArithmeticError:
            return "?"
        return fmt_amount(net, self.currency).removesuffix(f" {self.currency}")

    def inputs(self) -> tuple[LineInput, ...]:
        return tuple(line.as_input() for line in self.lines)

    def totals_text(self) -> str:
        totals = self.totals()
        if totals is None:
            return "Totals: check the highlighted figures (a quantity, price or rate is not a number)"
        taxes = "  ".join(
            f"Tax {fmt_number(t.rate)} %: {fmt_amount(t.tax, self.currency)}" for t in totals.taxes
        )
        return f"Subtotal {fmt_amount(totals.subtotal, self.currency)}   {taxes}   Total {fmt_amount(totals.total, self.currency)}"


class _SetCell(QUndoCommand):
    def __init__(self, model: DocumentLinesModel, row: int, attr: str, value: str) -> None:
        super().__init__(f"Edit {attr}")
        self.model, self.row, self.attr, self.value = model, row, attr, value
        self.old = getattr(model.lines[row], attr)

    def redo(self) -> None:
        self.model._set(self.row, self.attr, self.value)

    def undo(self) -> None:
        self.model._set(self.row, self.attr, self.old)


class _Insert(QUndoCommand):
    def __init__(self, model: DocumentLinesModel, row: int, line: EditLine) -> None:
        super().__init__("Add line")
        self.model, self.row, self.line = model, row, line

    def redo(self) -> None:
        self.model._insert(self.row, self.line)

    def undo(self) -> None:
        self.model._remove(self.row)


class _Remove(QUndoCommand):
    def __init__(self, model: DocumentLinesModel, row: int) -> None:
        super().__init__("Remove line")
        self.model, self.row = model, row
        self.line = model.lines[row]

    def redo(self) -> None:
        self.model._remove(self.row)

    def undo(self) -> None:
        self.model._insert(self.row, self.line)


class _Move(QUndoCommand):
    def __init__(self, model: DocumentLinesModel, source: int, destination: int) -> None:
        super().__init__("Move line")
        self.model, self.source, self.destination = model, source, destination

    def redo(self) -> None:
        self.model._move(self.source, self.destination)

    def undo(self) -> None:
        self.model._move(self.destination, self.source)
