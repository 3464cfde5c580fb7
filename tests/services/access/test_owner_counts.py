"""A rep's list count comes from per-owner counters kept by triggers (migration 0030): they follow every
write (create, change of owner, trash, restore, purge) and a rep's count equals the rows they can list."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from app.models import Contact, OwnerRowCount
from app.services.core.listing import ListQuery
from app.services.importing.export import list_rows
from app.services.records.contacts import ContactInput


def counters_match_the_rows(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as work:
        kept = {
            o: n
            for o, n in work.session.execute(
                select(OwnerRowCount.owner_id, OwnerRowCount.live).where(
                    OwnerRowCount.table_name == "contacts"
                )
            )
            if n
        }
        real = dict(
            work.session.execute(
                select(Contact.owner_id, func.count())
                .where(Contact.deleted_at.is_(None), Contact.owner_id.is_not(None))
                .group_by(Contact.owner_id)
            ).all()
        )
    assert kept == real


def test_owner_counters_follow_create_reassign_trash_restore_and_purge(ctx, office, as_user):
    ids = office.ids
    counters_match_the_rows(ctx)
    made = [
        ctx.contacts.create(ContactInput(last_name=f"N{i}", owner_id=ids["walter"])).value.id
        for i in range(3)
    ]
    ctx.contacts.create(ContactInput(last_name="Nobody's"))  # no owner: counted by no one
    counters_match_the_rows(ctx)
    moved = ctx.contacts.get(made[0])
    ctx.contacts.update(moved.id, replace(moved.as_input(), owner_id=ids["rita"]), moved.version)
    renamed = ctx.contacts.get(made[1])  # a change that keeps the owner leaves the counters alone
    ctx.contacts.update(renamed.id, replace(renamed.as_input(), first_name="Renamed"), renamed.version)
    counters_match_the_rows(ctx)
    ctx.contacts.delete([made[1], made[2]])
    counters_match_the_rows(ctx)
    ctx.trash.restore([("contact", made[1])])
    ctx.trash.purge([("contact", made[2])])
    counters_match_the_rows(ctx)
    rita = as_user("rita@example.com")  # team East: Rita and Erin
    listed = list(list_rows(rita.contacts, ListQuery()))
    assert rita.contacts.count(ListQuery()) == len(listed) == 3  # their two and the one moved to Rita
    walter = as_user("walter@example.com")
    assert walter.contacts.count(ListQuery()) == len(list(list_rows(walter.contacts, ListQuery()))) == 2
    assert ctx.contacts.count(ListQuery()) == 6  # the administrator: all but the purged one


def test_a_filtered_or_searched_rep_list_is_still_counted_row_by_row(ctx, office, as_user):
    rita = as_user("rita@example.com")
    assert rita.contacts.count(ListQuery(search="ritason")) == 1
    assert rita.contacts.count(ListQuery(owner_id=office.ids["erin"])) == 1
    assert rita.contacts.count(ListQuery(), deleted=True) == 0
