"""Who the labels go to: the list's rows, a person at work at their company's address, none lost silently."""

from __future__ import annotations

from app.services.core.listing import ListQuery
from app.services.importing.export import list_rows
from app.services.printing.addresses import recipients
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput


def test_contacts_without_an_address_go_to_their_company_and_the_rest_are_named(ctx):
    acme = ctx.accounts.create(
        AccountInput(
            name="Acme GmbH", address="Hafenstr. 3", postal_code="28195", city="Bremen", country="DE"
        )
    ).value.id
    ctx.contacts.create(
        ContactInput(first_name="Jan", last_name="Ohm", memberships=(MembershipInput(acme, is_primary=True),))
    )
    ctx.contacts.create(
        ContactInput(first_name="Ann", last_name="Lee", salutation="Ms", street="1 Main St", postal_code="62701",
                     city="Springfield", region="IL", country="US", memberships=(MembershipInput(acme, is_primary=True),))
    )  # fmt: skip
    ctx.contacts.create(ContactInput(first_name="Nobody", last_name="Known"))
    rows = list_rows(ctx.contacts, ListQuery(sort="name"))
    found = recipients(rows, home_country="DE", company_addresses=ctx.contacts.company_addresses)
    assert found.blocks == [
        ("Ms Ann Lee", "Acme GmbH", "1 Main St", "SPRINGFIELD, IL 62701", "UNITED STATES"),
        ("Jan Ohm", "Acme GmbH", "Hafenstr. 3", "28195 BREMEN"),  # domestic: no country line
    ]
    assert found.without_address == ["Nobody Known"]
    assert found.at_company_address == 1
    assert found.summary("contacts") == (
        "2 contacts (1 at their company's address); 1 left out with no postal address (Nobody Known)"
    )


def test_accounts_print_under_their_name(ctx):
    ctx.accounts.create(
        AccountInput(
            name="Initech",
            address="4120 Freidrich Ln",
            postal_code="78744",
            city="Austin",
            region="TX",
            country="US",
        )
    )
    found = recipients(list_rows(ctx.accounts, ListQuery()), home_country="US")
    assert found.blocks == [("Initech", "4120 Freidrich Ln", "AUSTIN, TX 78744")]
