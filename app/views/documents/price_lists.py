"""Products → Price lists: create price lists and set each product's price in them (undoable)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.services.documents.products import PriceRow
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv
from app.views.documents.price_list_model import PriceListModel


class SetPriceCommand(ServiceCommand):
    """Set (or clear) one product's price in a price list; undo puts back the price it replaced."""

    def __init__(
        self, env: ViewEnv, list_id: uuid.UUID, row: PriceRow, price: Decimal | None, shown: PriceListModel
    ) -> None:
        super().__init__(env, f"Price of {row.sku} in the price list")
        self.list_id, self.row, self.price, self.shown = list_id, row, price, shown
        self.previous: Decimal | None = row.list_price

    def _redo(self) -> None:
        self.previous = self.env.ctx.products.set_price(self.list_id, self.row.product_id, self.price).value
        self.shown.replace_row(replace(self.row, list_price=self.price))

    def _undo(self) -> None:
        self.env.ctx.products.set_price(self.list_id, self.row.product_id, self.previous)
        self.shown.replace_row(replace(self.row, list_price=self.previous))


class PriceListsDialog(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Price lists"))
        self.resize(820, 480)
        self.lists = QListWidget(objectName="priceLists")
        self.lists.currentRowChanged.connect(self._show_list)
        new = QPushButton(self.tr("New price list…"), objectName="newPriceList")
        new.clicked.connect(self.new_list)
        self.model = PriceListModel(self._store, self)
        self.table = QTableView(objectName="priceListTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the product name takes what is left
        for column, width in ((0, 90), (2, 130), (3, 130)):
            self.table.setColumnWidth(column, width)
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.hide()
        hint = QLabel(
            self.tr(
                "Double-click a list price to change it; clear it to use the standard price. Ctrl+Z undoes."
            )
        )
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.lists, 1)
        left.addWidget(new)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(hint)
        right.addWidget(self.error)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.refs = self.env.ctx.products.price_lists()
        self.lists.blockSignals(True)
        self.lists.clear()
        self.lists.addItems([f"{r.name} ({r.currency})" for r in self.refs])
        self.lists.blockSignals(False)
        ids = [r.id for r in self.refs]
        self.lists.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        if not ids:
            self.model.set_rows([])

    def current_list(self) -> uuid.UUID | None:
        row = self.lists.currentRow()
        return self.refs[row].id if 0 <= row < len(self.refs) else None

    def _show_list(self, row: int) -> None:
        if 0 <= row < len(self.refs):
            self.model.set_rows(self.env.ctx.products.prices(self.refs[row].id))

    def new_list(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New price list"), self.tr("Name (e.g. Wholesale, Export USD):")
        )
        if not ok:
            return
        currency, ok = QInputDialog.getText(
            self,
            self.tr("New price list"),
            self.tr("Currency:"),
            text=self.env.ctx.company.get().default_currency,
        )
        if ok:
            self.create_list(name, currency)

    def create_list(self, name: str, currency: str) -> None:
        try:
            created = self.env.ctx.products.create_price_list(name, currency or "EUR").value
        except RapportError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self.reload(select=created.id)

    def _store(self, row: PriceRow, price: Decimal | None) -> PriceRow | None:
        list_id = self.current_list()
        if list_id is None:
            return None
        command = SetPriceCommand(self.env, list_id, row, price, self.model)
        try:
            command.execute()
        except RapportError as exc:
            self._show_error(f"{row.sku}: {exc}")
            return None
        self._show_error("")
        self.env.push(command, self.tr("Price of {sku} saved").format(sku=row.sku))
        return replace(row, list_price=price)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
