"""Issue 21: mail is rendered with the record, queued in the caller's transaction, sent once through a real
SMTP server at the account's pace, and logged on the record's timeline (SQLite and PostgreSQL)."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from app.models import Activity, MailMessage, MailOutbox
from app.services.core.errors import ValidationError
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.mail.compose import Draft, queue_mail
from app.services.mail.templates import TemplateInput
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput

HELLO = Draft(
    subject="Hello {{ recipient.first_name }}",
    body_text="Dear {{ recipient.full_name }},\nhi from {{ me.name }}.\n",
)


def _contact(ctx, first="Ada", last="Lovelace", email="ada@example.com"):
    return ctx.contacts.create(ContactInput(first_name=first, last_name=last, email=email)).value


def _outbox_count(ctx) -> int:
    with ctx.uow.read() as session:
        return int(session.scalar(select(func.count()).select_from(MailOutbox)) or 0)


def test_a_mail_is_rendered_sent_once_and_logged_on_the_contact(ctx, account, smtp):
    ada = _contact(ctx)
    queued = ctx.mail.send(account.id, HELLO, "contact", ada.id)
    report = ctx.mail.deliver(account.id)
    assert report.sent == 1 and report.failed == 0
    [got] = smtp.handler.to("ada@example.com")
    msg = got.message
    assert msg["Subject"] == "Hello Ada" and msg["Message-ID"] == queued.message_id
    assert "Dear Ada Lovelace" in msg.get_payload() and "Rita Sales" in msg.get_payload()
    assert ctx.mail.deliver(account.id).sent == 0  # nothing is sent twice
    assert len(smtp.handler.to("ada@example.com")) == 1
    with ctx.uow.read() as session:
        logged = session.scalars(select(MailMessage).where(MailMessage.contact_id == ada.id)).one()
        activity = session.get(Activity, logged.activity_id)
        assert activity is not None and activity.contact_id == ada.id and activity.kind.value == "email"
        assert logged.direction.value == "out" and logged.thread_id == queued.message_id


def test_a_merge_field_without_a_value_is_caught_before_queueing(ctx, account):
    nameless = _contact(ctx, first="", last="Hopper", email="grace@example.com")
    with pytest.raises(ValidationError) as info:
        ctx.mail.send(account.id, HELLO, "contact", nameless.id)
    message = str(info.value)
    assert "recipient.first_name" in message and "Hopper" in message and "grace@example.com" in message
    assert _outbox_count(ctx) == 0


def test_an_unknown_merge_field_is_refused_when_the_template_is_saved(ctx):
    with pytest.raises(ValidationError) as info:
        ctx.email_templates.save(TemplateInput("Welcome", "Hi {{ recipient.frist_name }}", "Hello"))
    assert "recipient.frist_name" in str(info.value) and "line 1" in str(info.value)
    assert ctx.email_templates.list() == []


def test_a_template_sends_html_and_text(ctx, account, smtp):
    ada = _contact(ctx)
    saved = ctx.email_templates.save(
        TemplateInput(
            "Welcome",
            "Welcome {{ recipient.first_name }}",
            "Plain {{ recipient.last_name }}",
            "<p>Rich <b>{{ recipient.last_name }}</b></p>",
        )
    )
    ctx.mail.send(account.id, Draft(template_id=saved.id), "contact", ada.id)
    ctx.mail.deliver(account.id)
    msg = smtp.handler.to("ada@example.com")[0].message
    kinds = [part.get_content_type() for part in msg.walk()]
    assert "text/plain" in kinds and "text/html" in kinds
    assert "<b>Lovelace</b>" in msg.as_string()


def test_queue_mail_is_part_of_the_callers_transaction(ctx, account):
    ada = _contact(ctx)
    with pytest.raises(RuntimeError), ctx.uow() as work:
        queue_mail(work.session, account.id, HELLO, "contact", ada.id, idempotency_key="campaign:1:ada")
        raise RuntimeError("the action that queued it failed")
    assert _outbox_count(ctx) == 0
    with ctx.uow() as work:
        first = queue_mail(
            work.session, account.id, HELLO, "contact", ada.id, idempotency_key="campaign:1:ada"
        )
    with ctx.uow() as work:
        again = queue_mail(
            work.session, account.id, HELLO, "contact", ada.id, idempotency_key="campaign:1:ada"
        )
    assert first is not None and again is None and _outbox_count(ctx) == 1


def test_sending_keeps_the_pace_reports_progress_and_stops_on_cancel(ctx, account, smtp):
    for n in range(5):
        person = _contact(ctx, first=f"P{n}", last="Paced", email=f"p{n}@example.com")
        ctx.mail.send(account.id, HELLO, "contact", person.id)
    seen: list[tuple[int, int]] = []
    started = time.monotonic()
    report = ctx.mail.deliver(
        account.id, per_minute=300, progress=lambda d, t: seen.append((d, t)), cancel=lambda: len(seen) >= 3
    )
    elapsed = time.monotonic() - started
    assert report.cancelled and report.sent == 3 and seen == [(1, 5), (2, 5), (3, 5)]
    assert elapsed >= 2 * 0.2 - 0.05  # 300 a minute: one mail each 0.2 s
    assert len(smtp.handler.received) == 3
    assert ctx.mail.deliver(account.id, per_minute=6000).sent == 2
    assert sorted(r.recipients[0] for r in smtp.handler.received) == [f"p{n}@example.com" for n in range(5)]


def test_email_this_quote_attaches_its_pdf(ctx, account, smtp):
    acme = ctx.accounts.create(AccountInput(name="Acme", email="office@acme.example.com")).value
    doc = ctx.documents.create(
        DocumentInput(account_id=acme.id, lines=(LineInput("Anvils", "2", "50"),))
    ).value
    ctx.mail.email_document(account.id, doc.id)
    report = ctx.mail.deliver(account.id)
    assert report.sent == 1, ctx.mail.outbox()
    [got] = smtp.handler.to("office@acme.example.com")
    msg = got.message
    assert doc.number in msg["Subject"]
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1 and pdfs[0].get_filename() == f"{doc.number}.pdf"
    assert pdfs[0].get_payload(decode=True).startswith(b"%PDF")


def test_a_refused_recipient_fails_with_the_servers_answer(ctx, account, smtp):
    ada = _contact(ctx)
    ctx.mail.send(account.id, HELLO, "contact", ada.id)

    async def refuse(server, session, envelope, address, options):
        return "550 5.1.1 no such user here"

    smtp.handler.handle_RCPT = refuse  # type: ignore[attr-defined]
    report = ctx.mail.deliver(account.id)
    assert report.failed == 1 and report.sent == 0
    [row] = ctx.mail.outbox()
    assert row.status == "failed" and "550 5.1.1 no such user here" in row.error


def test_a_mail_about_a_deal_goes_to_its_contact_and_is_logged_on_the_deal(ctx, account, smtp):
    from app.models import Deal, Pipeline, Stage

    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    ada = _contact(ctx)
    with ctx.sessions.begin() as s:
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Propose", position=0, probability=50)
        s.add(stage)
        s.flush()
        deal = Deal(
            name="Anvils 2027",
            pipeline_id=pipeline.id,
            stage_id=stage.id,
            account_id=acme.id,
            contact_id=ada.id,
            amount_minor=1234500,
            currency="EUR",
        )
        s.add(deal)
        s.flush()
        deal_id = deal.id
    draft = Draft(
        subject="{{ deal.name }}",
        body_text="Dear {{ recipient.first_name }}, the offer is {{ deal.amount }}.",
    )
    ctx.mail.send(account.id, draft, "deal", deal_id)
    ctx.mail.deliver(account.id)
    msg = smtp.handler.to("ada@example.com")[0].message
    assert msg["Subject"] == "Anvils 2027" and "12,345.00" in msg.get_payload()
    with ctx.uow.read() as session:
        logged = session.scalars(select(MailMessage)).one()
        assert (logged.deal_id, logged.contact_id, logged.account_id) == (deal_id, ada.id, acme.id)


def test_a_second_delivery_in_the_same_process_leaves_the_running_one_alone(ctx, account, smtp):
    import threading

    for n in range(4):
        person = _contact(ctx, first=f"T{n}", last="Twice", email=f"t{n}@example.com")
        ctx.mail.send(account.id, HELLO, "contact", person.id)
    first = threading.Thread(target=lambda: ctx.mail.deliver(account.id, per_minute=240))
    first.start()
    while not smtp.handler.received:
        time.sleep(0.01)
    second = ctx.mail.deliver(account.id)  # would otherwise take the first's claims for a crashed run's
    first.join()
    assert second.already_running and second.sent == 0
    assert sorted(r.recipients[0] for r in smtp.handler.received) == [f"t{n}@example.com" for n in range(4)]


def test_a_relay_without_sign_in_sends_on_a_computer_without_a_keyring(ctx, smtp):
    import keyring
    from keyring.backends import fail

    from app.services.mail.accounts import MailAccountInput

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        relay = ctx.mail_accounts.add(
            MailAccountInput("Relay", "rita@example.com", "127.0.0.1", smtp.port, "none")
        )
        ada = _contact(ctx)
        ctx.mail.send(relay.id, HELLO.__class__(subject="Hi", body_text="Hello"), "contact", ada.id)
        assert ctx.mail.deliver(relay.id).sent == 1
    finally:
        keyring.set_keyring(previous)
