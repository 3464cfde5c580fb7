"""Deliver the webhooks the rules wrote to the outbox, after the commit that wrote them.

A delivery first claims its row (attempts + 1, next attempt pushed past a lease) and commits, so two
deliverers never send the same row at once; it is marked delivered once the server answered 2xx. A crash
between the send and that mark sends it again after the lease: the `Idempotency-Key` header (the row's
unique key) lets the receiver drop the repeat. Failures back off (30 s doubling, at most 1 h); after
MAX_ATTEMPTS the row is given up; a rule whose deliveries fail PAUSE_AFTER times in a row is paused, with
a notification to the user running the delivery (the app's signed-in user, or the runner's).
A webhook subscription's row is sent signed with its secret (webhooks.py); its failures in a row are
counted on the subscription, which is never paused by them (its log shows them: `rapport webhook log`).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.models import AutomationOutbox, AutomationRule, Notification, WebhookSubscription, utcnow
from app.services.automation.webhooks import headers_for
from app.services.core.changes import ChangeKind
from app.services.core.uow import UnitOfWorkFactory

LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 8
PAUSE_AFTER = 5
TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class Delivery:
    delivered: int
    failed: int


def backoff(attempts: int) -> timedelta:
    return min(timedelta(seconds=30 * 2 ** max(attempts - 1, 0)), timedelta(hours=1))


@dataclass(frozen=True)
class _Claimed:
    id: uuid.UUID
    url: str
    body: bytes
    key: str
    headers: dict[str, str]


def _claim(uow: UnitOfWorkFactory, now: datetime, limit: int) -> list[_Claimed]:
    with uow() as work:
        rows = work.session.execute(
            select(AutomationOutbox, WebhookSubscription.secret)
            .outerjoin(WebhookSubscription, WebhookSubscription.id == AutomationOutbox.subscription_id)
            .where(
                AutomationOutbox.delivered_at.is_(None),
                AutomationOutbox.gave_up_at.is_(None),
                AutomationOutbox.deleted_at.is_(None),
                AutomationOutbox.next_attempt_at <= now,
            )
            .order_by(AutomationOutbox.next_attempt_at)
            .limit(limit)
        ).all()
        claimed = []
        for row, secret in rows:
            row.attempts += 1
            row.next_attempt_at = now + LEASE
            body = json.dumps(row.payload).encode()
            signed = headers_for(secret, row.event, body) if row.subscription_id and secret else {}
            claimed.append(_Claimed(row.id, row.url, body, row.unique_key, signed))
    return claimed


def send(url: str, body: bytes, key: str, extra_headers: dict[str, str] | None = None) -> str:
    """POST the JSON; '' on a 2xx answer, else what went wrong."""
    headers = {"Content-Type": "application/json", "Idempotency-Key": key, "User-Agent": "Rapport"}
    request = urllib.request.Request(url, data=body, method="POST", headers=headers | (extra_headers or {}))
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
            return "" if 200 <= answer.status < 300 else f"HTTP {answer.status}"
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code} {exc.reason}"
    except (urllib.error.URLError, OSError) as exc:
        return f"could not reach {url}: {getattr(exc, 'reason', exc)}"


def deliver_due(uow: UnitOfWorkFactory, now: datetime | None = None, limit: int = 100) -> Delivery:
    """Send what is due; record each outcome."""
    delivered = failed = 0
    for item in _claim(uow, now or utcnow(), limit):
        error = send(item.url, item.body, item.key, item.headers)
        _record(uow, item.id, error)
        delivered += not error
        failed += bool(error)
    return Delivery(delivered, failed)


def _record(uow: UnitOfWorkFactory, row_id: uuid.UUID, error: str) -> None:
    with uow() as work:
        s = work.session
        row = s.get(AutomationOutbox, row_id)
        if row is None:
            return
        now = utcnow()
        if not error:
            row.delivered_at, row.last_error = now, ""
        else:
            row.last_error = error[:2000]
            row.next_attempt_at = now + backoff(row.attempts)
            if row.attempts >= MAX_ATTEMPTS:
                row.gave_up_at = now
        work.changed("automation_outbox", ChangeKind.UPDATED, [row.id])
        if row.subscription_id is not None:
            subscription = s.get(WebhookSubscription, row.subscription_id)
            if subscription is not None and (error or subscription.failure_count):
                subscription.failure_count = subscription.failure_count + 1 if error else 0
                work.changed("webhook_subscription", ChangeKind.UPDATED, [subscription.id])
            return
        rule = s.get(AutomationRule, row.rule_id) if row.rule_id is not None else None
        if rule is None:
            return
        if not error:
            rule.failure_count = 0
        else:
            rule.failure_count += 1
            if rule.failure_count >= PAUSE_AFTER and not rule.paused_reason:
                rule.paused_reason = (
                    f"paused after {rule.failure_count} failed deliveries in a row; last: {error}"
                )
                if work.user_id is not None:
                    note = Notification(
                        user_id=work.user_id,
                        message=f"Automation rule '{rule.name}' was {rule.paused_reason}",
                        record_type="automation_rule",
                        record_id=rule.id,
                    )
                    s.add(note)
                    s.flush()
                    work.changed("notification", ChangeKind.CREATED, [note.id])
        work.changed("automation_rule", ChangeKind.UPDATED, [rule.id])
