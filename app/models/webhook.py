"""Webhook subscriptions: a URL told (signed) about record events, through the automation outbox."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, JSONType


class WebhookSubscription(Entity):
    """POST `url` the `events` (created, updated, stage_changed, won, deleted) of the `record_types`,
    each body signed with HMAC-SHA256 under `secret`."""

    __tablename__ = "webhook_subscriptions"

    name: Mapped[str] = mapped_column(String(120))
    url: Mapped[str] = mapped_column(String(2000))
    record_types: Mapped[list[str]] = mapped_column(JSONType, default=list)  # contact, deal, ...
    events: Mapped[list[str]] = mapped_column(JSONType, default=list)  # created, updated, ...
    secret: Mapped[str] = mapped_column(String(100))  # the receiver needs it to check the signature
    active: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # the outbox's failures in a row (reset by a success), as a rule has
    failure_count: Mapped[int] = mapped_column(default=0)
