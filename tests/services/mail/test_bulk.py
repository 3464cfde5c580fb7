"""Issue 21: a campaign queues many mails in one transaction; one missing merge field stops them all with
every recipient named; keys queued before and bounced addresses are skipped and reported."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import MailAddressState, MailOutbox, utcnow
from app.services.core.errors import ValidationError
from app.services.mail.bulk import Recipient, queue_many
from app.services.mail.compose import Draft
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.sales.leads import LeadInput

DRAFT = Draft(subject="Spring offer for {{ account.name }}", body_text="Dear {{ recipient.first_name }}")


def _keys(ctx) -> list[str]:
    with ctx.uow.read() as session:
        return sorted(session.scalars(select(MailOutbox.idempotency_key)))


def test_queue_many_renders_each_recipient_with_their_account_and_sends_them(ctx, account, smtp):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    ada = ctx.contacts.create(
        ContactInput(
            first_name="Ada", last_name="L", email="ada@example.com", memberships=(MembershipInput(acme.id),)
        )
    ).value
    lead = ctx.leads.create(
        LeadInput(first_name="Lea", last_name="D", email="lea@example.com", company="Lead Co")
    ).value
    batch = [Recipient("contact", ada.id, "c:1:ada"), Recipient("lead", lead.id, "c:1:lea")]
    with ctx.uow() as work:
        done = queue_many(
            work.session,
            account.id,
            DRAFT,
            batch,
            headers=lambda r, m: {
                "List-Unsubscribe": f"<mailto:stop@example.com?subject={r.idempotency_key}>"
            },
        )
    assert [q.to for q in done.queued] == ["ada@example.com", "lea@example.com"]
    assert ctx.mail.deliver(account.id).sent == 2
    ada_mail = smtp.handler.to("ada@example.com")[0].message
    assert ada_mail["Subject"] == "Spring offer for Acme"
    assert ada_mail["List-Unsubscribe"] == "<mailto:stop@example.com?subject=c:1:ada>"
    assert smtp.handler.to("lea@example.com")[0].message["Subject"] == "Spring offer for Lead Co"
    with ctx.uow() as work:  # a re-run of the campaign queues nobody twice
        again = queue_many(work.session, account.id, DRAFT, batch)
    assert again.queued == [] and again.already == ["c:1:ada", "c:1:lea"]


def test_one_missing_field_names_every_such_recipient_and_queues_nothing(ctx, account):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    ok = ctx.contacts.create(
        ContactInput(
            first_name="Ada", last_name="L", email="ada@example.com", memberships=(MembershipInput(acme.id),)
        )
    ).value
    no_name = ctx.contacts.create(
        ContactInput(last_name="Nameless", email="n@example.com", memberships=(MembershipInput(acme.id),))
    ).value
    no_account = ctx.contacts.create(
        ContactInput(first_name="Solo", last_name="S", email="s@example.com")
    ).value
    batch = [Recipient("contact", i, f"k{n}") for n, i in enumerate((ok.id, no_name.id, no_account.id))]
    with pytest.raises(ValidationError) as info, ctx.uow() as work:
        queue_many(work.session, account.id, DRAFT, batch)
    text = str(info.value)
    assert "recipient.first_name" in text and "Nameless" in text
    assert "account.name" in text and "Solo" in text
    assert _keys(ctx) == []


def test_a_bounced_address_is_suppressed_not_queued(ctx, account):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    ada = ctx.contacts.create(
        ContactInput(
            first_name="Ada", last_name="L", email="ada@example.com", memberships=(MembershipInput(acme.id),)
        )
    ).value
    bob = ctx.contacts.create(
        ContactInput(
            first_name="Bob", last_name="B", email="bob@example.com", memberships=(MembershipInput(acme.id),)
        )
    ).value
    with ctx.uow() as work:
        work.session.add(
            MailAddressState(address="bob@example.com", bounced_at=utcnow(), bounce_reason="5.1.1")
        )
    with ctx.uow() as work:
        done = queue_many(
            work.session,
            account.id,
            DRAFT,
            [Recipient("contact", ada.id, "a"), Recipient("contact", bob.id, "b")],
        )
    assert done.bounced == ["b"] and _keys(ctx) == ["a"]
