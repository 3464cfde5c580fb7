"""Likely duplicates of a record about to be saved: found through indexes, scored like the review."""

from __future__ import annotations

from app.services.accounts import AccountInput
from app.services.contacts import ContactInput
from app.services.leads import LeadInput


def test_contacts_are_found_by_email_phone_or_swapped_name(ctx):
    grace = ctx.contacts.create(
        ContactInput(
            last_name="Hopper", first_name="Grace", email="grace@navy.example", phone="+1 202 555 0100"
        )
    ).value
    by_email = ctx.dedupe.likely(
        "contact", {"first_name": "G.", "last_name": "Hoper", "email": "GRACE@navy.example"}
    )
    assert [d.id for d in by_email] == [grace.id] and "email" in by_email[0].matched
    swapped = ctx.dedupe.likely("contact", {"first_name": "Hopper", "last_name": "Grace"})
    assert [d.id for d in swapped] == [grace.id]
    by_phone = ctx.dedupe.likely(
        "contact", {"first_name": "Grace", "last_name": "Hopper-Murray", "phone": "(202) 555-0100"}
    )
    assert [d.id for d in by_phone] == [grace.id] and "phone" in by_phone[0].matched
    assert ctx.dedupe.likely("contact", {"first_name": "Alan", "last_name": "Turing"}) == []
    assert (
        ctx.dedupe.likely("contact", {"first_name": "Grace", "last_name": "Hopper"}, exclude=grace.id) == []
    )


def test_likely_duplicates_service_for_accounts_and_leads(ctx):
    ctx.accounts.create(AccountInput(name="Acme GmbH", domain="acme.example"))
    found = ctx.dedupe.likely("account", {"name": "ACME GmbH", "domain": "acme.example"})
    assert [(d.label, d.matched) for d in found] == [("Acme GmbH", ("name", "domain"))]
    assert ctx.dedupe.likely("account", {"name": "Initech"}) == []

    lead = ctx.leads.create(
        LeadInput(last_name="Curie", first_name="Marie", email="marie@radium.example")
    ).value
    found = ctx.dedupe.likely(
        "lead", {"first_name": "Marie", "last_name": "Curie", "email": "marie@radium.example"}
    )
    assert [d.id for d in found] == [lead.id]
    assert ctx.dedupe.likely("lead", {"first_name": "Marie", "last_name": "Curie"}, exclude=lead.id) == []
