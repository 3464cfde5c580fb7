"""The audit log as people read it: who, when, which record, field, old -> new; filters and keyset paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.context import AppContext
from app.services.records.accounts import AccountInput
from app.services.records.audit_log import AuditQuery
from app.services.records.contacts import ContactInput


def test_a_field_edit_names_the_signed_in_user_the_record_and_old_and_new(ctx: AppContext) -> None:
    made = ctx.contacts.create(ContactInput(last_name="Lovelace", first_name="Ada", city="London")).value
    ctx.contacts.update(
        made.id, ContactInput(last_name="Lovelace", first_name="Ada", city="Paris"), made.version
    )
    newest = ctx.audit_log.page(AuditQuery(entity="contact"), limit=1)[0]
    assert (newest.action, newest.field, newest.old, newest.new) == ("update", "city", "London", "Paris")
    assert newest.user == ctx.current_user.name and newest.user_id == ctx.current_user.id  # type: ignore[union-attr]
    assert newest.record == "Ada Lovelace" and newest.entity_id == made.id
    history = ctx.audit_log.history("contact", made.id)
    assert [(h.action, h.field) for h in history] == [("update", "city"), ("create", "")]
    last = ctx.audit_log.last_change("contact", made.id, "city")
    assert last is not None and last.new == "Paris"
    assert ctx.audit_log.last_change("contact", made.id, "email") is None


def test_pages_follow_each_other_without_gaps_or_repeats_and_filters_apply(ctx: AppContext) -> None:
    for i in range(7):
        ctx.accounts.create(AccountInput(name=f"Account {i}"))
    ctx.contacts.create(ContactInput(last_name="Other"))
    seen = []
    after = None
    while True:
        page = ctx.audit_log.page(AuditQuery(entity="account"), after=after, limit=3)
        if not page:
            break
        seen += page
        after = page[-1].id
    assert [r.record for r in seen] == [f"Account {i}" for i in reversed(range(7))]
    assert len({r.id for r in seen}) == 7
    nobody = ctx.audit_log.page(AuditQuery(entity="deal"))
    assert nobody == []
    now = datetime.now(UTC)
    everything = ctx.audit_log.page(AuditQuery())  # the sign-in's own entry (the user was created) too
    assert len(everything) >= 8
    assert ctx.audit_log.page(AuditQuery(since=now - timedelta(minutes=5))) == everything
    assert ctx.audit_log.page(AuditQuery(until=now - timedelta(minutes=5))) == []
    assert ctx.audit_log.page(AuditQuery(since=now + timedelta(minutes=5))) == []
    mine = ctx.audit_log.page(AuditQuery(user_id=ctx.current_user.id))  # type: ignore[union-attr]
    assert len(mine) >= 8 and all(r.user_id == ctx.current_user.id for r in mine)  # type: ignore[union-attr]
