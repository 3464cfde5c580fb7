"""Workflow automation: rules (when + if + then), their runs and what each run did, the outbox of
external actions delivered after commit, the run keys that stop two runners acting twice, and in-app
notifications."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class AutomationRule(Entity):
    """A rule: on `trigger` (with `trigger_params`) for an `entity` record matching `conditions` (a
    segment criteria tree, {} for all), run `actions` (a list of {"type": ..., params})."""

    __tablename__ = "automation_rules"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    enabled: Mapped[bool] = mapped_column(default=False)
    entity_type: Mapped[str] = mapped_column(String(30))
    trigger: Mapped[str] = mapped_column(String(40))
    trigger_params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    conditions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    actions: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"items": [action, ...]}
    paused_reason: Mapped[str] = mapped_column(Text, default="")  # set when a failing rule is paused
    failure_count: Mapped[int] = mapped_column(default=0)  # consecutive failed deliveries
    builtin_key: Mapped[str] = mapped_column(String(60), default="")  # the ready-made ones


class AutomationRun(Entity):
    """One firing of a rule: its trigger, the loop depth it ran at, and how it ended."""

    __tablename__ = "automation_runs"

    rule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("automation_rules.id", ondelete="CASCADE"))
    trigger: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column()
    depth: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20))  # done | failed | cut | undone
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (Index("ix_automation_runs_rule_started", "rule_id", "started_at"),)


class AutomationRunItem(Entity):
    """One action of a run on one record: its outcome, error, and what undoing it takes."""

    __tablename__ = "automation_run_items"

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("automation_runs.id", ondelete="CASCADE"), index=True
    )
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[uuid.UUID] = mapped_column()
    action: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(20))  # done | queued | skipped | failed
    error: Mapped[str] = mapped_column(Text, default="")
    undo: Mapped[dict[str, Any]] = mapped_column(default=dict)


_PENDING = text("delivered_at IS NULL AND deleted_at IS NULL")


class AutomationOutbox(Entity):
    """An external action (a webhook) written in the triggering transaction, delivered after commit: a
    rule's (`rule_id`) or a webhook subscription's (`subscription_id`, its `event`)."""

    __tablename__ = "automation_outbox"

    rule_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("automation_rules.id", ondelete="CASCADE"))
    subscription_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("webhook_subscriptions.id", ondelete="CASCADE")
    )
    event: Mapped[str] = mapped_column(String(60), default="")  # a subscription's: "contact.created"
    run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("automation_runs.id", ondelete="SET NULL"))
    unique_key: Mapped[str] = mapped_column(String(100), unique=True)  # also sent as Idempotency-Key
    url: Mapped[str] = mapped_column(String(2000))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column()
    delivered_at: Mapped[datetime | None] = mapped_column()
    gave_up_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index(
            "ix_automation_outbox_pending",
            "next_attempt_at",
            sqlite_where=_PENDING,
            postgresql_where=_PENDING,
        ),
        Index("ix_automation_outbox_subscription", "subscription_id", "created_at"),
    )


class AutomationRunKey(Entity):
    """A time rule acted on a record for a period: a second runner's insert of the same key fails."""

    __tablename__ = "automation_run_keys"

    rule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("automation_rules.id", ondelete="CASCADE"))
    record_id: Mapped[uuid.UUID] = mapped_column()
    period_key: Mapped[str] = mapped_column(String(40))
    run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("automation_runs.id", ondelete="SET NULL"))

    __table_args__ = (
        UniqueConstraint("rule_id", "record_id", "period_key", name="uq_automation_run_keys_key"),
    )


class Notification(Entity):
    """A message to a user in the app (from an automation rule)."""

    __tablename__ = "notifications"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    message: Mapped[str] = mapped_column(Text)
    record_type: Mapped[str] = mapped_column(String(30), default="")
    record_id: Mapped[uuid.UUID | None] = mapped_column()
    read_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (Index("ix_notifications_user_unread", "user_id", "read_at"),)
