"""Deliver the webhooks the rules wrote to the outbox, after the commit that wrote them.

A delivery first claims its row (attempts + 1, next attempt pushed past a lease) and commits, so two
deliverers never send the same row at once; it is marked delivered once the server answered 2xx. A crash
between the send and that mark sends it again after the lease: the `Idempotency-Key` header (the row's
unique key) lets the receiver drop the repeat. Failures back off (30 s doubling, at most 1 h); after
MAX_ATTEMPTS the row is given up; a rule whose deliveries fail PAUSE_AFTER times in a row is paused, with
a notification to the user running the delivery (the app's signed-in user, or the runner's).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.models import AutomationOutbox, AutomationRule, Notification, utcnow
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


def _claim(uow: UnitOfWorkFactory, now: datetime, limit: int) -> list[tuple[uuid.UUID, str, bytes, str]]:
    with uow() as work:
        rows = work.session.scalars(
            select(AutomationOutbox)
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
        for row in rows:
            row.attempts += 1
            row.next_attempt_at = now + LEASE
            claimed.append((row.id, row.url, json.dumps(row.payload).encode(), row.unique_key))
    return claimed


def send(url: str, body: bytes, key: str) -> str:
    """POST the JSON; '' on a 2xx answer, else what went wrong."""
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "Idempotency-Key": key, "User-Agent": "Rapport"},
    )
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
    for row_id, url, body, key in _claim(uow, now or utcnow(), limit):
        error = send(url, body, key)
        _record(uow, row_id, error)
        delivered += not error
        failed += bool(error)
    return Delivery(delivered, failed)


def _record(uow: UnitOfWorkFactory, row_id: uuid.UUID, error: str) -> None:
    with uow() as work:
        s = work.session
        row = s.get(AutomationOutbox, row_id)
        rule = s.get(AutomationRule, row.rule_id) if row is not None else None
        if row is None or rule is None:
            return
        now = utcnow()
        if not error:
            row.delivered_at, row.last_error = now, ""
            rule.failure_count = 0
        else:
            row.last_error = error[:2000]
            row.next_attempt_at = now + backoff(row.attempts)
            if row.attempts >= MAX_ATTEMPTS:
                row.gave_up_at = now
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
        work.changed("automation_outbox", ChangeKind.UPDATED, [row.id])
        work.changed("automation_rule", ChangeKind.UPDATED, [rule.id])
