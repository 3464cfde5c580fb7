"""Creating a record that looks like an existing one: a warning in the dialog, Open or Save anyway."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services.core.listing import ListQuery
from app.services.records.contacts import ContactInput
from tests.views.helpers import press


def test_new_contact_like_an_existing_one_warns_then_saves_anyway(window, qtbot, ctx):
    existing = ctx.contacts.create(
        ContactInput(last_name="Hopper", first_name="Grace", email="grace@navy.example")
    ).value
    opened = []
    window.contacts.env.open_record = lambda entity, record_id: opened.append((entity, record_id))
    window.show_page(1)
    press(qtbot, window.contacts.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.contacts.editor
    qtbot.keyClicks(dialog.editor("first_name"), "Grace")
    qtbot.keyClicks(dialog.editor("last_name"), "hopper")
    qtbot.keyClicks(dialog.editor("email"), "Grace@Navy.example ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and ctx.contacts.count(ListQuery()) == 1  # warned, not saved
    warning = dialog.duplicate_box
    assert warning is not None and warning.isVisible()
    assert "Grace Hopper (100 %, same name, email)" in warning.findChild(type(dialog.error_banner)).text()
    open_button = warning.findChild(QPushButton, "openDuplicate")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened == [("contact", existing.id)]
    qtbot.mouseClick(warning.findChild(QPushButton, "saveAnyway"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and ctx.contacts.count(ListQuery()) == 2


def test_a_different_contact_is_saved_without_a_warning(window, qtbot, ctx):
    ctx.contacts.create(ContactInput(last_name="Hopper", first_name="Grace", email="grace@navy.example"))
    window.show_page(1)
    press(qtbot, window.contacts.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.contacts.editor
    qtbot.keyClicks(dialog.editor("first_name"), "Alan")
    qtbot.keyClicks(dialog.editor("last_name"), "Turing")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.duplicate_box is None
    assert ctx.contacts.count(ListQuery()) == 2
