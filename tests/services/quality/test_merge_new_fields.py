"""Issue 16: merging duplicates offers the address, salutation, birthday and second reach, and takes them
from the other record when chosen (the second phone together with how it was typed)."""

from __future__ import annotations

from datetime import date

from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput


def test_merging_contacts_takes_the_new_fields_from_the_other_record(ctx):
    keep = ctx.contacts.create(ContactInput(last_name="Lovelace", country="GB")).value
    other = ctx.contacts.create(
        ContactInput(
            last_name="Lovelace",
            country="GB",
            street="12 St James's Sq",
            postal_code="SW1Y 4JH",
            birthday=date(1975, 12, 10),
            other_phone="020 7946 0000",
        )
    ).value
    shown = ctx.merge.compare("contact", keep.id, other.id)
    row = dict(zip(shown.fields, shown.b, strict=True))
    assert (row["postal_code"], row["birthday"], row["other_phone"]) == (
        "SW1Y 4JH",
        "1975-12-10",
        "020 7946 0000",
    )
    ctx.merge.merge("contact", keep.id, other.id, ("street", "postal_code", "birthday", "other_phone"))
    merged = ctx.contacts.get(keep.id)
    assert (merged.street, merged.postal_code, merged.birthday) == (
        "12 St James's Sq",
        "SW1Y 4JH",
        date(1975, 12, 10),
    )
    assert (merged.other_phone, merged.other_phone_display) == ("+442079460000", "020 7946 0000")


def test_merging_accounts_takes_postal_code_and_employees(ctx):
    keep = ctx.accounts.create(AccountInput(name="Acme")).value
    other = ctx.accounts.create(AccountInput(name="Acme Inc", postal_code="94105", employee_count=30)).value
    ctx.merge.merge("account", keep.id, other.id, ("postal_code", "employee_count"))
    merged = ctx.accounts.get(keep.id)
    assert (merged.name, merged.postal_code, merged.employee_count) == ("Acme", "94105", 30)
