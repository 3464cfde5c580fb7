"""Contacts service: validation, normalisation, audit, optimistic locking, trash and memberships."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Contact
from app.services.core.errors import ConflictError, NotFoundError, ValidationError
from app.services.core.listing import ListQuery
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput


def test_create_normalises_email_and_phone(ctx):
    created = ctx.contacts.create(
        ContactInput(
            last_name=" Smith ",
            first_name="Jo",
            email="  Jo.Smith@Example.COM ",
            phone="(415) 555-0100",
            country="us",
        )
    ).value
    assert created.last_name == "Smith"
    assert created.email == "jo.smith@example.com"
    assert created.phone == "+14155550100"
    assert created.phone_display == "(415) 555-0100"
    assert created.country == "US"
    assert created.version == 1


def test_national_phone_uses_the_contacts_country(ctx):
    created = ctx.contacts.create(ContactInput(last_name="Becker", phone="030 1234567", country="DE")).value
    assert created.phone == "+49301234567"


def test_validation_names_every_bad_field_and_stores_nothing(ctx):
    with pytest.raises(ValidationError) as info:
        ctx.contacts.create(ContactInput(last_name="", email="not-an-email", phone="12", country="XX"))
    fields = {e.field for e in info.value.errors}
    assert fields == {"last_name", "email", "phone", "country"}
    assert "required" in info.value.for_field("last_name")
    assert "not-an-email" in info.value.for_field("email")
    assert ctx.contacts.count(ListQuery()) == 0


def test_update_records_one_audit_entry_per_changed_field(ctx):
    contact = ctx.contacts.create(ContactInput(last_name="Smith", first_name="Jo", title="CTO")).value
    outcome = ctx.contacts.update(
        contact.id,
        ContactInput(last_name="Smith", first_name="Joanna", title="CEO"),
        expected_version=contact.version,
    )
    assert outcome.value.first_name == "Joanna"
    assert outcome.value.version == contact.version + 1
    assert outcome.changes.ids("contact") == {contact.id}
    with ctx.sessions() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == contact.id, AuditEntry.action == "update")
        ).all()
    assert {(e.field, e.old_value, e.new_value) for e in entries} == {
        ("first_name", "Jo", "Joanna"),
        ("title", "CTO", "CEO"),
    }
    assert all(e.user_id == ctx.current_user.id for e in entries)


def test_update_with_a_stale_version_is_refused_and_changes_nothing(ctx):
    contact = ctx.contacts.create(ContactInput(last_name="Smith")).value
    ctx.contacts.update(contact.id, ContactInput(last_name="Smyth"), expected_version=contact.version)
    with pytest.raises(ConflictError):
        ctx.contacts.update(contact.id, ContactInput(last_name="Schmidt"), expected_version=contact.version)
    assert ctx.contacts.get(contact.id).last_name == "Smyth"


def test_delete_moves_to_trash_and_restore_brings_back(ctx):
    keep = ctx.contacts.create(ContactInput(last_name="Keep")).value
    gone = ctx.contacts.create(ContactInput(last_name="Gone")).value
    assert ctx.contacts.delete([gone.id]).value == [gone.id]
    assert ctx.contacts.count(ListQuery()) == 1
    assert ctx.contacts.count(ListQuery(), deleted=True) == 1
    assert [(i.entity, i.id, i.label) for i in ctx.trash.list()] == [("contact", gone.id, "Gone")]
    with pytest.raises(NotFoundError):
        ctx.contacts.update(gone.id, ContactInput(last_name="Edited"), gone.version)
    assert ctx.trash.restore([("contact", gone.id)]).value == 1
    rows = ctx.contacts.page(ListQuery(), 0, 10, 2).rows
    assert sorted(r.last_name for r in rows) == ["Gone", "Keep"]
    assert keep.id in {r.id for r in rows}


def test_purge_deletes_for_good(ctx):
    gone = ctx.contacts.create(ContactInput(last_name="Gone")).value
    ctx.contacts.delete([gone.id])
    assert ctx.trash.purge([("contact", gone.id)]).value == 1
    with ctx.sessions() as session:
        assert session.get(Contact, gone.id) is None
    assert ctx.trash.list() == []


def test_memberships_keep_one_primary_and_the_company_name(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    globex = ctx.accounts.create(AccountInput(name="Globex")).value
    contact = ctx.contacts.create(
        ContactInput(
            last_name="Smith",
            memberships=(MembershipInput(acme.id, "Buyer"), MembershipInput(globex.id, "Advisor")),
        )
    ).value
    assert [(m.account_name, m.role, m.is_primary) for m in contact.memberships] == [
        ("Acme", "Buyer", True),
        ("Globex", "Advisor", False),
    ]
    assert contact.company_name == "Acme"
    moved = ctx.contacts.update(
        contact.id,
        ContactInput(last_name="Smith", memberships=(MembershipInput(globex.id, "CEO", is_primary=True),)),
        contact.version,
    ).value
    assert [(m.account_name, m.role, m.is_primary) for m in moved.memberships] == [("Globex", "CEO", True)]
    assert moved.company_name == "Globex"
    assert [c.name for c in ctx.accounts.get(acme.id).contacts] == []
    assert [(c.name, c.role) for c in ctx.accounts.get(globex.id).contacts] == [("Smith", "CEO")]


def test_two_primary_accounts_are_refused(ctx):
    a = ctx.accounts.create(AccountInput(name="A")).value
    b = ctx.accounts.create(AccountInput(name="B")).value
    with pytest.raises(ValidationError) as info:
        ctx.contacts.create(
            ContactInput(
                last_name="X",
                memberships=(MembershipInput(a.id, is_primary=True), MembershipInput(b.id, is_primary=True)),
            )
        )
    assert info.value.for_field("memberships")
    assert ctx.contacts.count(ListQuery()) == 0


def test_renaming_an_account_renames_its_contacts_company(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    contact = ctx.contacts.create(
        ContactInput(last_name="Smith", memberships=(MembershipInput(acme.id),))
    ).value
    outcome = ctx.accounts.update(acme.id, AccountInput(name="Acme Industries"), acme.version)
    assert ctx.contacts.get(contact.id).company_name == "Acme Industries"
    assert contact.id in outcome.changes.ids("contact")
    assert ctx.contacts.count(ListQuery(search="industries")) == 1


def test_create_with_a_given_id_recreates_the_same_record(ctx):
    first = ctx.contacts.create(ContactInput(last_name="Smith")).value
    ctx.contacts.delete([first.id])
    ctx.trash.purge([("contact", first.id)])
    again = ctx.contacts.create(ContactInput(last_name="Smith"), record_id=first.id).value
    assert again.id == first.id


def test_changes_are_broadcast_on_the_bus(ctx):
    seen = []
    ctx.bus.subscribe(seen.append)
    contact = ctx.contacts.create(ContactInput(last_name="Smith")).value
    assert len(seen) == 1 and seen[0].touches("contact") and seen[0].ids("contact") == {contact.id}
    with pytest.raises(ValidationError):
        ctx.contacts.create(ContactInput(last_name=""))
    assert len(seen) == 1  # a refused write broadcasts nothing


def test_tags_filter_the_list(ctx):
    vip = ctx.lookups.create_tag("VIP").value
    tagged = ctx.contacts.create(ContactInput(last_name="Tagged", tag_ids=(vip.id,))).value
    ctx.contacts.create(ContactInput(last_name="Plain"))
    assert tagged.tag_ids == (vip.id,)
    rows = ctx.contacts.page(ListQuery(tag_id=vip.id), 0, 10, 1).rows
    assert [r.last_name for r in rows] == ["Tagged"]
    ctx.contacts.update(tagged.id, ContactInput(last_name="Tagged", tag_ids=()), tagged.version)
    assert ctx.contacts.count(ListQuery(tag_id=vip.id)) == 0


def test_changing_a_role_updates_that_membership_only(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    globex = ctx.accounts.create(AccountInput(name="Globex")).value
    contact = ctx.contacts.create(
        ContactInput(
            last_name="Smith",
            memberships=(MembershipInput(acme.id, "Buyer", True), MembershipInput(globex.id, "Advisor")),
        )
    ).value
    updated = ctx.contacts.update(
        contact.id,
        ContactInput(
            last_name="Smith",
            memberships=(MembershipInput(acme.id, "Head buyer", True), MembershipInput(globex.id, "Advisor")),
        ),
        contact.version,
    ).value
    assert [(m.account_name, m.role, m.is_primary) for m in updated.memberships] == [
        ("Acme", "Head buyer", True),
        ("Globex", "Advisor", False),
    ]


def test_live_counts_follow_create_delete_restore_and_purge(ctx):
    """The trigger-kept counter behind the unfiltered list equals a real count after every kind of write."""
    a = ctx.contacts.create(ContactInput(last_name="A")).value
    b = ctx.contacts.create(ContactInput(last_name="B")).value
    assert ctx.contacts.count(ListQuery()) == 2
    ctx.contacts.delete([a.id, b.id])
    assert ctx.contacts.count(ListQuery()) == 0
    ctx.contacts.restore([a.id])
    assert ctx.contacts.count(ListQuery()) == 1
    ctx.trash.purge([("contact", b.id)])
    ctx.contacts.update(a.id, ContactInput(last_name="A2"), ctx.contacts.get(a.id).version)
    assert ctx.contacts.count(ListQuery()) == 1
    with ctx.engine.connect() as conn:
        real = conn.exec_driver_sql("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").scalar()
    assert real == 1
