"""Whole-record cases: purged at the office against an edit here, a record made offline under an account
the office purged, and a record that leaves the user's scope."""

from __future__ import annotations

from sqlalchemy import select

from app.models import AccountContact, Contact
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.sync.conflicts import open_conflicts, resolve
from app.services.sync.status import sync_status
from tests.services.sync.conftest import edit


def _purge(ctx, kind: str, record_id) -> None:  # type: ignore[no-untyped-def]
    getattr(ctx, f"{kind}s").delete([record_id])
    ctx.trash.purge([(kind, record_id)])


def test_purged_at_the_office_but_edited_here_is_held_and_mine_brings_it_back(office, laptop_factory):
    made = office.contacts.create(ContactInput(last_name="Lovelace")).value
    laptop = laptop_factory("a")
    edit(laptop.ctx, made.id, title="Countess")
    _purge(office, "contact", made.id)
    laptop.sync()
    (conflict,) = open_conflicts(laptop.ctx.engine)
    assert conflict.whole_row and (conflict.mine, conflict.theirs) == ("edited", "gone")
    assert laptop.ctx.contacts.get(made.id).title == "Countess"  # nothing dropped meanwhile
    again = laptop.sync()  # held: a second sync neither pushes nor deletes it
    assert (again.pushed, again.pulled) == (0, 0)
    resolve(laptop.ctx.engine, conflict.id, "mine")
    laptop.sync()
    assert office.contacts.get(made.id).title == "Countess"
    assert open_conflicts(laptop.ctx.engine) == []


def test_purged_at_the_office_and_untouched_here_leaves_the_replica(office, laptop_factory):
    made = office.contacts.create(ContactInput(last_name="Gone")).value
    laptop = laptop_factory("a")
    _purge(office, "contact", made.id)
    laptop.sync()
    with laptop.ctx.sessions() as s:
        assert s.get(Contact, made.id) is None
    assert open_conflicts(laptop.ctx.engine) == []


def test_a_membership_made_offline_under_an_account_purged_at_the_office_is_refused_not_lost(
    office, laptop_factory
):
    account = office.accounts.create(AccountInput(name="Closing Down Ltd")).value
    laptop = laptop_factory("a")
    person = laptop.ctx.contacts.create(
        ContactInput(last_name="Hopper", memberships=(MembershipInput(account.id, is_primary=True),))
    ).value
    _purge(office, "account", account.id)
    laptop.sync()
    assert office.contacts.get(person.id).last_name == "Hopper"  # the contact itself went up
    conflicts = open_conflicts(laptop.ctx.engine)
    assert [(c.table, c.whole_row) for c in conflicts] == [("account_contacts", True)]
    assert "refused" in conflicts[0].theirs
    with laptop.ctx.sessions() as s:  # the membership is still on the laptop, waiting
        assert s.scalars(select(AccountContact).where(AccountContact.contact_id == person.id)).all()
    assert sync_status(laptop.ctx.engine).pending >= 1
    resolve(laptop.ctx.engine, conflicts[0].id, "theirs")
    laptop.sync()
    with laptop.ctx.sessions() as s:
        assert not s.scalars(select(AccountContact).where(AccountContact.contact_id == person.id)).all()
    assert open_conflicts(laptop.ctx.engine) == []
