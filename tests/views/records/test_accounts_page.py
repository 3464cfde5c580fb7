"""The Accounts page: the detail pane with contacts and the 360-degree timeline; editing memberships."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.views.helpers import press, row_of, rows_text


def _show_account(window, name: str):
    window.show_page(0)
    page = window.accounts
    page.table.setCurrentIndex(page.model.index(row_of(page.model, "name", name), 0))
    return page.detail


def test_account_detail_shows_contacts_and_timeline_newest_first(window, sample):
    pane = _show_account(window, "Acme GmbH")
    assert pane.title.text() == "Acme GmbH"
    assert "Software" in pane.subtitle.text() and "Berlin, DE" in pane.subtitle.text()
    assert pane.values["industry"].text() == "Software"
    assert rows_text(pane.members, "name") == ["Ada Lovelace"]
    assert rows_text(pane.members, "role") == ["Decision maker"]
    titles = rows_text(pane.timeline.model(), "title")
    assert titles == ["Deal: Acme rollout", "Quarterly review with Ada", "Intro call"]
    assert rows_text(pane.timeline.model(), "kind") == ["Deal", "Meeting", "Call"]
    assert pane.tabs.tabText(2) == "Timeline (3)"

    pane = _show_account(window, "Globex Ltd")
    assert sorted(rows_text(pane.members, "name")) == ["Ada Lovelace", "Bob Builder"]
    assert rows_text(pane.timeline.model(), "title") == ["Quarterly review with Ada"]


def test_editing_an_account_updates_pane_and_contacts_company(window, qtbot, ctx, sample):
    pane = _show_account(window, "Acme GmbH")
    window.accounts.edit_id(sample.acme)
    dialog = window.accounts.editor
    dialog.editor("name").clear()
    qtbot.keyClicks(dialog.editor("name"), "Acme Europe GmbH")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert pane.title.text() == "Acme Europe GmbH"
    assert ctx.contacts.get(sample.ada).company_name == "Acme Europe GmbH"
    window.show_page(1)
    assert "Acme Europe GmbH" in rows_text(window.contacts.model, "company")
    window.undo_action.trigger()
    assert pane.title.text() == "Acme GmbH"
    assert ctx.contacts.get(sample.ada).company_name == "Acme GmbH"


def test_deleting_the_shown_account_clears_the_pane_and_undo_restores(window, qtbot, ctx, sample):
    pane = _show_account(window, "Globex Ltd")
    press(qtbot, window.accounts.table, Qt.Key.Key_Delete)
    assert rows_text(window.accounts.model, "name") == ["Acme GmbH"]
    assert pane.account is None and pane.stack.currentWidget() is pane.placeholder
    window.undo_action.trigger()
    assert rows_text(window.accounts.model, "name") == ["Acme GmbH", "Globex Ltd"]


def test_contact_editor_adds_an_account_with_the_picker_and_changes_primary(window, qtbot, ctx, sample):
    window.contacts.edit_id(sample.bob)
    dialog = window.contacts.editor
    assert rows_text(dialog.memberships, "account") == ["Globex Ltd"]
    qtbot.keyClicks(dialog.picker, "acm")
    qtbot.waitUntil(lambda: dialog.picker.matches.rowCount() == 1, timeout=2000)
    press(qtbot, dialog.picker, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter picked the account; it did not press Save
    assert rows_text(dialog.memberships, "account") == ["Globex Ltd", "Acme GmbH"]
    model = dialog.memberships
    model.setData(model.index(1, 1), "Sponsor", Qt.ItemDataRole.EditRole)
    model.setData(model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    bob = ctx.contacts.get(sample.bob)
    assert [(m.account_name, m.role, m.is_primary) for m in bob.memberships] == [
        ("Acme GmbH", "Sponsor", True),
        ("Globex Ltd", "Buyer", False),
    ]
    assert bob.company_name == "Acme GmbH"
    window.undo_action.trigger()
    assert [m.account_name for m in ctx.contacts.get(sample.bob).memberships] == ["Globex Ltd"]


def test_removing_a_membership_in_the_editor(window, qtbot, ctx, sample):
    window.contacts.edit_id(sample.ada)
    dialog = window.contacts.editor
    dialog.membership_table.selectRow(1)
    qtbot.mouseClick(
        dialog.findChild(type(dialog.save_button), "removeMembership"), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [m.account_name for m in ctx.contacts.get(sample.ada).memberships] == ["Acme GmbH"]


def test_create_account_with_missing_name_shows_error(window, qtbot, ctx):
    window.show_page(0)
    qtbot.mouseClick(window.accounts.new_button, Qt.MouseButton.LeftButton)
    dialog = window.accounts.editor
    qtbot.keyClicks(dialog.editor("city"), "Paris")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["name"].error == "Please enter the name."
    qtbot.keyClicks(dialog.editor("name"), "Initech")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert rows_text(window.accounts.model, "name") == ["Initech"]
    assert window.accounts.detail.title.text() == "Initech"
