"""The contact and account editors: titles, fitting a 1366x768 screen, validation as you type and leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.core.custom_fields import FieldInput
from app.services.core.listing import ListQuery
from tests.views.helpers import press


def _new(window, qtbot, page_index: int):
    window.show_page(page_index)
    page = window.current_page()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    return page.editor


def test_editing_an_existing_record_is_titled_with_its_name(window, qtbot, sample):
    window.contacts.edit_id(sample.ada)
    assert window.contacts.editor.windowTitle() == "Edit contact — Ada Lovelace"
    window.contacts.editor.reject()
    window.accounts.edit_id(sample.acme)
    assert window.accounts.editor.windowTitle() == "Edit account — Acme GmbH"
    window.accounts.editor.reject()
    assert _new(window, qtbot, 1).windowTitle() == "New contact"
    window.contacts.editor.reject()
    assert _new(window, qtbot, 0).windowTitle() == "New account"


@pytest.mark.parametrize("entity", ["contact", "account"])
def test_editors_fit_a_768_pixel_laptop_screen(window, qtbot, ctx, sample, entity):
    """With many custom fields the fields scroll; the dialog and its Save button stay on a 768-px screen."""
    for i in range(12):
        ctx.custom_fields.create(FieldInput(entity, f"Extra field {i}", "text"))
    window.resize(1366, 768)
    page = window.contacts if entity == "contact" else window.accounts
    page.edit_id(sample.ada if entity == "contact" else sample.acme)
    dialog = page.editor
    qtbot.waitExposed(dialog)
    assert dialog.sizeHint().height() <= 700 and dialog.height() <= 700
    assert dialog.fields_scroll.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert dialog.save_button.isVisible()
    assert dialog.save_button.mapTo(dialog, dialog.save_button.rect().bottomLeft()).y() <= dialog.height()


def test_contact_editor_without_custom_fields_needs_no_scrolling(window, qtbot, sample):
    window.contacts.edit_id(sample.ada)
    dialog = window.contacts.editor
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 700
    assert dialog.fields_scroll.verticalScrollBar().maximum() == 0
    assert dialog.membership_table.isVisible()  # beside the fields, not below the fold


def _leave(qtbot, dialog, name: str) -> None:
    """Tab out of a field, as a user leaves it (focus moves only in the active window)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    press(qtbot, dialog.editor(name), Qt.Key.Key_Tab)
    assert not dialog.editor(name).hasFocus()


def test_a_bad_email_speaks_on_leaving_the_field_and_clears_while_typing_the_fix(window, qtbot, ctx):
    dialog = _new(window, qtbot, 1)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.editor("email"), "ada.example.com")
    assert dialog.fields["email"].error == ""  # nothing while typing a first time
    _leave(qtbot, dialog, "email")
    message = dialog.fields["email"].error
    assert message.startswith("Not an email address yet.") and "@" in message
    assert "'" not in message and "(" not in message  # not the validator's raw text
    assert dialog.fields["last_name"].error == ""  # an untouched required field stays quiet
    dialog.editor("email").setFocus()
    dialog.editor("email").end(False)
    dialog.editor("email").home(True)
    qtbot.keyClicks(dialog.editor("email"), "ada@example")
    assert dialog.fields["email"].error.startswith("Not an email address yet.")  # still no domain ending
    qtbot.keyClicks(dialog.editor("email"), ".com")
    assert dialog.fields["email"].error == ""  # gone as soon as the value is right, before leaving
    assert ctx.contacts.count(ListQuery()) == 0  # nothing was saved


def test_phone_and_country_messages_are_plain_and_go_when_fixed(window, qtbot):
    dialog = _new(window, qtbot, 1)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.editor("country"), "Germany")
    _leave(qtbot, dialog, "country")
    assert dialog.fields["country"].error == (
        "Use the two-letter country code, e.g. DE for Germany or US for the United States."
    )
    qtbot.keyClicks(dialog.editor("phone"), "call me")
    _leave(qtbot, dialog, "phone")
    assert dialog.fields["phone"].error.startswith("Not a phone number.")
    dialog.editor("country").selectAll()
    qtbot.keyClicks(dialog.editor("country"), "DE")
    assert dialog.fields["country"].error == ""
    assert dialog.fields["phone"].error  # still wrong: only the fixed field cleared


def test_save_shows_human_messages_and_the_banner_goes_once_all_are_fixed(window, qtbot, ctx):
    dialog = _new(window, qtbot, 0)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.editor("city"), "Paris")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields["name"].error == "Please enter the name."
    assert dialog.error_banner.isVisible()
    qtbot.keyClicks(dialog.editor("name"), "I")
    assert dialog.fields["name"].error == ""
    assert not dialog.error_banner.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and ctx.accounts.count(ListQuery()) == 1


def test_leaving_a_required_field_empty_after_typing_in_it_says_so(window, qtbot):
    dialog = _new(window, qtbot, 1)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.editor("last_name"), "X")
    press(qtbot, dialog.editor("last_name"), Qt.Key.Key_Backspace)
    _leave(qtbot, dialog, "last_name")
    assert dialog.fields["last_name"].error == "Please enter the last name."


def test_a_custom_field_problem_stays_until_the_next_save_while_other_fields_are_checked(window, qtbot, ctx):
    """Custom values are checked on Save only: editing another field must not clear their message."""
    ctx.custom_fields.create(FieldInput("contact", "Seats", "number"))
    dialog = _new(window, qtbot, 1)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.editor("last_name"), "Hopper")
    qtbot.keyClicks(dialog.custom_form.editor("seats"), "twelve")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.extra_fields["custom.seats"].error
    assert "not a number" in message
    qtbot.keyClicks(dialog.editor("email"), "grace@navy.example")
    _leave(qtbot, dialog, "email")
    assert dialog.extra_fields["custom.seats"].error == message
    assert dialog.error_banner.isVisible()
