"""Issue 16: a contact's and an account's address, salutation, birthday, second reach and company figures
are validated, stored, shown in the detail and carried by undo's input (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.services.core.errors import ValidationError
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput


def _fields(info: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in info.value.errors}


def test_contact_address_and_person_fields_are_stored_and_round_trip(ctx):
    created = ctx.contacts.create(
        ContactInput(
            last_name="Becker",
            country="DE",
            street=" Hauptstr. 5 ",
            postal_code=" 10115 ",
            region="Berlin",
            salutation="Dr.",
            birthday=date(1980, 2, 29),
            other_phone="030 7654321",
            other_email=" Anna.Becker@Example.ORG ",
        )
    ).value
    got = ctx.contacts.get(created.id)
    assert (got.street, got.postal_code, got.region, got.salutation) == (
        "Hauptstr. 5",
        "10115",
        "Berlin",
        "Dr.",
    )
    assert got.birthday == date(1980, 2, 29)
    assert got.other_phone == "+49307654321"  # read in the contact's country, like the main phone
    assert got.other_phone_display == "030 7654321"
    assert got.other_email == "anna.becker@example.org"
    again = got.as_input()
    assert (again.other_phone, again.birthday, again.street) == (
        "030 7654321",
        date(1980, 2, 29),
        "Hauptstr. 5",
    )
    changed = ctx.contacts.update(
        created.id,
        ContactInput(**{**again.__dict__, "region": "Brandenburg"}),
        expected_version=ctx.contacts.get(created.id).version,
    ).value
    assert changed.region == "Brandenburg" and changed.postal_code == "10115"


def test_contact_bad_new_fields_are_named_and_nothing_is_stored(ctx):
    created = ctx.contacts.create(ContactInput(last_name="Keep", postal_code="12345")).value
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as info:
        ctx.contacts.update(
            created.id,
            ContactInput(
                last_name="Keep",
                postal_code="1" * 21,
                region="r" * 101,
                salutation="s" * 41,
                birthday=tomorrow,
                other_phone="12",
                other_email="not-an-email",
            ),
            expected_version=ctx.contacts.get(created.id).version,
        )
    errors = _fields(info)
    assert set(errors) == {"postal_code", "region", "salutation", "birthday", "other_phone", "other_email"}
    assert "in the future" in errors["birthday"]
    assert "at most 20" in errors["postal_code"]
    assert ctx.contacts.get(created.id).postal_code == "12345"


def test_account_revenue_is_money_and_employees_a_count(ctx):
    created = ctx.accounts.create(
        AccountInput(
            name="Acme",
            address="Main St 1",
            postal_code="94105",
            region="CA",
            annual_revenue="1,250,000.55",
            annual_revenue_currency="usd",
            employee_count="1,200",
        )
    ).value
    got = ctx.accounts.get(created.id)
    assert (got.postal_code, got.region, got.address) == ("94105", "CA", "Main St 1")
    assert got.annual_revenue_minor == 125_000_055
    assert got.annual_revenue_currency == "USD"
    assert got.annual_revenue == Decimal("1250000.55")
    assert got.employee_count == 1200
    again = got.as_input()
    assert again.annual_revenue == Decimal("1250000.55") and again.employee_count == 1200
    same = ctx.accounts.update(created.id, again, expected_version=ctx.accounts.get(created.id).version).value
    assert same.annual_revenue_minor == 125_000_055
    cleared = ctx.accounts.update(
        created.id,
        AccountInput(name="Acme", employee_count=""),
        expected_version=ctx.accounts.get(created.id).version,
    ).value
    assert (cleared.annual_revenue, cleared.annual_revenue_currency, cleared.employee_count) == (None, "", 0)


def test_account_bad_figures_are_named_and_nothing_is_stored(ctx):
    created = ctx.accounts.create(AccountInput(name="Keep", employee_count=5)).value
    with pytest.raises(ValidationError) as info:
        ctx.accounts.update(
            created.id,
            AccountInput(
                name="Keep", annual_revenue="12.345", annual_revenue_currency="EUR", employee_count=-1
            ),
            expected_version=ctx.accounts.get(created.id).version,
        )
    assert set(_fields(info)) == {"annual_revenue", "employee_count"}
    with pytest.raises(ValidationError) as info:
        ctx.accounts.update(
            created.id,
            AccountInput(name="Keep", annual_revenue="10", employee_count="ten"),
            expected_version=ctx.accounts.get(created.id).version,
        )
    assert set(_fields(info)) == {"annual_revenue_currency", "employee_count"}
    with pytest.raises(ValidationError) as info:
        ctx.accounts.update(
            created.id,
            AccountInput(name="Keep", annual_revenue=1.5),
            expected_version=ctx.accounts.get(created.id).version,
        )  # type: ignore[arg-type]
    assert "float" in _fields(info)["annual_revenue"]
    with pytest.raises(ValidationError) as info:
        ctx.accounts.update(
            created.id,
            AccountInput(name="Keep", postal_code="9" * 21, region="x" * 101),
            expected_version=ctx.accounts.get(created.id).version,
        )
    assert set(_fields(info)) == {"postal_code", "region"}
    assert ctx.accounts.get(created.id).employee_count == 5
