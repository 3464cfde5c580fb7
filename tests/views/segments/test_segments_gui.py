"""The segment builder, the segment selector, saved views and bulk tagging, through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.models import Contact, CustomField, FieldKind
from app.services.core.listing import ListQuery
from tests.views.helpers import column_of


def _show_contacts(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page(window.pages.index(window.contacts))
    page = window.contacts
    qtbot.waitUntil(lambda: page.filter_bar.loaded)
    return page


def _tier_field(ctx, sample) -> None:  # type: ignore[no-untyped-def]
    """A custom choice field (defined directly: the custom-fields service is another branch's work)."""
    with ctx.uow() as work:
        work.session.add(
            CustomField(
                entity_type="contact",
                key="tier",
                label="Tier",
                kind=FieldKind.CHOICE,
                options={"choices": ["gold", "silver"]},
            )
        )
        work.session.get(Contact, sample.ada).custom = {"tier": "gold"}
        work.session.get(Contact, sample.bob).custom = {"tier": "gold"}


def _set_row(row, field_label: str, operator: str) -> None:  # type: ignore[no-untyped-def]
    row.field.setCurrentIndex(row.field.findText(field_label))
    row.operator.setCurrentIndex(row.operator.findData(operator))


def test_builder_counts_live_saves_through_undo_and_shows_the_members(window, qtbot, ctx, sample) -> None:
    _tier_field(ctx, sample)
    page = _show_contacts(window, qtbot)
    assert page.model.total == 22
    builder = page.segments_button.new_segment()
    builder.editor("name").setText("Gold in Germany")
    first = builder.criteria.root.items[0]
    _set_row(first, "Tier", "equals")
    first.value_editor.findChild(QComboBox, "choiceValue").setCurrentIndex(0)  # gold
    qtbot.waitUntil(lambda: builder.count_label.text() == "2 contacts match")
    second = builder.criteria.root.add_condition()
    _set_row(second, "Country", "equals")
    assert builder.count_label.text() == "2 contacts match"  # debounced: not recounted yet
    qtbot.waitUntil(lambda: builder.count_label.text().startswith("Not complete yet"))
    second.value_editor.findChild(QLineEdit, "textValue").setText("DE")
    qtbot.waitUntil(lambda: builder.count_label.text() == "1 contact match")
    builder.accept()
    assert not builder.isVisible()
    saved = ctx.segments.find("Gold in Germany", "contact")
    assert saved.criteria == {
        "match": "all",
        "items": [
            {"field": "custom.tier", "operator": "equals", "value": "gold"},
            {"field": "country", "operator": "equals", "value": "DE"},
        ],
    }
    # the page now lists the segment's members
    assert page.filter_bar.combos["segment_id"].currentText() == "Gold in Germany"
    assert page.model.query.segment_id == saved.id
    assert page.model.total == 1 and page.model.item(0).id == sample.ada
    # undo removes the segment; the selector falls back and the list shows everyone again
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.query.segment_id is None)
    assert page.model.total == 22
    assert "Gold in Germany" not in [s.name for s in ctx.segments.list("contact")]
    window.undo_stack.redo()
    assert ctx.segments.find("Gold in Germany", "contact").id == saved.id


def test_editing_a_segment_loads_its_tree_and_undo_restores_it(window, qtbot, ctx, sample) -> None:
    page = _show_contacts(window, qtbot)
    dach = ctx.segments.find("DACH contacts", "contact")
    page.filter_bar.select("segment_id", dach.id)
    assert page.model.total == 1  # Ada in DE
    builder = page.segments_button.edit_segment()
    row = builder.criteria.root.items[0]
    assert row.spec.name == "country" and row.operator.currentData() == "in"
    assert row.value_editor.value() == ["DE", "AT", "CH"]
    row.value_editor.findChild(QLineEdit, "listValue").setText("DE, GB")
    builder.criteria.root.match.setCurrentIndex(1)  # any
    builder.accept()
    assert page.model.total == 2
    window.undo_stack.undo()
    assert ctx.segments.get(dach.id).criteria["items"][0]["value"] == ["DE", "AT", "CH"]
    qtbot.waitUntil(lambda: page.model.total == 1)


