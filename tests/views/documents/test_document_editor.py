"""The document editor on a laptop screen: the line table gets the height (15 of 75 lines at 1366x768), unit
prices read like the nets, and Ctrl+P saves and previews the PDF without closing the editor."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtTest import QTest

from app.services.documents.document_input import DocumentInput, LineInput
from app.views.documents.editor import DocumentEditor
from app.views.documents.lines_model import DocumentLinesModel, EditLine

LAPTOP = QSize(1366, 768 - 40)  # a 1366x768 screen less its panel


def _quote(ctx, account_id, lines=75):
    return ctx.documents.create(
        DocumentInput(
            account_id=account_id,
            lines=tuple(LineInput(f"Item {i}", "7", "1290", "5", "19") for i in range(lines)),
        )
    ).value


def _full_rows(table) -> int:
    height = table.viewport().height()
    return sum(
        1
        for row in range(table.model().rowCount())
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height
    )


def test_unit_prices_read_like_the_nets_and_edit_as_typed(qtmodeltester):
    model = DocumentLinesModel(
        [
            EditLine("Control unit", "7", "pc", "1290", "5", "19"),
            EditLine("Odd", "1", "", "12.345", "0", "0"),  # more decimals than EUR: shown as typed
            EditLine("Typo", "1", "", "12,x", "0", "0"),
        ]
    )
    qtmodeltester.check(model)
    display = [model.index(r, 4).data() for r in range(3)]
    assert display == ["1,290.00", "12.345", "12,x"]
    assert model.index(0, 7).data() == "8,578.50"  # the net beside it, formatted the same way
    assert model.index(0, 4).data(Qt.ItemDataRole.EditRole) == "1290"
    model.currency = "JPY"
    assert model.index(0, 4).data() == "1,290"


def test_the_editor_fits_a_768_px_screen_and_shows_15_of_75_lines(window, ctx, sample, qtbot):
    quote = _quote(ctx, sample.acme)
    editor = DocumentEditor(window.env, ctx.documents.get(quote.id), window)
    qtbot.addWidget(editor)
    editor.setProperty("fitted", True)
    editor.fit_to(LAPTOP)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.height() + 30 <= LAPTOP.height()  # a title bar's room left
    assert editor.minimumSizeHint().height() <= editor.height()
    assert _full_rows(editor.table) >= 15  # was 6
    assert editor.table.model().index(5, 4).data() == "1,290.00"


def test_ctrl_p_saves_and_previews_and_keeps_the_editor_open(window, ctx, sample, qtbot):
    window.show_page(window.pages.index(window.documents))
    page = window.documents
    page.new_document("quote")
    editor = page.editor
    editor.set_account(sample.acme, "Acme GmbH")
    editor._add(EditLine(description="Setup", quantity="1", unit_price="100", tax_rate="19"))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    QTest.keySequence(editor, QKeySequence(QKeySequence.StandardKey.Print))
    (doc,) = ctx.documents.rows()
    assert isinstance(editor.preview_window, QPrintPreviewDialog) and editor.preview_window.isVisible()
    assert doc.number in editor.preview_window.windowTitle() and doc.number in editor.windowTitle()
    assert editor.isVisible()
    editor.preview_window.close()
    # a second Ctrl+P after an edit saves the same document again (no second quote) ...
    editor.lines.setData(editor.lines.index(0, 2), "3")
    editor.print_preview()
    assert [d.total for d in ctx.documents.rows()] == [doc.total * 3]
    editor.preview_window.close()
    # ... and a line that does not validate is marked, nothing printed
    editor.preview_window = None
    editor.lines.setData(editor.lines.index(0, 2), "abc")
    editor.print_preview()
    assert editor.preview_window is None and "line 1: quantity" in editor.lines_field.error
    window.undo_stack.undo()  # the second save
    window.undo_stack.undo()  # the create
    assert ctx.documents.rows() == []


def test_a_quote_from_a_deal_opens_in_the_editor_and_undoes(window, ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from tests.services.documents.test_quote_from_deal import make_deal

    deal, _account, _contact = make_deal(ctx, "Fleet sensors", amount="8578.50", currency="EUR")
    page = window.documents
    window.show_page(window.pages.index(page))
    # the page's entry asks for the account, then the deal (answered here as a user would)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fleet", True))
    offered = []

    def pick(_parent, _title, _label, items, *_args):  # type: ignore[no-untyped-def]
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    page.ask_deal_for_quote()
    assert offered == ["Fleet sensors · Qualify"]
    (row,) = ctx.documents.rows(deal_id=deal.id)
    editor = page.editor
    assert isinstance(editor, DocumentEditor) and editor.isVisible()
    assert editor.deal_box.currentData() == deal.id and editor.account_label.text() == "Fleet sensors Ltd"
    assert editor.lines.index(0, 1).data() == "Fleet sensors"
    assert (
        editor.lines.index(0, 4).data() == "8,578.50" and "Total 8,578.50 EUR" in editor.totals_label.text()
    )
    editor.reject()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    window.undo_stack.undo()
    assert ctx.documents.rows() == [] and row.number.startswith("Q-")


def test_the_boards_card_menu_creates_a_quote_from_its_deal(window, ctx, qtbot):
    from tests.services.documents.test_quote_from_deal import make_deal

    deal, _account, _contact = make_deal(ctx, "Fleet sensors", amount="8578.50", currency="EUR")
    board = window.board
    window.show_page(window.pages.index(board))
    board.create_quote(deal.id)  # the card menu's "Create quote…"
    assert window.current_page() is window.documents
    assert len(ctx.documents.rows(deal_id=deal.id)) == 1
    editor = window.documents.editor
    assert isinstance(editor, DocumentEditor) and editor.isVisible()
    assert editor.deal_box.currentData() == deal.id
    editor.reject()
    window.undo_stack.undo()
    assert ctx.documents.rows(deal_id=deal.id) == []
