"""The Products page: the catalogue list and its editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton, QWidget

from app.services.documents.products import ProductDetail, ProductInput
from app.views.common.columns import PRODUCT_COLUMNS
from app.views.common.env import PRODUCT, ViewEnv
from app.views.common.form_dialog import Field, FormDialog
from app.views.lists.record_page import RecordListPage


class ProductEditor(FormDialog):
    def __init__(self, env: ViewEnv, detail: ProductDetail | None = None, parent: QWidget | None = None):
        fields = [
            Field("sku", self.tr("SKU *")),
            Field("name", self.tr("Name *")),
            Field("unit", self.tr("Unit"), placeholder=self.tr("pc, h, day, kg…")),
            Field("is_active", self.tr("Active"), "choice", lambda: [(True, "Active"), (False, "Inactive")]),
            Field("price", self.tr("Unit price"), placeholder="0.00", column=1),
            Field("cost", self.tr("Cost"), placeholder="0.00", column=1),
            Field("currency", self.tr("Currency"), placeholder=self.tr("EUR"), column=1),
            Field("tax_rate", self.tr("Tax rate %"), placeholder="19", column=1),
            Field("description", self.tr("Description"), "multiline", column=2),
        ]
        super().__init__(env, PRODUCT, fields, detail, parent)
        if detail is None:
            self.editor("currency").setText(env.ctx.company.get().default_currency)
            self.editor("unit").setText(self.tr("pc"))
            self.editor("price").setText("0.00")
            self.editor("cost").setText("0.00")
            self.editor("tax_rate").setText("0")

    def to_input(self, values: dict[str, Any]) -> ProductInput:
        return ProductInput(**values)

    def record_label(self, values: dict[str, Any]) -> str:
        return values["name"].strip()


class ProductsPage(RecordListPage):
    title = QT_TRANSLATE_NOOP("labels", "Products")
    noun = QT_TRANSLATE_NOOP("labels", "products")
    settings_key = "products"
    entities = ("product",)
    search_hint = QT_TRANSLATE_NOOP("labels", "Search SKU, name, description…")
    kind = PRODUCT
    editor_class = ProductEditor

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, PRODUCT_COLUMNS, (), parent, filters=[])
        self.price_lists_button = QPushButton(self.tr("Price lists…"), objectName="editPriceLists")
        self.price_lists_button.setToolTip(
            self.tr("Prices per customer group or currency that override the unit price")
        )
        self.price_lists_button.clicked.connect(self.edit_price_lists)
        self.toolbar.insertWidget(self.toolbar.count() - 1, self.price_lists_button)

    def edit_price_lists(self) -> None:
        from app.views.documents.price_lists import PriceListsDialog

        self.price_lists_dialog = PriceListsDialog(self.env, self)
        self.price_lists_dialog.open()
