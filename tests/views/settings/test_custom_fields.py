"""Custom fields through the real widgets: the settings dialog, the editor group, a sorted custom column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.core.custom_fields import FieldInput
from app.services.core.listing import ListQuery
from app.services.records.contacts import ContactInput
from tests.views.helpers import column_of, press

CTRL = Qt.KeyboardModifier.ControlModifier


def test_settings_dialog_defines_reorders_deletes_and_restores_with_undo(window, qtbot, ctx, monkeypatch):
    window.edit_custom_fields()
    dialog = window.custom_fields_dialog
    assert dialog.entity_type == "contact"
    qtbot.mouseClick(dialog.buttons["add"], Qt.MouseButton.LeftButton)
    editor = dialog.editor
    qtbot.keyClicks(editor.label, "Tier")
    editor.kind.setCurrentIndex(editor.kind.findData("choice"))
    assert editor.choices.isVisibleTo(editor) and not editor.currency.isVisibleTo(editor)
    editor.accept()
    assert editor.isVisible() and "at least one choice" in editor.fields["choices"].error
    editor.choices.setPlainText("Gold\nSilver")
    editor.accept()
    assert not editor.isVisible()
    ctx.custom_fields.create(FieldInput("contact", "Seats", "number"))
    assert [dialog.list.item(i).text().split()[0] for i in range(dialog.list.count())] == ["Tier", "Seats"]
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.buttons["up"], Qt.MouseButton.LeftButton)
    assert [f.label for f in ctx.custom_fields.fields("contact")] == ["Seats", "Tier"]
    window.undo_stack.undo()
    assert [f.label for f in ctx.custom_fields.fields("contact")] == ["Tier", "Seats"]
    ctx.contacts.create(ContactInput(last_name="Ada", custom={"tier": "Gold"}))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "1 contact record(s) hold a value" in asked[0] and "trash" in asked[0]
    assert [f.label for f in ctx.custom_fields.fields("contact")] == ["Seats"]
    assert dialog.trash.count() == 1
    dialog.trash.setCurrentRow(0)
    qtbot.mouseClick(dialog.buttons["restore"], Qt.MouseButton.LeftButton)
    assert {f.label for f in ctx.custom_fields.fields("contact")} == {"Seats", "Tier"}
    window.undo_stack.undo()  # undo the restore
    assert [f.label for f in ctx.custom_fields.fields("contact")] == ["Seats"]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.trash.setCurrentRow(0)
    qtbot.mouseClick(dialog.buttons["purge"], Qt.MouseButton.LeftButton)
    assert dialog.trash.count() == 0 and ctx.custom_fields.fields("contact", deleted=None)[0].label == "Seats"
    ada = ctx.contacts.page(ListQuery(), 0, 1, 1).rows[0]
    assert ctx.contacts.get(ada.id).custom == {}  # the purge removed the stored value


def test_contact_editor_shows_custom_fields_validates_inline_and_saves(window, qtbot, ctx):
    ctx.custom_fields.create(FieldInput("contact", "Budget", "money", currency="EUR", required=True))
    ctx.custom_fields.create(
        FieldInput("contact", "Tier", "choice", choices=("Gold", "Silver"), default_value="Gold")
    )
    ctx.custom_fields.create(FieldInput("contact", "VIP", "checkbox"))
    window.show_page(1)
    press(qtbot, window.contacts.table, Qt.Key.Key_N, CTRL)
    dialog = window.contacts.editor
    form = dialog.custom_form
    assert form is not None and form.isVisibleTo(dialog)
    assert form.editor("tier").currentText() == "Gold"  # the default
    qtbot.keyClicks(dialog.editor("last_name"), "Hopper")
    qtbot.keyClicks(form.editor("budget"), "twelve")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not a number" in dialog.extra_fields["custom.budget"].error
    form.editor("budget").setText("1,250.50")
    form.editor("vip").setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = ctx.contacts.page(ListQuery(search="Hopper"), 0, 5, 1).rows[0]
    assert row.custom == {"budget": 125050, "tier": "Gold", "vip": True}
    detail = ctx.contacts.get(row.id)
    window.contacts.edit_id(row.id)
    editor = window.contacts.editor
    assert editor.custom_form.editor("budget").text() == "1250.50"
    editor.custom_form.editor("tier").setCurrentIndex(2)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert ctx.contacts.get(row.id).custom["tier"] == "Silver"
    window.undo_stack.undo()
    assert ctx.contacts.get(row.id).custom == detail.custom


def test_custom_column_is_offered_and_sorts_in_sql(window, qtbot, ctx, qtmodeltester):
    for name in "ABCD":
        ctx.contacts.create(ContactInput(last_name=name))
    window.show_page(1)
    page = window.contacts
    ctx.custom_fields.create(FieldInput("contact", "Seats", "number"))  # the open page picks it up
    qtbot.waitUntil(lambda: "custom.seats" in [c.key for c in page.model.columns])
    for name, seats in (("A", 30), ("B", 5), ("D", 12)):
        rid = ctx.contacts.page(ListQuery(search=name), 0, 1, 1).rows[0].id
        detail = ctx.contacts.get(rid)
        from dataclasses import replace

        ctx.contacts.update(rid, replace(detail.as_input(), custom={"seats": seats}), detail.version)
    column = column_of(page.model, "custom.seats")
    header = page.table.horizontalHeader()
    assert header.isSectionHidden(column)  # optional: hidden until chosen
    page.columns_button._fill()
    action = next(a for a in page.columns_button.menu_.actions() if a.text() == "Seats")
    action.setChecked(True)
    assert not header.isSectionHidden(column)
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort == "custom.seats" and page.model.query.descending
    model = page.model
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert shown == ["30", "12", "5", ""]
    qtmodeltester.check(model)


def test_filter_bar_filters_on_a_custom_field(window, qtbot, ctx):
    ctx.custom_fields.create(FieldInput("contact", "Seats", "number"))
    for name, seats in (("A", 30), ("B", 5), ("C", None)):
        ctx.contacts.create(ContactInput(last_name=name, custom={"seats": seats}))
    window.show_page(1)
    page = window.contacts
    box = page.custom_filter
    assert box.isVisibleTo(page)
    box.field.setCurrentIndex(box.field.findData("seats"))
    box.op.setCurrentIndex(box.op.findData("greater"))
    qtbot.keyClicks(box.value, "10")
    box.value.editingFinished.emit()
    assert page.model.total == 1 and page.model.item(0).last_name == "A"
    box.op.setCurrentIndex(box.op.findData("empty"))
    assert not box.value.isEnabled()
    assert page.model.total == 1 and page.model.item(0).last_name == "C"
    box.field.setCurrentIndex(0)
    assert page.model.total == 3
    ctx.custom_fields.delete([ctx.custom_fields.fields("contact")[0].id])
    qtbot.waitUntil(lambda: not box.isVisibleTo(page))
