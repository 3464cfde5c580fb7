"""Issue 16: the address, salutation, birthday and second reach of a contact or lead, and an account's
revenue and employees, typed in the editor, are stored and shown again when it reopens."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QGroupBox

from app.services.records.accounts import AccountInput
from app.services.sales.leads import LeadInput
from app.views.common.date_edit import OptionalDateEdit


def _type(qtbot, dialog, values: dict[str, str]) -> None:
    for name, text in values.items():
        dialog.editor(name).clear()
        qtbot.keyClicks(dialog.editor(name), text)


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_banner.text()


PERSON = {
    "salutation": "Dr.",
    "other_email": "Ada.L@Example.org",
    "other_phone": "030 7654321",
    "street": "Unter den Linden 1",
    "postal_code": "10117",
    "region": "Berlin",
}


def test_contact_editor_stores_and_shows_the_new_fields(window, qtbot, ctx, sample):
    window.contacts.edit_id(sample.ada)
    dialog = window.contacts.editor
    qtbot.waitExposed(dialog)
    group = dialog.findChild(QGroupBox, "addressGroup")
    assert group is not None and group.isAncestorOf(dialog.editor("street"))
    assert group.isAncestorOf(dialog.editor("region")) and group.isAncestorOf(dialog.editor("country"))
    assert isinstance(dialog.editor("birthday"), OptionalDateEdit)
    assert dialog.editor("birthday").calendarPopup()
    _type(qtbot, dialog, PERSON)
    dialog.editor("birthday").setDate(QDate(1985, 12, 10))
    _save(qtbot, dialog)
    stored = ctx.contacts.get(sample.ada)
    assert (stored.salutation, stored.street, stored.postal_code, stored.region) == (
        "Dr.",
        "Unter den Linden 1",
        "10117",
        "Berlin",
    )
    assert stored.birthday == date(1985, 12, 10)
    assert (stored.other_phone, stored.other_email) == ("+49307654321", "ada.l@example.org")
    window.contacts.edit_id(sample.ada)
    again = window.contacts.editor
    qtbot.waitExposed(again)
    assert {name: again.editor(name).text() for name in PERSON} == {
        **PERSON,
        "other_email": "ada.l@example.org",
    }
    assert again.editor("birthday").text() == "1985-12-10"
    assert again.editor("city").text() == "Berlin" and again.editor("country").text() == "DE"
    again.reject()


def test_account_editor_stores_and_shows_revenue_employees_and_address(window, qtbot, ctx, sample):
    window.accounts.edit_id(sample.acme)
    dialog = window.accounts.editor
    qtbot.waitExposed(dialog)
    _type(
        qtbot,
        dialog,
        {
            "address": "Hauptstr. 5",
            "postal_code": "10115",
            "region": "Berlin",
            "annual_revenue": "2,500,000.50",
            "annual_revenue_currency": "eur",
            "employee_count": "250",
        },
    )
    _save(qtbot, dialog)
    stored = ctx.accounts.get(sample.acme)
    assert stored.annual_revenue == Decimal("2500000.50") and stored.annual_revenue_currency == "EUR"
    assert (stored.employee_count, stored.postal_code, stored.region, stored.address) == (
        250,
        "10115",
        "Berlin",
        "Hauptstr. 5",
    )
    window.accounts.edit_id(sample.acme)
    again = window.accounts.editor
    qtbot.waitExposed(again)
    assert again.editor("annual_revenue").text() == "2500000.50"
    assert again.editor("annual_revenue_currency").text() == "EUR"
    assert again.editor("employee_count").text() == "250"
    assert again.editor("postal_code").text() == "10115"
    again.reject()


def test_account_editor_names_a_revenue_without_currency(window, qtbot, ctx, sample):
    window.accounts.edit_id(sample.acme)
    dialog = window.accounts.editor
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog, {"annual_revenue": "100", "employee_count": "-3"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields["annual_revenue_currency"].error
    assert dialog.fields["employee_count"].error
    assert ctx.accounts.get(sample.acme).employee_count == 0
    dialog.reject()


def test_lead_editor_stores_and_shows_the_new_fields(window, qtbot, ctx):
    lead = ctx.leads.create(LeadInput(last_name="Rossi", first_name="Maria")).value
    window.show_page(window.pages.index(window.leads))
    window.leads.edit_id(lead.id)
    dialog = window.leads.editor
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog, {**PERSON, "city": "Roma", "country": "IT", "other_phone": "06 8765 4321"})
    dialog.editor("birthday").setDate(QDate(1990, 5, 17))
    _save(qtbot, dialog)
    stored = ctx.leads.get(lead.id)
    assert (stored.city, stored.country, stored.street, stored.birthday) == (
        "Roma",
        "IT",
        "Unter den Linden 1",
        date(1990, 5, 17),
    )
    assert stored.other_phone == "+390687654321"
    window.leads.edit_id(lead.id)
    again = window.leads.editor
    qtbot.waitExposed(again)
    assert again.editor("other_phone").text() == "06 8765 4321"
    assert again.editor("birthday").text() == "1990-05-17"
    again.reject()


def test_new_list_columns_are_offered_hidden_and_show_the_values(window, qtbot, ctx, sample, qtmodeltester):
    ctx.accounts.update(
        sample.acme,
        AccountInput(
            name="Acme GmbH", annual_revenue="2500000", annual_revenue_currency="EUR", employee_count=250
        ),
        expected_version=ctx.accounts.get(sample.acme).version,
    )
    ctx.contacts.update(
        sample.ada,
        replace(ctx.contacts.get(sample.ada).as_input(), postal_code="10117"),
        expected_version=ctx.contacts.get(sample.ada).version,
    )
    for page, wanted in (
        (window.accounts, {"annual_revenue": "€2,500,000", "employee_count": "250"}),
        (window.contacts, {"postal_code": "10117", "birthday": ""}),
    ):
        window.show_page(window.pages.index(page))
        model = page.model
        qtmodeltester.check(model)
        keys = [c.key for c in model.columns]
        view = page.table
        row = next(r for r in range(model.rowCount()) if model.item(r).id in (sample.acme, sample.ada))
        for key, text in wanted.items():
            col = keys.index(key)
            assert view.isColumnHidden(col)  # optional: chosen from the header's menu
            assert model.index(row, col).data() == text


def test_detail_panes_show_the_address_birthday_and_revenue(window, qtbot, ctx, sample):
    ctx.contacts.update(
        sample.ada,
        replace(
            ctx.contacts.get(sample.ada).as_input(),
            street="Unter den Linden 1",
            postal_code="10117",
            region="Berlin",
            birthday=date(1985, 12, 10),
            other_phone="030 7654321",
        ),
        expected_version=ctx.contacts.get(sample.ada).version,
    )
    ctx.accounts.update(
        sample.acme,
        AccountInput(
            name="Acme GmbH", postal_code="10115", annual_revenue="2500000", annual_revenue_currency="EUR"
        ),
        expected_version=ctx.accounts.get(sample.acme).version,
    )
    window.contacts.open_id(sample.ada)
    pane = window.contacts.detail
    assert pane.values["street"].text() == "Unter den Linden 1\n10117 Berlin"
    assert pane.values["birthday"].text() == "1985-12-10"
    assert pane.values["other_phone_display"].text() == "030 7654321"
    window.accounts.open_id(sample.acme)
    pane = window.accounts.detail
    assert pane.values["address"].text() == "10115"
    assert pane.values["annual_revenue"].text() == "€2,500,000"
    assert pane.values["employee_count"].text() == "—"
