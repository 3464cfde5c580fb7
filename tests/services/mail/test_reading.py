"""Issue 21: new mail is read from a real IMAP server (Dovecot): known people's mail goes on their
timeline with its thread, mail to the capture address from strangers becomes a lead (deduplicated),
delivery failure reports mark the address bounced; nothing is read twice."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest
from sqlalchemy import func, select

from app.models import Activity, Lead, MailMessage
from app.services.core.errors import ValidationError
from app.services.mail.compose import Draft
from app.services.mail.outcomes import bounced, outcomes
from app.services.records.contacts import ContactInput
from app.services.sales.leads import LeadInput


def mail(
    sender: str, to: str, subject: str, body: str = "Hello", message_id: str = "", in_reply_to: str = ""
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = "Mon, 07 Dec 2026 09:30:00 +0100"
    if message_id:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP)


def dsn(failed: str, original_id: str) -> bytes:
    """A delivery status notification as Postfix writes one."""
    return (
        "From: MAILER-DAEMON@example.com\r\nTo: rita@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <dsn-1@example.com>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.example.com\r\n\r\n"
        f"Final-Recipient: rfc822; {failed}\r\nOriginal-Recipient: rfc822;{failed}\r\nAction: failed\r\n"
        "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: rita@example.com\r\nTo: {failed}\r\nMessage-ID: {original_id}\r\nSubject: News\r\n"
        "--B--\r\n"
    ).encode()


def _count(ctx, model, *where) -> int:
    with ctx.uow.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_mail_from_a_known_contact_goes_on_their_timeline_once(ctx, account, dovecot):
    ada = ctx.contacts.create(
        ContactInput(first_name="Ada", last_name="Lovelace", email="ada@example.com")
    ).value
    dovecot.deliver(
        account.imap_username,
        mail(
            "Ada Lovelace <ADA@example.com>",
            "rita@example.com",
            "About the engine",
            message_id="<m1@example.com>",
        ),
    )
    dovecot.deliver(account.imap_username, mail("spam@elsewhere.example.com", "rita@example.com", "Win!"))
    report = ctx.mail.fetch(account.id)
    assert (report.read, report.logged, report.ignored, report.leads) == (2, 1, 1, 0)
    with ctx.uow.read() as session:
        logged = session.scalars(select(MailMessage).where(MailMessage.contact_id == ada.id)).one()
        activity = session.get(Activity, logged.activity_id)
        assert (
            activity is not None and activity.contact_id == ada.id and "About the engine" in activity.subject
        )
        assert logged.received_at.isoformat() == "2026-12-07T08:30:00+00:00"
    again = ctx.mail.fetch(account.id)  # the last UID is remembered
    assert again.read == 0 and _count(ctx, MailMessage) == 1


def test_a_reply_is_threaded_with_the_mail_it_answers_and_counted_as_a_reply(ctx, account, dovecot):
    ada = ctx.contacts.create(
        ContactInput(first_name="Ada", last_name="Lovelace", email="ada@example.com")
    ).value
    sent = ctx.mail.send(
        account.id, Draft(subject="Offer", body_text="Hi {{ recipient.first_name }}"), "contact", ada.id
    )
    ctx.mail.deliver(account.id)
    dovecot.deliver(
        account.imap_username,
        mail(
            "ada@example.com",
            "rita@example.com",
            "Re: Offer",
            message_id="<r1@example.com>",
            in_reply_to=sent.message_id,
        ),
    )
    report = ctx.mail.fetch(account.id)
    assert report.replies == 1 and report.logged == 1
    with ctx.uow.read() as session:
        threads = set(session.scalars(select(MailMessage.thread_id).where(MailMessage.contact_id == ada.id)))
        assert threads == {sent.message_id}
        [outcome] = outcomes(session, [o for o in _keys(session)]).values()
        assert outcome.replied_at is not None and outcome.status == "sent"


def _keys(session):
    from app.models import MailOutbox

    return list(session.scalars(select(MailOutbox.idempotency_key)))


def test_mail_to_the_capture_address_from_a_stranger_becomes_one_lead(ctx, account, dovecot):
    box = account.imap_username
    dovecot.deliver(
        box,
        mail(
            "Grace Hopper <grace@navy.example.com>",
            "leads@example.com",
            "Pricing?",
            "How much is it?",
            "<c1@example.com>",
        ),
    )
    dovecot.deliver(
        box,
        mail(
            "Grace Hopper <grace@navy.example.com>",
            "leads@example.com",
            "Pricing again",
            "Hello?",
            "<c2@example.com>",
        ),
    )
    report = ctx.mail.fetch(account.id)
    assert report.leads == 1 and report.logged == 2
    with ctx.uow.read() as session:
        lead = session.scalars(select(Lead)).one()
        assert (lead.first_name, lead.last_name, lead.email, lead.source) == (
            "Grace",
            "Hopper",
            "grace@navy.example.com",
            "email",
        )
        assert "How much is it?" in lead.notes
        assert _count(ctx, MailMessage, MailMessage.lead_id == lead.id) == 2


def test_a_captured_stranger_who_is_already_a_lead_under_another_address_is_not_doubled(
    ctx, account, dovecot
):
    known = ctx.leads.create(
        LeadInput(first_name="Grace", last_name="Hopper", email="grace@navy.example.com", company="Navy")
    ).value
    dovecot.deliver(
        account.imap_username,
        mail("Grace Hopper <hopper.grace@navy.example.com>", "Web form <leads@example.com>", "Hi"),
    )
    report = ctx.mail.fetch(account.id)
    assert report.leads == 0 and report.logged == 1
    assert _count(ctx, Lead) == 1 and _count(ctx, MailMessage, MailMessage.lead_id == known.id) == 1


def test_a_bounce_marks_the_address_and_the_mail_and_refuses_the_next_one(ctx, account, dovecot):
    bob = ctx.contacts.create(ContactInput(first_name="Bob", last_name="Gone", email="bob@example.com")).value
    sent = ctx.mail.send(
        account.id, Draft(subject="News", body_text="Hi {{ recipient.first_name }}"), "contact", bob.id
    )
    ctx.mail.deliver(account.id)
    dovecot.deliver(account.imap_username, dsn("bob@example.com", sent.message_id))
    report = ctx.mail.fetch(account.id)
    assert report.bounces == 1 and report.logged == 0
    with ctx.uow.read() as session:
        assert bounced(session, ["Bob@example.com", "ada@example.com"]) == {"bob@example.com"}
        [outcome] = outcomes(session, _keys(session)).values()
        assert outcome.bounced_at is not None
    with pytest.raises(ValidationError) as info:
        ctx.mail.send(account.id, Draft(subject="News", body_text="Hi"), "contact", bob.id)
    assert (
        "bob@example.com" in str(info.value) and "bounced" in str(info.value) and "5.1.1" in str(info.value)
    )


def test_the_connection_test_says_what_failed(ctx, account, file_keyring):
    assert ctx.mail_accounts.test(account.id).ok
    wrong = ctx.mail_accounts.update(
        account.id, account.__class__(**{**account.__dict__, "smtp_port": 1}), imap_password="wrong"
    )
    result = ctx.mail_accounts.test(wrong.id)
    assert "127.0.0.1:1" in result.smtp and "refused the sign-in" in result.imap and not result.ok