def test_nested_group_and_value_editors_fit_the_kind(window, qtbot, ctx, sample) -> None:
    page = _show_contacts(window, qtbot)
    builder = page.segments_button.new_segment()
    row = builder.criteria.root.items[0]
    _set_row(row, "Activity", "within_last_days")
    row.negate.setChecked(True)
    assert row.value_editor.findChild(object, "daysValue") is not None
    group = builder.criteria.root.add_group()
    group.match.setCurrentIndex(1)
    inner = group.items[0]
    _set_row(inner, "Open deal amount", "greater")
    inner.value_editor.findChild(QLineEdit, "amountValue").setText("1000")
    _set_row(group.add_condition(), "Created", "between")
    tree = builder.criteria.tree()
    assert tree["items"][0] == {
        "field": "last_activity",
        "operator": "within_last_days",
        "value": 30,
        "negate": True,
    }
    nested = tree["items"][1]
    assert nested["match"] == "any"
    assert nested["items"][0]["value"] == {"amount": "1000", "currency": "EUR"}
    assert len(nested["items"][1]["value"]) == 2
    builder.update_count()
    qtbot.waitUntil(lambda: builder.count_label.text().endswith("match"))  # counted off the GUI thread
    assert builder.count_label.text().endswith("match")
    builder.reject()


def test_saved_views_remember_columns_filters_and_sort(window, qtbot, ctx, sample) -> None:
    page = _show_contacts(window, qtbot)
    header = page.table.horizontalHeader()
    email = column_of(page.model, "email")
    page.columns_button.set_visible(email, False)
    page.filter_bar.select("country", "DE")
    page.model.sort(column_of(page.model, "city"), Qt.SortOrder.DescendingOrder)
    page.views_bar.save_as("German by city")
    assert page.views_bar.combo.currentText() == "German by city"
    # change everything back by hand: the combo says it is no longer the saved view
    page.columns_button.set_visible(email, True)
    page.filter_bar.select("country", None)
    assert page.views_bar.combo.currentText() == "Custom view"
    assert page.model.total == 22
    page.views_bar.choose("German by city")
    assert page.model.total == 1
    assert page.model.query.sort == "city" and page.model.query.descending
    assert header.isSectionHidden(email)
    assert page.filter_bar.combos["country"].currentData() == "DE"
    # a view saved on the accounts page is not offered on the contacts page
    assert window.accounts.views_bar.combo.findText("German by city") < 0
    # delete, undo brings it back
    page.views_bar.delete_current()
    assert [v.name for v in ctx.saved_views.list("contacts")] == []
    window.undo_stack.undo()
    assert [v.name for v in ctx.saved_views.list("contacts")] == ["German by city"]
    window.undo_stack.undo()  # the delete's undo, then the save's undo removes the new view
    assert ctx.saved_views.list("contacts") == []


def test_bulk_tagging_of_a_selection_is_one_undo_step(window, qtbot, ctx, sample) -> None:
    page = _show_contacts(window, qtbot)
    vip = ctx.tags.create("VIP", "#d32f2f").value
    selection = page.table.selectionModel()
    for row in (0, 1, 2):
        selection.select(
            page.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )
    chosen = [page.model.item(r).id for r in (0, 1, 2)]
    page.tags_button._fill()
    add_menu = page.tags_button.menu_.actions()[0].menu()
    assert [a.text() for a in add_menu.actions()] == ["VIP"]
    add_menu.actions()[0].trigger()
    assert ctx.contacts.count(ListQuery(tag_id=vip.id)) == 3
    assert all(ctx.contacts.get(i).tag_ids == (vip.id,) for i in chosen)
    window.undo_stack.undo()
    assert ctx.contacts.count(ListQuery(tag_id=vip.id)) == 0
    window.undo_stack.redo()
    page.tags_button.tag_selection(vip, add=False)
    assert ctx.contacts.count(ListQuery(tag_id=vip.id)) == 0
    window.undo_stack.undo()
    assert ctx.contacts.count(ListQuery(tag_id=vip.id)) == 3


def test_tag_manager_creates_renames_recolours_and_deletes(window, qtbot, ctx, sample) -> None:
    page = _show_contacts(window, qtbot)
    page.tags_button.open_manager()
    manager = page.tags_button.manager
    manager.name.setText("Press")
    manager.set_color("#388e3c")
    manager.add_tag()
    assert [(t.name, t.color) for t in ctx.lookups.tags()] == [("Press", "#388e3c")]
    manager.add_tag()  # the same name again: refused, shown in the dialog
    assert manager.error.isVisible() and "already exists" in manager.error.text()
    manager.name.setText("Media")
    manager.set_color("#1976d2")
    manager.save_tag()
    assert [(t.name, t.color) for t in ctx.lookups.tags()] == [("Media", "#1976d2")]
    assert manager.list.item(0).text() == "Media   (0)"
    manager.delete_tag(confirm=False)
    assert ctx.lookups.tags() == []
    window.undo_stack.undo()  # the delete
    window.undo_stack.undo()  # the rename
    assert [(t.name, t.color) for t in ctx.lookups.tags()] == [("Press", "#388e3c")]
    window.undo_stack.undo()  # the creation: gone for good
    assert ctx.tags.usage() == []
    manager.close()
