"""WebhookService: the webhook subscriptions (add, list, switch on/off, remove) and their delivery log.

Administrators manage them (the role's "webhook subscription" setting); the secret is shown when a
subscription is made (and to an administrator who asks for it again): receivers need it to check the
signature (webhooks.py), so it is stored as it is, not hashed.
"""

from __future__ import annotations

import builtins
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AutomationOutbox, User, WebhookSubscription, utcnow
from app.services.automation.webhooks import EVENTS, RECORD_TYPES
from app.services.core import guard
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory

ENTITY = "webhook_subscription"
PERMISSION = "webhook subscription"
SECRET_PREFIX = "whsec_"


@dataclass(frozen=True)
class Subscription:
    id: uuid.UUID
    name: str
    url: str
    record_types: tuple[str, ...]
    events: tuple[str, ...]
    active: bool
    created_by: str
    created_at: datetime
    failure_count: int
    version: int


@dataclass(frozen=True)
class DeliveryEntry:
    """One event sent (or being sent) to a subscription: the outbox row as its log shows it."""

    id: uuid.UUID
    subscription: str
    event: str
    record_id: str
    created_at: datetime
    attempts: int
    delivered_at: datetime | None
    gave_up_at: datetime | None
    next_attempt_at: datetime
    last_error: str

    @property
    def state(self) -> str:
        if self.delivered_at:
            return "delivered"
        if self.gave_up_at:
            return "given up"
        return "retrying" if self.attempts else "waiting"


def _names(field: str, given: tuple[str, ...] | list[str], known: tuple[str, ...]) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(x.strip() for x in given if x.strip()))
    unknown = [x for x in wanted if x not in known]
    if not wanted or unknown:
        why = f"{', '.join(unknown)} unknown; " if unknown else ""
        raise ValidationError(FieldError(field, f"{why}choose one or more of {', '.join(known)}"))
    return wanted


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(FieldError("url", f"{url!r} is not an http:// or https:// address"))
    if len(url) > 2000:
        raise ValidationError(FieldError("url", "the address is longer than 2,000 characters"))
    return url


def validate(
    name: str, url: str, record_types: tuple[str, ...] | list[str], events: tuple[str, ...] | list[str]
) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """The subscription's values, checked; a ValidationError names every problem field at once."""
    errors: list[FieldError] = []
    found: list[Any] = []
    checks: list[tuple[str, Callable[[], Any]]] = [
        ("name", lambda: _name(name)),
        ("url", lambda: check_url(url)),
        ("record_types", lambda: _names("record_types", record_types, RECORD_TYPES)),
        ("events", lambda: _names("events", events, EVENTS)),
    ]
    for _field, check in checks:
        try:
            found.append(check())
        except ValidationError as exc:
            errors += exc.errors
    if errors:
        raise ValidationError(errors)
    return found[0], found[1], found[2], found[3]


def _name(name: str) -> str:
    if not name.strip():
        raise ValidationError(FieldError("name", "say what the subscription is for (e.g. 'web shop')"))
    return name.strip()[:120]


