"""Webhook subscriptions: each subscribed record event is written to the outbox with the change, delivered
signed (HMAC-SHA256) to a real local server, retried, logged; a crash loses or doubles nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import AutomationOutbox, Role, utcnow
from app.services.access.users import UserInput
from app.services.automation import outbox
from app.services.automation.webhooks import EVENT_HEADER, SIGNATURE_HEADER, signature, verify
from app.services.core.errors import AccessDeniedError, ValidationError
from app.services.core.lookups import UserRef
from app.services.records.contacts import ContactInput
from app.services.sales.deal_input import DealInput
from tests.services.automation.helpers import contact, rows
from tests.services.automation.test_event_rules import _pipeline
from tests.services.automation.webhook_server import webhook_server

ALL = ["created", "updated", "stage_changed", "won", "deleted"]


def test_each_subscribed_event_is_delivered_signed_after_commit(ctx):
    with webhook_server() as server:
        secret, sub = ctx.webhooks.add("Shop", server.url, ["contact"], ["created", "updated", "deleted"])
        assert secret.startswith("whsec_") and sub.active
        c = contact(ctx, "Hooked", email="h@example.com")
        assert server.bodies == []  # nothing is sent inside the transaction
        ctx.contacts.update(c.id, ContactInput(last_name="Hooked", city="Paris"), expected_version=c.version)
        ctx.contacts.delete([c.id])
        assert ctx.automation.deliver_outbox().delivered == 3
        assert ctx.automation.deliver_outbox().delivered == 0
    assert [b["event"] for b in server.bodies] == ["contact.created", "contact.updated", "contact.deleted"]
    assert all(b["record_id"] == str(c.id) for b in server.bodies)
    assert server.bodies[1]["record"]["city"] == "Paris" and server.bodies[2]["record"]["deleted_at"]
    for raw, headers in zip(server.raw, server.headers, strict=True):
        assert verify(secret, headers[SIGNATURE_HEADER], raw)
        assert not verify("whsec_wrong", headers[SIGNATURE_HEADER], raw)
        assert not verify(secret, headers[SIGNATURE_HEADER], raw + b" ")  # a changed body fails
        assert headers[EVENT_HEADER] == json.loads(raw)["event"]
    log = ctx.webhooks.log(sub.id)
    assert [e.event for e in log] == ["contact.deleted", "contact.updated", "contact.created"]
    assert {e.state for e in log} == {"delivered"}


def test_a_deal_reports_its_stage_change_and_its_win(ctx):
    pipeline, stages = _pipeline(ctx)
    with webhook_server() as server:
        ctx.webhooks.add("ERP", server.url, ["deal"], ["stage_changed", "won"])
        deal = ctx.deals.create(DealInput(name="Big", pipeline_id=pipeline.id, stage_id=stages[0].id)).value
        ctx.deals.move(deal.id, stages[1].id)
        ctx.deals.move(deal.id, stages[2].id)  # Won
        assert ctx.automation.deliver_outbox().delivered == 3
    assert [b["event"] for b in server.bodies] == ["deal.stage_changed", "deal.stage_changed", "deal.won"]
    assert server.bodies[2]["record"]["stage_id"] == str(stages[2].id)


def test_an_old_or_malformed_signature_is_refused():
    body = b'{"event": "contact.created"}'
    old = signature("s", body, timestamp=1_000)
    assert verify("s", old, body, now=1_000 + 60)
    assert not verify("s", old, body, now=1_000 + 3600)  # replayed an hour later
    assert not verify("s", "garbage", body) and not verify("s", "t=x,v1=00", body)


def test_bad_subscriptions_are_refused_with_the_field_and_nothing_is_stored(ctx):
    for url, types, events, field in [
        ("ftp://x.example", ["contact"], ["created"], "url"),
        ("https://x.example/h", ["planet"], ["created"], "record_types"),
        ("https://x.example/h", ["contact"], [], "events"),
        ("https://x.example/h", ["contact"], ["exploded"], "events"),
    ]:
        with pytest.raises(ValidationError) as caught:
            ctx.webhooks.add("Bad", url, types, events)
        assert caught.value.errors[0].field == field
    assert ctx.webhooks.list() == []


def test_failures_back_off_and_a_removed_subscription_gives_up_what_waits(ctx):
    with webhook_server() as server:
        server.status = 500
        _secret, sub = ctx.webhooks.add("Down", server.url, ["contact"], ["created"])
        contact(ctx, "Failing")
        now = utcnow()
        assert ctx.automation.deliver_outbox(now).failed == 1
        (row,) = rows(ctx, select(AutomationOutbox))
        assert row.last_error.startswith("HTTP 500") and row.next_attempt_at > now + timedelta(seconds=20)
        assert ctx.automation.deliver_outbox(now).failed == 0  # backing off
        now += outbox.backoff(2) + timedelta(seconds=1)
        assert ctx.automation.deliver_outbox(now).failed == 1
        assert ctx.webhooks.get(sub.id).failure_count == 2
        assert ctx.webhooks.log(sub.id)[0].state == "retrying"
        ctx.webhooks.remove(sub.id)
        contact(ctx, "After removal")  # no longer subscribed
        server.status = 200
        assert ctx.automation.deliver_outbox(now + timedelta(hours=2)).delivered == 0
    (row,) = rows(ctx, select(AutomationOutbox))
    assert row.gave_up_at is not None and row.last_error == "the subscription was removed"
    assert ctx.webhooks.list() == []


def test_an_inactive_subscription_writes_nothing(ctx):
    _secret, sub = ctx.webhooks.add("Off", "https://x.example/h", ["contact"], ["created"])
    ctx.webhooks.set_active(sub.id, False)
    contact(ctx, "Unseen")
    assert rows(ctx, select(AutomationOutbox)) == []
    ctx.webhooks.set_active(sub.id, True)
    contact(ctx, "Seen")
    assert len(rows(ctx, select(AutomationOutbox))) == 1


def test_a_failed_change_writes_no_event(ctx):
    ctx.webhooks.add("Shop", "https://x.example/h", ["contact"], ["created"])
    with pytest.raises(ValidationError):
        contact(ctx, "")  # refused: no last name
    assert rows(ctx, select(AutomationOutbox)) == []


def test_only_an_administrator_manages_subscriptions(ctx):
    admin_sub = ctx.webhooks.add("Shop", "https://x.example/h", ["contact"], ["created"])[1]
    rep = ctx.users.add(UserInput("Rep", "rep@example.com", Role.SALES_REP)).value
    as_rep = ctx.acting_as(UserRef(rep.id, rep.name, rep.email))
    with pytest.raises(AccessDeniedError):
        as_rep.webhooks.add("Mine", "https://x.example/h", ["contact"], ["created"])
    with pytest.raises(AccessDeniedError):
        as_rep.webhooks.remove(admin_sub.id)
    with pytest.raises(AccessDeniedError):
        as_rep.webhooks.secret(admin_sub.id)
    assert [s.name for s in as_rep.webhooks.list()] == ["Shop"]  # seen, without its secret


WRITER = """
import sys, time
from app.config import Settings
from app.context import AppContext
from app.services.records.contacts import ContactInput
ctx = AppContext.open(Settings(db_url=sys.argv[1], user_email="writer@example.com"))
ctx.contacts.create(ContactInput(last_name="Crash"))
print("committed", flush=True)
time.sleep(120)  # killed here: after the commit, before anything delivers the webhook
"""

DELIVERER = """
import sys
from app.config import Settings
from app.context import AppContext
ctx = AppContext.open(Settings(db_url=sys.argv[1], user_email="writer@example.com"))
print(ctx.automation.deliver_outbox().delivered)
ctx.close()
"""


def test_killed_after_the_commit_the_event_arrives_exactly_once(ctx, db_url, tmp_path):
    with webhook_server() as server:
        secret, _sub = ctx.webhooks.add("Shop", server.url, ["contact"], ["created"])
        (tmp_path / "writer.py").write_text(WRITER)
        (tmp_path / "deliverer.py").write_text(DELIVERER)
        writer = subprocess.Popen(
            [sys.executable, str(tmp_path / "writer.py"), db_url], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "committed"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        assert server.bodies == []
        delivered = [
            subprocess.run(
                [sys.executable, str(tmp_path / "deliverer.py"), db_url],
                capture_output=True, text=True, timeout=120, check=True,
            ).stdout.strip()
            for _ in range(2)
        ]  # fmt: skip
    assert delivered == ["1", "0"]
    assert [b["record"]["last_name"] for b in server.bodies] == ["Crash"]
    assert verify(secret, server.headers[0][SIGNATURE_HEADER], server.raw[0])


DIES_AFTER_SENDING = """
import os, sys
from app.config import Settings
from app.context import AppContext
from app.services.automation import outbox
ctx = AppContext.open(Settings(db_url=sys.argv[1], user_email="writer@example.com"))
outbox._record = lambda *args: os._exit(9)  # killed after the POST, before it is marked delivered
ctx.automation.deliver_outbox()
"""


def test_killed_between_sending_and_marking_the_repeat_carries_the_same_key(ctx, db_url, tmp_path):
    with webhook_server() as server:
        secret, _sub = ctx.webhooks.add("Shop", server.url, ["contact"], ["created"])
        contact(ctx, "Twice")
        (tmp_path / "dies.py").write_text(DIES_AFTER_SENDING)
        died = subprocess.run(
            [sys.executable, str(tmp_path / "dies.py"), db_url], capture_output=True, text=True, timeout=120
        )
        assert died.returncode == 9, died.stderr
        assert len(server.bodies) == 1
        assert ctx.automation.deliver_outbox().delivered == 0  # claimed: not sent again inside the lease
        later = utcnow() + outbox.LEASE + timedelta(seconds=1)
        assert ctx.automation.deliver_outbox(later).delivered == 1  # never lost
        assert ctx.automation.deliver_outbox(later).delivered == 0
    assert (
        len(server.bodies) == 2 and server.keys[0] == server.keys[1]
    )  # the receiver drops the repeat by key
    assert server.bodies[0]["id"] == server.bodies[1]["id"]
    assert all(
        verify(secret, h[SIGNATURE_HEADER], raw) for h, raw in zip(server.headers, server.raw, strict=True)
    )
    (row,) = rows(ctx, select(AutomationOutbox))
    assert row.delivered_at is not None and row.attempts == 2


def test_an_import_sends_one_created_event_per_record(ctx, tmp_path):
    from app.services.importing.csv_read import read_table
    from app.services.importing.engine import MatchOn, RecordImportSpec
    from app.services.importing.mapping import known_headers, suggest

    source = tmp_path / "people.csv"
    source.write_text(
        "First Name,Last Name,E-mail Address\nAda,Lovelace,ada@example.com\nAlan,Turing,alan@example.com\n"
    )
    ctx.webhooks.add("Shop", "https://x.example/h", ["contact"], ["created"])
    table = read_table(source, known_headers=known_headers("contacts"))
    spec = RecordImportSpec(suggest("contacts", table.headers), match=MatchOn.EMAIL, source=source.name)
    ctx.importer.run("contacts", table, spec)
    queued = rows(ctx, select(AutomationOutbox).order_by(AutomationOutbox.id))
    assert sorted(r.payload["record"]["last_name"] for r in queued) == ["Lovelace", "Turing"]
    assert {r.event for r in queued} == {"contact.created"}
