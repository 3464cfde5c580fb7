"""Products → Price lists through the real dialog: set, clear and undo a product's list price."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.services.documents.products import ProductInput


def test_set_clear_and_undo_a_list_price(window, qtbot, qtmodeltester, ctx):
    apple = ctx.products.create(ProductInput(sku="A", name="Apple", price="2.00", tax_rate="7")).value
    ctx.products.create(ProductInput(sku="B", name="Bread", price="3.50", tax_rate="7"))
    window.show_page(window.pages.index(window.products))
    qtbot.mouseClick(window.products.price_lists_button, Qt.MouseButton.LeftButton)
    dialog = window.products.price_lists_dialog
    assert dialog.model.rowCount() == 0  # no price list yet
    dialog.create_list("Wholesale", "EUR")
    plist = dialog.current_list()
    model = dialog.model
    qtmodeltester.check(model)
    assert [model.index(r, 3).data() for r in range(2)] == ["—", "—"]
    assert model.setData(model.index(0, 3), "1.60")
    assert ctx.products.pick(apple.id, plist).price == Decimal("1.60")
    assert model.index(0, 3).data() == "1.60 EUR"
    assert not model.setData(model.index(0, 3), "1.234")  # refused: more decimals than EUR has
    assert "1.234" in dialog.error.text() or "decimal" in dialog.error.text().lower()
    assert ctx.products.pick(apple.id, plist).price == Decimal("1.60")
    assert model.setData(model.index(0, 3), "")  # cleared: the standard price applies
    assert ctx.products.pick(apple.id, plist).price == Decimal("2.00")
    window.undo_stack.undo()
    assert ctx.products.pick(apple.id, plist).price == Decimal("1.60")
    assert model.index(0, 3).data() == "1.60 EUR"
    window.undo_stack.undo()
    assert ctx.products.pick(apple.id, plist).price == Decimal("2.00")
    assert model.index(0, 3).data() == "—"
    qtmodeltester.check(model)