class WebhookService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def add(
        self,
        name: str,
        url: str,
        record_types: tuple[str, ...] | list[str],
        events: tuple[str, ...] | list[str],
    ) -> tuple[str, Subscription]:
        """A new active subscription: (its signing secret, what is stored)."""
        checked_name, checked_url, types, wanted = validate(name, url, record_types, events)
        secret = SECRET_PREFIX + secrets.token_urlsafe(32)
        with self.uow() as work:
            guard.require(work.session, "create", PERMISSION)
            row = WebhookSubscription(
                name=checked_name,
                url=checked_url,
                record_types=list(types),
                events=list(wanted),
                secret=secret,
                active=True,
                created_by=work.user_id,
            )
            work.session.add(row)
            work.session.flush()
            work.audit(ENTITY, row.id, "create", "url", None, row.url)
            work.changed(ENTITY, ChangeKind.CREATED, [row.id])
            made = self._info(row)
        return secret, made

    def list(self) -> list[Subscription]:
        with self.uow.read() as session:
            guard.require(session, "view", PERMISSION)
            rows = session.scalars(
                select(WebhookSubscription)
                .where(WebhookSubscription.deleted_at.is_(None))
                .order_by(WebhookSubscription.created_at)
            ).all()
            users = dict(session.execute(select(User.id, User.name)).all()) if rows else {}
            return [self._info(r, users) for r in rows]

    def get(self, subscription_id: uuid.UUID) -> Subscription:
        with self.uow.read() as session:
            guard.require(session, "view", PERMISSION)
            return self._info(_live(session, subscription_id))

    def secret(self, subscription_id: uuid.UUID) -> str:
        """The signing secret again (an administrator setting up a receiver)."""
        with self.uow.read() as session:
            guard.require(session, "edit", PERMISSION)
            return _live(session, subscription_id).secret

    def set_active(self, subscription_id: uuid.UUID, active: bool) -> Subscription:
        with self.uow() as work:
            guard.require(work.session, "edit", PERMISSION)
            row = _live(work.session, subscription_id)
            if row.active != active:
                work.audit(ENTITY, row.id, "update", "active", row.active, active)
                row.active = active
                row.failure_count = 0 if active else row.failure_count
                work.changed(ENTITY, ChangeKind.UPDATED, [row.id])
            work.session.flush()
            return self._info(row)

    def remove(self, subscription_id: uuid.UUID) -> Subscription:
        """Stop it: its waiting deliveries are given up; its log stays."""
        with self.uow() as work:
            s = work.session
            guard.require(s, "delete", PERMISSION)
            row = _live(s, subscription_id)
            now = utcnow()
            row.deleted_at, row.active = now, False
            pending = s.scalars(
                select(AutomationOutbox).where(
                    AutomationOutbox.subscription_id == row.id,
                    AutomationOutbox.delivered_at.is_(None),
                    AutomationOutbox.gave_up_at.is_(None),
                )
            ).all()
            for item in pending:
                item.gave_up_at, item.last_error = now, "the subscription was removed"
            work.audit(ENTITY, row.id, "delete")
            work.changed(ENTITY, ChangeKind.DELETED, [row.id])
            work.changed("automation_outbox", ChangeKind.UPDATED, [i.id for i in pending])
            s.flush()
            return self._info(row)

    def log(self, subscription_id: uuid.UUID | None = None, limit: int = 50) -> builtins.list[DeliveryEntry]:
        """The latest deliveries, newest first (of one subscription)."""
        with self.uow.read() as session:
            guard.require(session, "view", PERMISSION)
            stmt = (
                select(AutomationOutbox, WebhookSubscription.name)
                .join(WebhookSubscription, WebhookSubscription.id == AutomationOutbox.subscription_id)
                .order_by(AutomationOutbox.created_at.desc(), AutomationOutbox.id.desc())
                .limit(max(1, min(limit, 1000)))
            )
            if subscription_id is not None:
                stmt = stmt.where(AutomationOutbox.subscription_id == subscription_id)
            return [_entry(row, name) for row, name in session.execute(stmt)]

    def _info(self, row: WebhookSubscription, users: dict[uuid.UUID, str] | None = None) -> Subscription:
        creator = ""
        if row.created_by is not None:
            if users is None:
                with self.uow.read() as session:
                    user = session.get(User, row.created_by)
                    creator = user.name if user else ""
            else:
                creator = users.get(row.created_by, "")
        return Subscription(
            row.id, row.name, row.url, tuple(row.record_types), tuple(row.events), row.active, creator,
            row.created_at, row.failure_count, row.version,
        )  # fmt: skip


def _entry(row: AutomationOutbox, name: str) -> DeliveryEntry:
    return DeliveryEntry(
        row.id, name, row.event, str(row.payload.get("record_id", "")), row.created_at,
        row.attempts, row.delivered_at, row.gave_up_at, row.next_attempt_at, row.last_error,
    )  # fmt: skip


def _live(session: Session, subscription_id: uuid.UUID) -> WebhookSubscription:
    row = session.get(WebhookSubscription, subscription_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(ENTITY, subscription_id)
    return row
