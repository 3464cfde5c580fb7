"""The deal editor's Products section: a product search, the lines table, add/remove and the net total.

Keyboard: Insert in the table adds a line (and edits its description), Delete removes the current one,
Ctrl+Z and Ctrl+Shift+Z undo and redo the table's edits.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.documents.products import ProductPick
from app.views.board.deal_lines_model import DealLinesModel, EditDealLine, from_product
from app.views.common.env import ViewEnv
from app.views.common.field_error import FieldWithError
from app.views.common.search_box import TypeAhead
from app.views.common.style import icon

HINT = "Insert adds a line, Delete removes it; double-click or type to edit a cell; Ctrl+Z undoes"
VISIBLE_ROWS = 6  # the table's height in rows: the editor must fit a 700-px screen


class ProductPicker(TypeAhead):
    """Type part of a SKU or name; emits the chosen product with its catalogue price."""

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__("Add product: type its SKU or name…", parent)
        self.setObjectName("dealProductPicker")
        self.env = env

    def lookup(self, text: str) -> list[tuple[QIcon, str, Any]]:
        picks = self.env.ctx.products.find(text, None, 15)
        return [(icon("products"), f"{p.sku}  {p.name}  ({p.price} {p.currency})", p) for p in picks]


class DealLinesSection(QGroupBox):
    """The lines of one deal being edited; `changed` fires on every edit (the editor's amount follows)."""

    changed = Signal()

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__("Products", parent)
        self.setObjectName("dealProducts")
        self.model = DealLinesModel(parent=self)
        self.table = QTableView(objectName="dealLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        rows = self.table.verticalHeader()
        row_height = self.table.fontMetrics().height() + 8
        rows.setDefaultSectionSize(row_height)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 80), (2, 55), (3, 95), (4, 60), (5, 55), (6, 100)):
            self.table.setColumnWidth(col, width)
        self.table.setFixedHeight(header.sizeHint().height() + VISIBLE_ROWS * row_height + 4)
        self.table.setToolTip(HINT)
        self.field = FieldWithError(self.table)

        self.picker = ProductPicker(env)
        self.picker.chosen.connect(self.add_product)
        add = QPushButton(icon("add"), self.tr("Add line"), objectName="addDealLine")
        add.setToolTip(self.tr("A line without a product (Insert in the table)"))
        add.clicked.connect(lambda: self.add_line())
        remove = QPushButton(self.tr("Remove line"), objectName="removeDealLine")
        remove.setToolTip(self.tr("Remove the selected line (Delete in the table)"))
        remove.clicked.connect(self.remove_current)
        tools = QHBoxLayout()
        tools.addWidget(self.picker, 1)
        tools.addWidget(add)
        tools.addWidget(remove)

        self.total_label = QLabel(objectName="dealLinesTotal", wordWrap=True)
        self.notice = QLabel(objectName="muted", wordWrap=True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(tools)
        layout.addWidget(self.field)
        layout.addWidget(self.notice)
        layout.addWidget(self.total_label)

        self.table.installEventFilter(self)  # Insert, Delete, undo and redo on the table, not in a cell
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
        ):
            signal.connect(self._changed)
        self._changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            action = self._key_action(event)
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.model.undo_stack.undo
        if event.matches(QKeySequence.StandardKey.Redo):
            return self.model.undo_stack.redo
        if event.modifiers() == Qt.KeyboardModifier.NoModifier:
            return {Qt.Key.Key_Insert: self.add_line, Qt.Key.Key_Delete: self.remove_current}.get(
                Qt.Key(event.key())
            )
        return None

    # --- edits --------------------------------------------------------------------------------------
    def add_product(self, pick: ProductPick) -> None:
        """A line for the product at its catalogue price (told when that is in another currency)."""
        self._select(self.model.add(from_product(pick)), 2)
        self.picker.clear()
        other = pick.currency != self.model.currency
        self.notice.setText(
            f"{pick.name} is priced in {pick.currency}; its line takes {pick.price} as {self.model.currency}:"
            " check the unit price."
            if other
            else ""
        )
        self.notice.setVisible(other)

    def add_line(self, product_id: uuid.UUID | None = None) -> None:
        row = self.model.add(EditDealLine(product_id=product_id))
        self._select(row, 1)
        self.table.edit(self.model.index(row, 1))

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = index.row()
            self.model.remove(row)
            if self.model.rowCount():
                self._select(min(row, self.model.rowCount() - 1), index.column())

    def _select(self, row: int, column: int) -> None:
        self.table.setFocus()
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, column))

    def _changed(self, *_args: Any) -> None:
        self.total_label.setText(self.model.total_text())
        self.changed.emit()
