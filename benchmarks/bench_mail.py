"""Issue 21 figures: render and queue a campaign of N mails, send them to a local SMTP server (at full
speed and at a set pace), and read an IMAP inbox of N messages logging the ones from known contacts.

The servers are the tests' real ones on loopback (aiosmtpd, Dovecot: tests/services/mail/servers.py).
"""

from __future__ import annotations

import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

from app.config import Settings
from app.context import AppContext
from app.models import Contact, uuid7_many
from app.services.mail.accounts import MailAccountInput
from app.services.mail.bulk import Recipient, queue_many
from app.services.mail.templates import compile_mail
from benchmarks.common import Result

SECTION = "Email (issue 21)"
NOTE = (
    "Queue = one transaction rendering the template (subject, text and HTML with five merge fields) for "
    "each contact and writing it to the outbox, as a campaign does. Send = `deliver_outbox` to aiosmtpd on "
    "loopback, one SMTP connection, three commits a mail (claim, DATA started, sent + timeline entry). "
    "Read = `fetch_mail` from Dovecot on loopback, half of the mail from known contacts (logged with "
    "their timeline activity), half from strangers."
)
SIZES = {"small": 500, "large": 10_000}
SUBJECT = "News for {{ recipient.first_name }} at {{ account.name }}"
TEXT = "Dear {{ recipient.full_name }},\n\nour spring offer for {{ account.name }} in {{ recipient.city }}.\n\n{{ me.name }}\n"
HTML = "<p>Dear <b>{{ recipient.full_name }}</b>,</p><p>our spring offer for {{ account.name }}.</p>"


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


def _contacts(ctx: AppContext, count: int) -> list[tuple[str, object]]:
    ids = uuid7_many(count)
    with ctx.sessions.begin() as s:
        s.add_all(
            Contact(
                id=i,
                first_name=f"First{n}",
                last_name=f"Last{n}",
                email=f"c{n}@example.com",
                city="Berlin",
                company_name=f"Company {n % 300}",
            )
            for n, i in enumerate(ids)
        )
    return [(f"c{n}@example.com", i) for n, i in enumerate(ids)]


def _mail(n: int, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "rita@example.com", f"Question {n}"
    msg["Message-ID"] = f"<bench-{n}@example.com>"
    msg["Date"] = "Mon, 07 Dec 2026 09:30:00 +0100"
    msg.set_content(f"Hello, question number {n}.\n" * 5)
    return msg.as_bytes(policy=SMTP)


def run(size: str) -> list[Result]:
    from tests.services.mail.servers import PASSWORD, Dovecot, SmtpServer

    count = SIZES.get(size) or int(size)
    previous = keyring.get_keyring()
    keyring.set_keyring(_MemoryKeyring())
    smtp, dovecot = SmtpServer(), Dovecot()  # ports chosen; started after the queue figure
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ctx = AppContext.open(Settings(db_url=f"sqlite:///{Path(tmp) / 'mail.db'}"))
            try:
                return _measure(ctx, count, smtp, dovecot, PASSWORD)
            finally:
                ctx.close()
    finally:
        if smtp.controller.loop.is_running():
            smtp.stop()
        dovecot.stop()
        keyring.set_keyring(previous)


def _measure(ctx: AppContext, count: int, smtp: object, dovecot: object, password: str) -> list[Result]:
    people = _contacts(ctx, count)
    account = ctx.mail_accounts.add(
        MailAccountInput(
            "Bench",
            "rita@example.com",
            "127.0.0.1",
            smtp.port,
            "none",
            from_name="Rita",  # type: ignore[attr-defined]
            imap_host="127.0.0.1",
            imap_port=dovecot.port,
            imap_security="none",  # type: ignore[attr-defined]
            imap_username="bench@example.com",
            copy_to_sent=False,
            per_minute=10_000,
        ),
        imap_password=password,
    )
    compiled = compile_mail(SUBJECT, TEXT, HTML)
    started = time.perf_counter()

    with ctx.uow() as work:
        batch = [Recipient("contact", contact_id, f"bench:{n}") for n, (_a, contact_id) in enumerate(people)]  # type: ignore[arg-type]
        done = queue_many(work.session, account.id, compiled, batch)
    assert len(done.queued) == count
    queued = time.perf_counter() - started
    smtp.start()  # type: ignore[attr-defined]
    dovecot.start()  # type: ignore[attr-defined]
    paced_count = 20
    to_send = min(count - paced_count, 2000)
    started = time.perf_counter()
    report = ctx.mail.deliver(account.id, per_minute=1_000_000, limit=to_send)
    sent = time.perf_counter() - started
    assert report.sent == to_send and len(smtp.handler.received) == to_send  # type: ignore[attr-defined]
    started = time.perf_counter()
    ctx.mail.deliver(account.id, per_minute=600, limit=paced_count)
    paced = time.perf_counter() - started
    half = count // 2
    dovecot.deliver_many(
        "bench@example.com",
        [_mail(n, people[n][0] if n < half else f"stranger{n}@elsewhere.example.com") for n in range(count)],
    )  # type: ignore[attr-defined]
    started = time.perf_counter()
    got = ctx.mail.fetch(account.id)
    read = time.perf_counter() - started
    assert got.read == count and got.logged == half, got
    return [
        Result(
            f"render + queue {count:,} mails (one transaction)",
            queued * 1000,
            target=10_000 * count / 10_000,
            note=f"{count / queued:,.0f} mails/s",
        ),
        Result(
            f"send {to_send:,} mails to local SMTP, unpaced",
            sent * 1000,
            note=f"{to_send / sent:,.0f} mails/s",
        ),
        Result(
            f"send {paced_count} mails at 600 a minute",
            paced * 1000,
            target=paced_count * 100 + 500,
            note="expected 1.9 s: the first goes at once",
        ),
        Result(
            f"read an IMAP inbox of {count:,}, log {half:,} matches",
            read * 1000,
            target=60_000 * count / 10_000,
            note=f"{count / read:,.0f} messages/s",
        ),
    ]
