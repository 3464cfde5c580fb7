"""Issue 16: a lead's address, country, salutation, birthday and second reach (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.core.errors import ValidationError
from app.services.sales.conversion import ConversionInput
from app.services.sales.leads import LeadInput


def test_lead_address_and_person_fields_round_trip(ctx):
    created = ctx.leads.create(
        LeadInput(
            last_name="Rossi",
            street="Via Roma 1",
            postal_code="00184",
            city="Roma",
            region="Lazio",
            country="it",
            salutation="Sig.ra",
            birthday=date(1990, 5, 17),
            phone="06 1234 5678",
            other_phone="06 8765 4321",
            other_email="Maria@Example.IT",
        )
    ).value
    got = ctx.leads.get(created.id)
    assert (got.street, got.postal_code, got.city, got.region, got.country) == (
        "Via Roma 1",
        "00184",
        "Roma",
        "Lazio",
        "IT",
    )
    assert got.phone == "+390612345678"  # a national number read in the lead's own country
    assert got.other_phone == "+390687654321" and got.other_phone_display == "06 8765 4321"
    assert (got.salutation, got.birthday, got.other_email) == (
        "Sig.ra",
        date(1990, 5, 17),
        "maria@example.it",
    )
    again = got.as_input()
    assert again.other_phone == "06 8765 4321" and again.country == "IT"
    assert ctx.leads.update(
        created.id, again, expected_version=ctx.leads.get(created.id).version
    ).value.birthday == date(1990, 5, 17)


def test_lead_bad_new_fields_are_named_and_nothing_is_stored(ctx):
    created = ctx.leads.create(LeadInput(last_name="Keep", city="Roma")).value
    with pytest.raises(ValidationError) as info:
        ctx.leads.update(
            created.id,
            LeadInput(
                last_name="Keep",
                city="c" * 101,
                country="XX",
                postal_code="1" * 21,
                birthday=date.today() + timedelta(days=3),
                other_email="nope",
            ),
            expected_version=ctx.leads.get(created.id).version,
        )
    assert {e.field for e in info.value.errors} == {
        "city",
        "country",
        "postal_code",
        "birthday",
        "other_email",
    }
    assert ctx.leads.get(created.id).city == "Roma"


def test_converting_a_lead_carries_its_address_and_person_fields(ctx):
    lead = ctx.leads.create(
        LeadInput(
            last_name="Rossi",
            company="Rossi Srl",
            status="qualified",
            company_size="40",
            street="Via Roma 1",
            postal_code="00184",
            city="Roma",
            region="Lazio",
            country="IT",
            salutation="Sig.ra",
            birthday=date(1990, 5, 17),
            other_phone="06 8765 4321",
            other_email="maria@example.it",
        )
    ).value
    result = ctx.conversion.convert(lead.id, ConversionInput()).value
    contact = ctx.contacts.get(result.contact_id)
    assert (contact.street, contact.postal_code, contact.city, contact.region, contact.country) == (
        "Via Roma 1",
        "00184",
        "Roma",
        "Lazio",
        "IT",
    )
    assert (contact.salutation, contact.birthday, contact.other_email) == (
        "Sig.ra",
        date(1990, 5, 17),
        "maria@example.it",
    )
    assert (contact.other_phone, contact.other_phone_display) == ("+390687654321", "06 8765 4321")
    account = ctx.accounts.get(result.account_id)
    assert (account.address, account.postal_code, account.city, account.region, account.country) == (
        "Via Roma 1",
        "00184",
        "Roma",
        "Lazio",
        "IT",
    )
    assert account.employee_count == 40
