"""Webhooks go through the outbox: written with the change, delivered after commit to a real local
server, retried with back-off, the rule paused when it keeps failing; a crash between the commit and the
delivery loses nothing and sends nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import select

from app.models import AutomationOutbox, Notification, utcnow
from app.services.automation import outbox
from tests.services.automation.helpers import contact, rows, rule
from tests.services.automation.webhook_server import webhook_server


def test_the_webhook_is_written_with_the_change_and_sent_after_commit(ctx):
    with webhook_server() as server:
        rule(ctx, "contact", "created", [{"type": "webhook", "url": server.url}])
        c = contact(ctx, "Hooked", email="h@example.com")
        assert server.bodies == []  # nothing is sent inside the transaction
        assert ctx.automation.deliver_outbox().delivered == 1
        assert ctx.automation.deliver_outbox().delivered == 0
    assert [(b["entity"], b["record"]["id"], b["record"]["email"]) for b in server.bodies] == [
        ("contact", str(c.id), "h@example.com")
    ]
    (row,) = rows(ctx, select(AutomationOutbox))
    assert server.keys == [row.unique_key] and row.delivered_at is not None and row.attempts == 1


def test_failures_back_off_then_the_rule_is_paused_with_a_notice(ctx):
    with webhook_server() as server:
        server.status = 500
        r = rule(ctx, "contact", "created", [{"type": "webhook", "url": server.url}])
        contact(ctx, "Failing")
        now = utcnow()
        result = ctx.automation.deliver_outbox(now)
        assert (result.delivered, result.failed) == (0, 1)
        (row,) = rows(ctx, select(AutomationOutbox))
        assert row.last_error.startswith("HTTP 500") and row.next_attempt_at > now + timedelta(seconds=20)
        assert ctx.automation.deliver_outbox(now).failed == 0  # not due yet: backing off
        for attempt in range(2, outbox.PAUSE_AFTER + 1):
            now += outbox.backoff(attempt) + timedelta(seconds=1)
            assert ctx.automation.deliver_outbox(now).failed == 1
        paused = ctx.automation.get(r.id)
        assert paused.paused_reason.startswith(f"paused after {outbox.PAUSE_AFTER} failed deliveries")
        assert not paused.active
        notes = rows(ctx, select(Notification.message))
        assert len(notes) == 1 and "was paused" in notes[0]
        contact(ctx, "While paused")  # a paused rule does not fire
        assert len(rows(ctx, select(AutomationOutbox))) == 1
        server.status = 200
        ctx.automation.set_enabled(r.id, True)  # switching it on again clears the pause
        assert ctx.automation.get(r.id).active
        assert ctx.automation.deliver_outbox(now + timedelta(hours=2)).delivered == 1


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


def test_killed_between_commit_and_delivery_the_webhook_arrives_exactly_once(ctx, db_url, tmp_path):
    with webhook_server() as server:
        rule(ctx, "contact", "created", [{"type": "webhook", "url": server.url}])
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
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            ).stdout.strip()
            for _ in range(2)
        ]
    assert delivered == ["1", "0"]
    assert [b["record"]["last_name"] for b in server.bodies] == ["Crash"]
