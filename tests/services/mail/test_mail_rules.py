"""Issue 20 with issue 21: automation rules and mail. "Send an email from a template" queues the rendered
template in the rule's transaction, honours consent and is cancelled by undoing the run if it has not gone
out; "an email arrives from them" fires when mail from a contact is read from the inbox (real Dovecot)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from app.models import Activity, ActivityKind, AutomationRunItem, MailOutbox
from app.services.core.errors import ValidationError
from app.services.mail.templates import TemplateInput
from tests.services.automation.helpers import contact, rule
from tests.services.mail.test_reading import mail


def _outbox(ctx):  # type: ignore[no-untyped-def]
    with ctx.uow.read() as s:
        return s.execute(select(MailOutbox.to_address, MailOutbox.subject, MailOutbox.status)).all()


def _promote(ctx, person):  # type: ignore[no-untyped-def]
    detail = ctx.contacts.get(person.id)
    ctx.contacts.update(person.id, replace(detail.as_input(), title="Customer"), detail.version)


def _items(ctx, record_id):  # type: ignore[no-untyped-def]
    with ctx.uow.read() as s:
        rows = select(AutomationRunItem.run_id, AutomationRunItem.outcome, AutomationRunItem.error)
        return s.execute(rows.where(AutomationRunItem.record_id == record_id)).all()


def test_a_rule_sends_the_template_to_those_who_agreed_and_undo_cancels_it(ctx, account):  # type: ignore[no-untyped-def]
    ctx.email_templates.save(
        TemplateInput("Welcome", "Welcome, {{ recipient.first_name }}", "Glad you came.")
    )
    rule(
        ctx,
        "contact",
        "field_changed",
        [{"type": "send_email", "template": "welcome"}],
        params={"field": "title"},
    )
    ada = contact(ctx, "Lovelace", first_name="Ada", email="ada@example.com")
    ctx.consent.set("contact", ada.id, "email", "granted", "by hand", "News by email")
    bob = contact(ctx, "Babbage", first_name="Charles", email="charles@example.com")  # never agreed
    _promote(ctx, ada)
    _promote(ctx, bob)
    assert [(to, subject, status.value) for to, subject, status in _outbox(ctx)] == [
        ("ada@example.com", "Welcome, Ada", "queued")
    ]
    (skipped,) = _items(ctx, bob.id)
    assert skipped.outcome == "skipped" and "has not agreed to email" in skipped.error
    (sent,) = _items(ctx, ada.id)
    ctx.automation.undo_run(sent.run_id)  # not delivered yet: called back
    assert [status.value for _to, _subject, status in _outbox(ctx)] == ["failed"]


def test_a_rule_names_a_template_that_does_not_exist(ctx, account):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="name the email template"):
        rule(ctx, "contact", "created", [{"type": "send_email", "template": " "}])
    with pytest.raises(ValidationError, match="sent to a contact or a lead"):
        rule(ctx, "deal", "created", [{"type": "send_email", "template": "Welcome"}])
    rule(
        ctx,
        "contact",
        "field_changed",
        [{"type": "send_email", "template": "Nope"}],
        params={"field": "title"},
    )
    ada = contact(ctx, "Lovelace", email="ada@example.com")
    ctx.consent.set("contact", ada.id, "email", "granted", "by hand", "News by email")
    _promote(ctx, ada)
    (failed,) = _items(ctx, ada.id)
    assert failed.outcome == "failed" and "no email template named 'Nope'" in failed.error
    assert _outbox(ctx) == []


def test_mail_arriving_from_a_contact_fires_their_rule(ctx, account, dovecot):  # type: ignore[no-untyped-def]
    task = {"type": "create_task", "subject": "Answer the mail", "due_days": 1}
    rule(ctx, "contact", "email_received", [task], params={"subject_contains": "quote"})
    ada = contact(ctx, "Lovelace", first_name="Ada", email="ada@example.com")
    dovecot.deliver(account.imap_username, mail("ada@example.com", "rita@example.com", "Your quote, please"))
    dovecot.deliver(account.imap_username, mail("ada@example.com", "rita@example.com", "Thanks for lunch"))
    report = ctx.mail.fetch(account.id)
    assert report.logged == 2
    with ctx.uow.read() as s:
        tasks = s.scalars(
            select(Activity.subject).where(Activity.contact_id == ada.id, Activity.kind == ActivityKind.TASK)
        ).all()
    assert tasks == ["Answer the mail"]  # one mail matched the rule's words
