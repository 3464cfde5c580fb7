"""The Contacts page through its real widgets: create, validate, edit, undo/redo, search, delete, restore."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.services.core.listing import ListQuery
from tests.views.helpers import column_of, press, row_of, rows_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open_new_contact(window, qtbot):
    window.show_page(1)
    press(qtbot, window.contacts.table, Qt.Key.Key_N, CTRL)
    dialog = window.contacts.editor
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_create_contact_through_the_dialog_shows_it_in_the_list(window, qtbot, ctx, sample):
    before = ctx.contacts.count(ListQuery())
    dialog = _open_new_contact(window, qtbot)
    qtbot.keyClicks(dialog.editor("first_name"), "Grace")
    qtbot.keyClicks(dialog.editor("last_name"), "Hopper")
    qtbot.keyClicks(dialog.editor("email"), "Grace@Navy.example")
    qtbot.keyClicks(dialog.editor("country"), "us")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ctx.contacts.count(ListQuery()) == before + 1
    model = window.contacts.model
    row = row_of(model, "last_name", "Hopper")
    assert model.index(row, column_of(model, "email")).data() == "grace@navy.example"
    assert model.index(row, column_of(model, "country")).data() == "US"
    assert window.contacts.current_row() == row  # the new contact is selected
    assert "created" in window.statusBar().currentMessage()
    assert window.count_label.text() == f"{before + 1} contacts"


def test_invalid_email_is_shown_inline_and_nothing_is_saved(window, qtbot, ctx):
    dialog = _open_new_contact(window, qtbot)
    qtbot.keyClicks(dialog.editor("last_name"), "Broken")
    qtbot.keyClicks(dialog.editor("email"), "not-an-email")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields["email"].error.startswith("Not an email address yet.")
    assert dialog.fields["email"].error_label.isVisible()
    assert dialog.editor("email").property("error") is True
    assert dialog.fields["last_name"].error == ""
    assert ctx.contacts.count(ListQuery()) == 0
    assert window.undo_stack.count() == 0
    dialog.editor("email").clear()
    qtbot.keyClicks(dialog.editor("email"), "fixed@example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and ctx.contacts.count(ListQuery()) == 1


def test_edit_then_undo_and_redo(window, qtbot, ctx, sample):
    window.show_page(1)
    page = window.contacts
    page.select_row(row_of(page.model, "last_name", "Lovelace"))
    press(qtbot, page.table, Qt.Key.Key_F2)
    dialog = page.editor
    assert dialog.editor("email").text() == "ada@acme.example"
    dialog.editor("city").clear()
    qtbot.keyClicks(dialog.editor("city"), "London")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    city = column_of(page.model, "city")
    row = row_of(page.model, "last_name", "Lovelace")
    assert ctx.contacts.get(sample.ada).city == "London"
    assert page.model.index(row, city).data() == "London"

    press(qtbot, page.table, Qt.Key.Key_Z, CTRL)
    assert ctx.contacts.get(sample.ada).city == "Berlin"
    assert page.model.index(row, city).data() == "Berlin"
    assert len(ctx.contacts.get(sample.ada).memberships) == 2  # undo kept the memberships

    press(qtbot, page.table, Qt.Key.Key_Z, CTRL_SHIFT)
    assert ctx.contacts.get(sample.ada).city == "London"
    assert page.model.index(row, city).data() == "London"


def test_undo_does_not_overwrite_a_later_change_made_elsewhere(window, qtbot, ctx, sample):
    window.show_page(1)
    page = window.contacts
    page.select_row(row_of(page.model, "last_name", "Lovelace"))
    press(qtbot, page.table, Qt.Key.Key_F2)
    dialog = page.editor
    dialog.editor("city").clear()
    qtbot.keyClicks(dialog.editor("city"), "London")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    mine = ctx.contacts.get(sample.ada)
    ctx.contacts.update(sample.ada, replace(mine.as_input(), title="CTO"), mine.version)  # a colleague's edit
    press(qtbot, page.table, Qt.Key.Key_Z, CTRL)
    assert "changed elsewhere" in window.last_error
    kept = ctx.contacts.get(sample.ada)
    assert (kept.city, kept.title) == ("London", "CTO")


def test_undo_of_create_removes_it_and_redo_brings_back_the_same_id(window, qtbot, ctx):
    dialog = _open_new_contact(window, qtbot)
    qtbot.keyClicks(dialog.editor("last_name"), "Turing")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    created = dialog.saved_id
    window.undo_action.trigger()
    assert ctx.contacts.count(ListQuery()) == 0
    assert ctx.trash.list() == []  # undoing a create leaves nothing in the trash
    window.redo_action.trigger()
    assert ctx.contacts.get(created).last_name == "Turing"
    assert rows_text(window.contacts.model, "last_name") == ["Turing"]


def test_search_as_you_type_narrows_the_list(window, qtbot, sample):
    window.show_page(1)
    page = window.contacts
    assert page.model.rowCount() == 22
    qtbot.keyClicks(page.search, "lovel")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert rows_text(page.model, "last_name") == ["Lovelace"]
    page.search.clear()
    qtbot.keyClicks(page.search, "globex")  # the company's email domain
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert rows_text(page.model, "last_name") == ["Builder"]
    qtbot.keyClicks(page.search, "zzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.stack.currentWidget() is page.empty
    assert "No contacts match “globexzzz”" in page.empty.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 22, timeout=2000)


def test_filters_narrow_the_list(window, qtbot, sample):
    window.show_page(1)
    page = window.contacts
    page.filter_bar.select("country", "GB")
    assert rows_text(page.model, "last_name") == ["Builder"]
    page.filter_bar.reset()
    assert page.model.rowCount() == 22


def test_sorting_by_header_click_and_unsortable_columns(window, qtbot, sample):
    window.show_page(1)
    page = window.contacts
    header = page.table.horizontalHeader()
    email = column_of(page.model, "email")
    header.sectionClicked.emit(email)  # what a click on the header does
    header.setSortIndicator(email, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort == "email" and page.model.query.descending
    assert rows_text(page.model, "email")[0] == "fred9@x.example"
    phone = column_of(page.model, "phone")
    header.setSortIndicator(phone, Qt.SortOrder.AscendingOrder)
    assert page.model.query.sort == "email"
    assert header.sortIndicatorSection() == email  # the indicator stays where the sort is


def test_delete_to_trash_restore_and_undo_delete(window, qtbot, ctx, sample):
    window.show_page(1)
    page = window.contacts
    page.select_row(row_of(page.model, "last_name", "Builder"))
    press(qtbot, page.table, Qt.Key.Key_Delete)
    assert "Builder" not in rows_text(page.model, "last_name")
    assert "moved to the trash" in window.statusBar().currentMessage()

    press(qtbot, page.table, Qt.Key.Key_Z, CTRL)  # undo the delete
    assert "Builder" in rows_text(page.model, "last_name")
    press(qtbot, page.table, Qt.Key.Key_Z, CTRL_SHIFT)  # and redo it
    assert "Builder" not in rows_text(page.model, "last_name")

    press(qtbot, page.table, Qt.Key.Key_T, CTRL_SHIFT)  # the Trash is the last page, on Ctrl+Shift+T
    trash = window.trash
    assert window.stack.currentWidget() is trash
    press(qtbot, trash.table, Qt.Key.Key_Escape)  # offscreen Qt keeps the last keys' Shift for selectRow
    assert rows_text(trash.model, "label") == ["Bob Builder"]
    trash.select_row(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 0
    assert ctx.contacts.get(sample.bob).last_name == "Builder"
    assert page.model.rowCount() == 21  # a hidden page refreshes only when it is shown again
    window.show_page(1)
    assert "Builder" in rows_text(page.model, "last_name")

    window.undo_action.trigger()  # undo the restore: back to the trash
    assert "Builder" not in rows_text(page.model, "last_name")
    window.show_page(window.pages.index(window.trash))
    assert rows_text(trash.model, "label") == ["Bob Builder"]


def test_purge_asks_and_cannot_be_undone(window, qtbot, ctx, sample):
    ctx.contacts.delete([sample.bob])
    window.show_page(window.pages.index(window.trash))
    trash = window.trash
    asked: list[str] = []
    trash.confirm = lambda text: asked.append(text) or False
    trash.select_row(0)
    press(qtbot, trash.table, Qt.Key.Key_Delete)
    assert asked == ["contact “Bob Builder”"] and trash.model.rowCount() == 1
    trash.confirm = lambda text: True
    press(qtbot, trash.table, Qt.Key.Key_Delete)
    assert trash.model.rowCount() == 0 and window.undo_stack.count() == 0
