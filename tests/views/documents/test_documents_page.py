"""Products and Documents pages: the editor's line table, live totals, line undo, saving through the main
undo stack, conversions and PDF output, driven through the real widgets."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.services.documents.products import ProductInput
from app.views.documents.lines_model import DocumentLinesModel, EditLine
from tests.views.helpers import rows_text


def _product(ctx):
    return ctx.products.create(
        ProductInput(sku="W-100", name="Widget", price="19.99", cost="8", tax_rate="19")
    ).value


def test_lines_model_passes_modeltester_and_undoes_its_edits(qtmodeltester):
    model = DocumentLinesModel(
        [EditLine("A", "2", "", "10.00", "0", "19"), EditLine("B", "1", "", "5", "0", "7")]
    )
    qtmodeltester.check(model)
    assert "Total 29.15 EUR" in model.totals_text()  # 20 + 3.80 + 5 + 0.35
    model.setData(model.index(0, 2), "3")
    model.move(1, 0)
    model.remove(1)
    assert [ln.description for ln in model.lines] == ["B"]
    for _ in range(3):
        model.undo_stack.undo()
    assert [(ln.description, ln.quantity) for ln in model.lines] == [("A", "2"), ("B", "1")]
    qtmodeltester.check(model)


def test_new_quote_with_product_line_live_totals_and_main_undo(window, qtbot, ctx, sample):
    product = _product(ctx)
    window.show_page(window.pages.index(window.documents))
    page = window.documents
    page.new_document("quote")
    editor = page.editor
    editor.set_account(sample.acme, "Acme GmbH")
    editor.add_product(ctx.products.pick(product.id))
    assert "Total 23.79 EUR" in editor.totals_label.text()
    editor.lines.setData(editor.lines.index(0, 2), "2")  # quantity typed in the table
    assert (
        "Subtotal 39.98 EUR" in editor.totals_label.text() and "Total 47.58 EUR" in editor.totals_label.text()
    )
    editor.lines.undo_stack.undo()
    assert "Total 23.79 EUR" in editor.totals_label.text()
    editor.lines.undo_stack.redo()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    doc = ctx.documents.rows()[0]
    assert (doc.number, doc.total, doc.account) == ("Q-" + doc.number[2:], Decimal("47.58"), "Acme GmbH")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert rows_text(page.model, "total") == ["47.58 EUR"]
    window.undo_stack.undo()  # the create goes away
    assert ctx.documents.rows() == []


def test_editor_shows_line_errors_and_keeps_the_dialog(window, ctx, sample):
    window.show_page(window.pages.index(window.documents))
    page = window.documents
    page.new_document("sales_order")
    editor = page.editor
    editor.set_account(sample.acme, "Acme GmbH")
    editor._add(EditLine(description="Thing", quantity="abc", unit_price="1"))
    editor.accept()
    assert editor.isVisible()
    assert "line 1: quantity" in editor.lines_field.error


def test_convert_and_pdf_from_the_page(window, qtbot, ctx, sample, tmp_path):
    from app.services.documents.document_input import DocumentInput, LineInput

    quote = ctx.documents.create(
        DocumentInput(account_id=sample.acme, lines=(LineInput("Setup", "1", "100", "0", "19"),))
    ).value
    window.show_page(window.pages.index(window.documents))
    page = window.documents
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_row(0)
    page.convert_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(rows_text(page.model, "type")) == ["Quote", "Sales order"]
    assert ctx.documents.get(quote.id).status == "accepted"
    page.select_id(quote.id)
    target = tmp_path / "q.pdf"
    page.save_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    window.undo_stack.undo()
    assert [r.doc_type for r in ctx.documents.rows()] == ["quote"]


def test_products_page_creates_and_lists(window, qtbot, ctx):
    window.show_page(window.pages.index(window.products))
    page = window.products
    page.new_record()
    editor = page.editor
    qtbot.keyClicks(editor.editor("sku"), "S-1")
    qtbot.keyClicks(editor.editor("name"), "Screw")
    editor.editor("price").setText("0.25")
    editor.editor("tax_rate").setText("19")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert rows_text(page.model, "price") == ["0.25 EUR"]
    assert ctx.products.pick(ctx.products.find("screw")[0].id).tax_rate == Decimal(19)


def test_company_settings_dialog_saves_through_undo(window, ctx):
    window.edit_company_settings()
    dialog = window.settings_dialog
    dialog.editor("name").setText("Müller & <Söhne> KG")
    dialog.editor("device").setText("LAP1")
    dialog.accept()
    assert dialog.isVisible()  # a device prefix needs {device} in every format
    assert "{device}" in dialog.fields["format_quote"].error
    for doc_type in ("quote", "sales_order", "purchase_order"):
        dialog.editor(f"format_{doc_type}").setText(f"{doc_type[0].upper()}-{{device}}-{{year}}-{{n:04d}}")
    dialog.accept()
    assert not dialog.isVisible()
    assert (ctx.company.get().name, ctx.company.get().device) == ("Müller & <Söhne> KG", "LAP1")
    window.undo_stack.undo()
    assert ctx.company.get().name == "Your Company"


def test_contact_and_deal_are_chosen_from_the_account_and_kept(window, qtbot, ctx, sample):
    product = _product(ctx)
    window.show_page(window.pages.index(window.documents))
    page = window.documents
    page.new_document("quote")
    editor = page.editor
    assert not editor.contact_box.isEnabled()  # nothing to choose before the account
    editor.set_account(sample.acme, "Acme GmbH")
    contacts = [editor.contact_box.itemText(i) for i in range(editor.contact_box.count())]
    deals = [editor.deal_box.itemText(i) for i in range(editor.deal_box.count())]
    assert "Ada Lovelace" in contacts and any(sample.deal_name in d for d in deals)
    editor.contact_box.setCurrentIndex(contacts.index("Ada Lovelace"))
    editor.deal_box.setCurrentIndex(next(i for i, d in enumerate(deals) if sample.deal_name in d))
    editor.add_product(ctx.products.pick(product.id))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = ctx.documents.get(ctx.documents.rows()[0].id)
    assert saved.contact_id == sample.ada and saved.deal_id is not None
    page.open_id(saved.id)  # reopening shows the same choices
    assert page.editor.contact_box.currentData() == sample.ada
    assert page.editor.deal_box.currentData() == saved.deal_id
