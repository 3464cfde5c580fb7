"""Activities: calls, meetings, emails, notes and tasks, linked to any record."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, enum_column, live_index


class ActivityKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"
    TASK = "task"


class Activity(Entity):
    __tablename__ = "activities"

    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("leads.id"))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    due_at: Mapped[datetime | None] = mapped_column()
    start_at: Mapped[datetime | None] = mapped_column()
    end_at: Mapped[datetime | None] = mapped_column()
    done_at: Mapped[datetime | None] = mapped_column()
    # When it happened or is planned: the timeline's sort key (start, else due, else creation).
    occurred_at: Mapped[datetime] = mapped_column()

    __table_args__ = (
        Index("ix_activities_account_time", "account_id", "occurred_at"),
        Index("ix_activities_contact_time", "contact_id", "occurred_at"),
        Index("ix_activities_deal_time", "deal_id", "occurred_at"),
        Index("ix_activities_lead_time", "lead_id", "occurred_at"),
        live_index("occurred_at", "owner_id", name="ix_activities_live_occurred"),  # activities per owner
    )

    @property
    def is_done(self) -> bool:
        return self.done_at is not None
