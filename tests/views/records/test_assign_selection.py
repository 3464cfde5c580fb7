""" "Assign to…" on the Contacts list: two selected contacts go to a colleague in one step, Ctrl+Z gives
each back its owner, and a refusal by the service is shown, not swallowed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from app.models import Role
from app.services.access.users import UserInput
from tests.views.helpers import press, row_of

CTRL = Qt.KeyboardModifier.ControlModifier


def test_two_selected_contacts_go_to_a_colleague_in_one_undoable_step(window, qtbot, ctx, sample):  # type: ignore[no-untyped-def]
    colleague = ctx.users.add(UserInput("Carla Colleague", "carla@example.com", Role.SALES_REP)).value.id
    before = {i: ctx.contacts.get(i).owner_id for i in (sample.ada, sample.bob)}
    window.show_page(1)
    page = window.contacts
    selection = page.table.selectionModel()
    for name in ("Lovelace", "Builder"):
        index = page.model.index(row_of(page.model, "last_name", name), 0)
        selection.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    menu = page.assign_menu
    page.table.setFocus()
    press(qtbot, page.table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Edit > Assign to…
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Assign 2 selected to:" and "Carla Colleague" in texts
    window.grab().save("/tmp/b_assign_list.png")
    menu.grab().save("/tmp/b_assign_menu.png")
    menu.hide()
    next(a for a in menu.actions() if a.text() == "Carla Colleague").trigger()
    assert {ctx.contacts.get(i).owner_id for i in before} == {colleague}
    assert window.undo_stack.undoText() == "Assign 2 contacts to Carla Colleague"
    press(qtbot, page.table, Qt.Key.Key_Z, CTRL)
    assert {i: ctx.contacts.get(i).owner_id for i in before} == before
    ctx.users.deactivate(colleague, ctx.users.find("tester@example.com").id)
    menu.assign_selection(colleague, "Carla Colleague")
    assert "Could not assign 2 contacts: owner: Carla Colleague is deactivated" in window.last_error
