"""Issue 21: kill the sender mid-batch, start it again, and count: every recipient got exactly one mail.

The sender is a real subprocess killed with SIGKILL; the SMTP server is real. Two kills: between mails
(while it waits for its next slot), and in the worst place, after the server took the message but before
it answered, with a server that files what it sends in the Sent folder (as Gmail does) and one that does not.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from app.models import MailOutbox
from app.services.mail.compose import Draft
from app.services.mail.delivery import UNCERTAIN
from app.services.records.contacts import ContactInput

ROOT = Path(__file__).resolve().parents[3]
SENDER = """
import sys, uuid
from app.config import Settings
from app.context import AppContext
ctx = AppContext.open(Settings(db_url=sys.argv[1], user_email="tester@example.com"))
ctx.mail.deliver(uuid.UUID(sys.argv[2]), per_minute=int(sys.argv[3]))
"""
DRAFT = Draft(subject="News for {{ recipient.first_name }}", body_text="Hello {{ recipient.full_name }}")


def _queue(ctx, account, count: int) -> list[str]:
    addresses = []
    for n in range(count):
        address = f"member{n}@example.com"
        person = ctx.contacts.create(
            ContactInput(first_name=f"M{n}", last_name="Member", email=address)
        ).value
        ctx.mail.send(account.id, DRAFT, "contact", person.id)
        addresses.append(address)
    return addresses


def _sender(ctx, account, per_minute: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", SENDER, ctx.settings.db_url, str(account.id), str(per_minute)], env=env
    )


def _wait(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _statuses(ctx) -> Counter[str]:
    with ctx.uow.read() as session:
        return Counter(s.value for s in session.scalars(select(MailOutbox.status)))


def test_a_sender_killed_between_mails_sends_each_mail_once_after_restart(ctx, account, smtp):
    addresses = _queue(ctx, account, 12)
    sender = _sender(ctx, account, per_minute=240)  # a mail each 0.25 s
    _wait(lambda: len(smtp.handler.received) >= 4)
    time.sleep(0.12)  # half a slot on: the 4th is answered and marked, the 5th not yet begun
    sender.send_signal(signal.SIGKILL)
    sender.wait()
    assert len(smtp.handler.received) < 12  # killed mid-batch
    report = ctx.mail.deliver(account.id)
    counts = Counter(r.recipients[0] for r in smtp.handler.received)
    assert counts == Counter(addresses)  # each exactly once
    assert _statuses(ctx) == Counter({"sent": 12})
    assert report.uncertain == 0


def _kill_during_data(ctx, account, smtp, on_received=None):
    """Kill the sender after the server took mail 3 but before it said 250."""
    taken, release = threading.Event(), threading.Event()

    def stall(item):
        if on_received is not None:
            on_received(item)
        if len(smtp.handler.received) == 3:
            taken.set()
            release.wait(30)

    smtp.handler.on_data = stall
    sender = _sender(ctx, account, per_minute=6000)
    assert taken.wait(60)
    sender.send_signal(signal.SIGKILL)
    sender.wait()
    smtp.handler.on_data = on_received
    release.set()


def test_killed_while_the_server_took_the_mail_it_is_found_in_sent_and_not_sent_again(
    ctx, account, smtp, dovecot
):
    ctx.mail_accounts.update(account.id, account.__class__(**{**account.__dict__, "copy_to_sent": False}))
    addresses = _queue(ctx, account, 6)
    # the server files each mail it accepts in the Sent folder, as Gmail and Exchange do
    _kill_during_data(
        ctx, account, smtp, on_received=lambda item: dovecot.deliver(account.imap_username, item.data, "Sent")
    )
    report = ctx.mail.deliver(account.id)
    assert report.recovered_sent == 1 and report.uncertain == 0
    assert Counter(r.recipients[0] for r in smtp.handler.received) == Counter(addresses)
    assert _statuses(ctx) == Counter({"sent": 6})


def test_killed_while_the_server_took_the_mail_and_no_copy_in_sent_it_is_uncertain_never_doubled(
    ctx, account, smtp
):
    addresses = _queue(ctx, account, 6)
    _kill_during_data(ctx, account, smtp)
    report = ctx.mail.deliver(account.id)
    assert report.uncertain == 1 and report.sent == 3
    assert Counter(r.recipients[0] for r in smtp.handler.received) == Counter(addresses)  # at most once
    assert _statuses(ctx) == Counter({"sent": 5, "failed": 1})
    [failed] = ctx.mail.outbox(status="failed")
    assert failed.error == UNCERTAIN and failed.to == addresses[2]
    ctx.mail.resend(failed.id)  # the user's decision, after checking
    assert ctx.mail.deliver(account.id).sent == 1
    assert len(smtp.handler.to(addresses[2])) == 2
