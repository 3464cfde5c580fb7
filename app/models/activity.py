"""Activities: calls, meetings, emails, notes and tasks, linked to any record."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, enum_column, live_index


class ActivityKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"
    TASK = "task"


class Priority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


_OPEN = text("deleted_at IS NULL AND done_at IS NULL")
_PENDING_REMINDER = text(
    "reminder_at IS NOT NULL AND reminded_at IS NULL AND done_at IS NULL AND deleted_at IS NULL"
)


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
    # Scheduling (tasks and the Gantt view); the owner is the assignee.
    priority: Mapped[Priority] = mapped_column(enum_column(Priority), default=Priority.NORMAL)
    progress: Mapped[int] = mapped_column(default=0)  # percent complete, 0-100
    is_milestone: Mapped[bool] = mapped_column(default=False)
    reminder_at: Mapped[datetime | None] = mapped_column()
    reminded_at: Mapped[datetime | None] = mapped_column()  # when the reminder was shown (not shown twice)
    group_name: Mapped[str] = mapped_column(String(120), default="")  # a project-like group of tasks
    external_uid: Mapped[str | None] = mapped_column(String(255))  # iCalendar UID of an imported event
    location: Mapped[str] = mapped_column(String(255), default="", server_default="")  # migration 0018
    # A whole-day activity: start_at is 00:00 UTC of its first day, end_at 00:00 UTC after its last (0018).
    all_day: Mapped[bool] = mapped_column(default=False, server_default=text("false"))

    __table_args__ = (
        Index("ix_activities_account_time", "account_id", "occurred_at"),
        Index("ix_activities_contact_time", "contact_id", "occurred_at"),
        Index("ix_activities_deal_time", "deal_id", "occurred_at"),
        Index("ix_activities_lead_time", "lead_id", "occurred_at"),
        live_index("occurred_at", "owner_id", name="ix_activities_live_occurred"),  # activities per owner
        live_index("owner_id", "occurred_at", name="ix_activities_live_owner"),  # ... of one owner or a team
        Index(  # the Tasks page: open tasks by assignee and due date
            "ix_activities_open_due",
            "owner_id",
            "due_at",
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        ),
        live_index("group_name", "start_at", name="ix_activities_live_group"),
        Index(  # the reminder poll (migration 0012)
            "ix_activities_pending_reminder",
            "reminder_at",
            sqlite_where=_PENDING_REMINDER,
            postgresql_where=_PENDING_REMINDER,
        ),
        Index("ix_activities_external_uid", "external_uid"),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),
    )

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


class TaskDependency(Entity):
    """Finish-to-start: the successor starts no earlier than the predecessor ends (plus a lag).

    Removed for real rather than soft-deleted (undo adds it again), so the pair stays unique.
    """

    __tablename__ = "task_dependencies"

    predecessor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    successor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    lag_minutes: Mapped[int] = mapped_column(default=0)

    __table_args__ = (
        UniqueConstraint("predecessor_id", "successor_id", name="uq_task_dependencies_pair"),
        Index("ix_task_dependencies_successor", "successor_id"),
        CheckConstraint("predecessor_id <> successor_id", name="not_self"),
    )
