"""The deal editor on the pipeline board through the real widgets: create with a custom value, edit, delete,
each undone; validation messages in the dialog; deal fields offered in the custom fields settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDateEdit
from sqlalchemy import select

from app.models import Deal, DealStageHistory
from app.services.core.custom_fields import FieldInput
from app.services.database.checks import check_database


def _deal(ctx, name):
    with ctx.sessions() as s:
        return s.scalar(select(Deal).where(Deal.name == name))


def _column(board):
    return next(iter(board.columns.values()))  # the sample pipeline has one stage, "Proposal"


def _names(board):
    return [c.name for c in _column(board).model.cards]


def _open_board(window, qtbot):
    window.show_page(window.pages.index(window.board))
    qtbot.waitUntil(lambda: bool(window.board.columns), timeout=2000)
    return window.board


def test_create_edit_delete_a_deal_and_undo_each(sample, window, qtbot, ctx):
    ctx.custom_fields.create(FieldInput("deal", "Region", kind="choice", choices=("EMEA", "APAC")))
    board = _open_board(window, qtbot)
    assert _names(board) == ["Acme rollout"]

    # create: Ctrl+N on the board opens the editor
    _column(board).view.setFocus()
    qtbot.keyClick(_column(board).view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = board.editor
    assert editor is not None and editor.isVisible() and editor.windowTitle() == "New deal"
    assert editor.editor("pipeline_id").currentText() == "Sales"
    assert editor.editor("stage_id").currentText() == "Proposal"
    assert "Stage probability 50%" in editor.probability.text()
    qtbot.keyClicks(editor.editor("name"), "Globex expansion")
    editor.editor("amount").setText("48,000.50")
    editor.editor("expected_close").setText("2026-09-30")
    editor.account_picker.picked.emit(sample.globex, "Globex Ltd")
    assert editor.account_label.text() == "Globex Ltd"
    contact = editor.contact_box
    assert contact.itemText(0) == "(none)" and contact.count() == 3  # Globex's people: Ada and Bob
    contact.setCurrentIndex(next(i for i in range(contact.count()) if "Bob" in contact.itemText(i)))
    region = editor.custom_form.fields["custom.region"].editor
    region.setCurrentIndex(region.findText("APAC"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    deal = _deal(ctx, "Globex expansion")
    assert deal.amount_minor == 4800050 and deal.custom == {"region": "APAC"}
    assert deal.contact_id == sample.bob and deal.account_id == sample.globex
    assert _names(board) == ["Acme rollout", "Globex expansion"]
    card = _column(board).model.cards[1]
    assert card.account == "Globex Ltd" and card.amount == Decimal("48000.50")
    assert board.current_card() == card  # the saved card is selected

    # edit: Enter on the selected card opens it
    view = _column(board).view
    view.setFocus()
    view.setCurrentIndex(_column(board).model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = board.editor
    assert editor.windowTitle() == "Edit deal" and editor.editor("name").text() == "Globex expansion"
    assert editor.editor("amount").text() == "48000.50" and region.currentText() == "APAC"
    assert editor.contact_box.currentData() == sample.bob
    editor.editor("amount").setText("50000")
    region = editor.custom_form.fields["custom.region"].editor
    region.setCurrentIndex(region.findText("EMEA"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _deal(ctx, "Globex expansion").amount_minor == 5000000
    assert _deal(ctx, "Globex expansion").custom == {"region": "EMEA"}
    window.undo_action.trigger()
    deal = _deal(ctx, "Globex expansion")
    assert deal.amount_minor == 4800050 and deal.custom == {"region": "APAC"}
    qtbot.waitUntil(lambda: _column(board).model.cards[1].amount == Decimal("48000.50"), timeout=2000)

    # delete: Del on the selected card, then undo restores it
    view.setFocus()
    view.setCurrentIndex(_column(board).model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _names(board) == ["Acme rollout"], timeout=2000)
    assert _deal(ctx, "Globex expansion").deleted_at is not None
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _names(board) == ["Acme rollout", "Globex expansion"], timeout=2000)
    assert _deal(ctx, "Globex expansion").deleted_at is None

    # undo the edit's redo and the create: the deal goes for good (with its stage history)
    window.undo_action.trigger()  # the edit was already undone: this undoes the create
    qtbot.waitUntil(lambda: _names(board) == ["Acme rollout"], timeout=2000)
    assert _deal(ctx, "Globex expansion") is None
    with ctx.sessions() as s:
        assert s.scalar(select(DealStageHistory).where(DealStageHistory.deal_id == deal.id)) is None
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: _names(board) == ["Acme rollout", "Globex expansion"], timeout=2000)
    assert _deal(ctx, "Globex expansion").id == deal.id
    assert check_database(ctx.engine).problems == ()


def test_the_editor_names_bad_fields_and_stays_open(sample, window, qtbot, ctx):
    board = _open_board(window, qtbot)
    board.new_record()
    editor = board.editor
    editor.editor("amount").setText("lots")
    editor.editor("currency").setText("E")
    editor.editor("expected_close").setText("next week")  # the date picker takes no such text
    assert editor.editor("expected_close").text() == ""
    editor.account_picker.picked.emit(sample.globex, "Globex Ltd")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    for name in ("name", "amount", "currency"):
        assert editor.fields[name].error, name
    assert editor.error_banner.isVisible()
    editor.reject()
    assert _names(board) == ["Acme rollout"]


def test_double_click_opens_and_context_menu_deletes(sample, window, qtbot, ctx):
    board = _open_board(window, qtbot)
    view = _column(board).view
    rect = view.visualRect(_column(board).model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double-click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert board.editor.isVisible() and board.editor.editor("name").text() == "Acme rollout"
    assert board.editor.account_label.text() == "Acme GmbH"
    board.editor.reject()
    board.delete_card(_column(board).model.cards[0])
    assert _names(board) == []
    window.undo_action.trigger()
    assert _names(board) == ["Acme rollout"]


def test_custom_fields_dialog_offers_deals(window, qtbot, ctx):
    from app.views.settings.custom_fields import CustomFieldsDialog

    dialog = CustomFieldsDialog(window.env, window)
    qtbot.addWidget(dialog)
    titles = [dialog.entity.itemText(i) for i in range(dialog.entity.count())]
    assert "Deals" in titles


def test_the_close_date_is_picked_from_a_calendar_and_may_be_cleared(sample, window, qtbot, ctx):
    board = _open_board(window, qtbot)
    board.new_record()
    editor = board.editor
    close = editor.editor("expected_close")
    assert isinstance(close, QDateEdit) and close.calendarPopup()
    assert close.text() == "" and close.lineEdit().text() == "No close date"
    arrow = QPoint(close.width() - 8, close.height() // 2)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton, pos=arrow)  # an empty field opens on this month
    qtbot.waitUntil(lambda: close.calendarWidget().isVisible(), timeout=2000)
    assert close.calendarWidget().yearShown() == QDate.currentDate().year()
    close.calendarWidget().window().hide()
    qtbot.keyClicks(editor.editor("name"), "Dated deal")
    close.setDate(QDate(2027, 3, 15))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    deal = _deal(ctx, "Dated deal")
    assert deal.expected_close == date(2027, 3, 15)
    board.open_id(deal.id)
    editor = board.editor
    assert editor.editor("expected_close").text() == "2027-03-15"
    editor.editor("expected_close").setFocus()
    editor.editor("expected_close").lineEdit().selectAll()
    qtbot.keyClick(editor.editor("expected_close"), Qt.Key.Key_Delete)
    assert editor.editor("expected_close").text() == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible() and _deal(ctx, "Dated deal").expected_close is None
