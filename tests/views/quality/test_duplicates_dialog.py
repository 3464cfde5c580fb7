"""The duplicates review through its real widgets: find, compare side by side, merge with chosen values,
undo and redo; mark a pair as not duplicates (remembered, undoable)."""

from __future__ import annotations

from app.services.core.listing import ListQuery
from app.services.records.contacts import ContactInput


def _twins(ctx):
    a = ctx.contacts.create(
        ContactInput(last_name="Hamilton", first_name="Margaret", email="mh@nasa.example")
    )
    b = ctx.contacts.create(
        ContactInput(last_name="Hamliton", first_name="Margaret", email="mh@nasa.example", city="Boston")
    )
    return a.value.id, b.value.id


def test_merge_keeps_chosen_values_and_undo_restores_both(window, qtbot, ctx):
    a, b = _twins(ctx)
    window.open_duplicates()
    dialog = window.duplicates_dialog
    dialog.find()
    assert dialog.pair_table.rowCount() == 1
    assert dialog.pair_table.item(0, 3).text() == "name, email"
    fields = [dialog.compare.item(r, 0).text() for r in range(dialog.compare.rowCount())]
    city = fields.index("city")
    assert dialog.compare.item(city, 2).text() == "Boston"
    assert dialog.take_from_b() == ("city",)  # a value beats an empty one
    survivor = dialog.current_pair().id_a
    dialog.merge_button.click()
    assert dialog.pair_table.rowCount() == 0
    assert ctx.contacts.count(ListQuery()) == 1
    assert ctx.contacts.get(survivor).city == "Boston"
    window.undo_stack.undo()
    assert ctx.contacts.count(ListQuery()) == 2
    assert ctx.contacts.get(survivor).city == ("" if survivor == a else "Boston")
    assert {ctx.contacts.get(a).deleted_at, ctx.contacts.get(b).deleted_at} == {None}
    window.undo_stack.redo()
    assert ctx.contacts.count(ListQuery()) == 1
    dialog.reject()


def test_not_duplicates_is_remembered_and_undoable(window, qtbot, ctx):
    _twins(ctx)
    window.open_duplicates()
    dialog = window.duplicates_dialog
    dialog.find()
    dialog.distinct_button.click()
    assert dialog.pair_table.rowCount() == 0
    assert ctx.dedupe.find("contact") == []
    window.undo_stack.undo()
    assert len(ctx.dedupe.find("contact")) == 1
    dialog.reject()
