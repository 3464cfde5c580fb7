"""Service tickets, their conversation, and the SLA policies that time them."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, event, text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.elements import TextClause

from app.models.base import Entity, enum_column, live_index


class TicketStatus(enum.StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"  # for the customer: the SLA clock stops
    RESOLVED = "resolved"
    CLOSED = "closed"


class TicketPriority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


# The queues' conditions, written once: SQLite uses a partial index only for a query whose WHERE holds
# the index's own terms, so the queue conditions (service_desk/queues.py) use these very texts. On SQLite
# the unary + keeps the planner from seeking the status index and sorting the whole queue (no statistics):
# it walks the queue's index in due order and stops at a page. PostgreSQL has no + on text.
OPEN_STATUSES = "IN ('new', 'open', 'waiting')"
RUNNING_STATUSES = "IN ('new', 'open')"


def queue_where(statuses: str, dialect: str, table: str = "") -> str:
    """The status term of a queue's partial index (table="") or of a query on it (table="tickets.")."""
    return f"{'+' if dialect == 'sqlite' else ''}{table}status {statuses}"


def _index_where(statuses: str, dialect: str) -> TextClause:
    return text(f"deleted_at IS NULL AND {queue_where(statuses, dialect)}")


def _queue_index(name: str, statuses: str) -> Index:
    return Index(
        name,
        "next_due",
        "id",
        sqlite_where=_index_where(statuses, "sqlite"),
        postgresql_where=_index_where(statuses, "postgresql"),
    )


def next_due_of(status: TicketStatus | str, first_due: datetime | None, first_at: datetime | None,
                resolution_due: datetime | None) -> datetime | None:  # fmt: skip
    """The first response's due time until it is made (and the ticket is not done), then the resolution's."""
    done = str(getattr(status, "value", status)) in ("resolved", "closed")
    return first_due if first_at is None and not done and first_due is not None else resolution_due


class SlaPolicy(Entity):
    __tablename__ = "sla_policies"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    calendar: Mapped[dict[str, Any]] = mapped_column()  # BusinessCalendar.as_json()
    targets: Mapped[dict[str, Any]] = mapped_column()  # priority -> [first response, resolution] minutes
    is_default: Mapped[bool] = mapped_column(default=False)


class Ticket(Entity):
    __tablename__ = "tickets"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"))
    priority: Mapped[TicketPriority] = mapped_column(
        enum_column(TicketPriority), default=TicketPriority.NORMAL
    )
    category: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[TicketStatus] = mapped_column(enum_column(TicketStatus), default=TicketStatus.NEW)
    channel: Mapped[str] = mapped_column(String(20), default="")  # email, phone, web, in_person
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    sla_policy_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sla_policies.id"))
    first_response_due: Mapped[datetime | None] = mapped_column()
    resolution_due: Mapped[datetime | None] = mapped_column()
    first_response_at: Mapped[datetime | None] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    paused_at: Mapped[datetime | None] = mapped_column()  # waiting for the customer since
    # The target the clock runs to (first response until made, then resolution), kept on every ORM write
    # (below) and by bulk writers: the queues sort and cut by it from an index (migration 0027).
    next_due: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        live_index("status", "resolution_due", name="ix_tickets_live_queue"),
        live_index("next_due", name="ix_tickets_live_due"),
        _queue_index("ix_tickets_open_due", OPEN_STATUSES),
        _queue_index("ix_tickets_running_due", RUNNING_STATUSES),
        live_index("status", "next_due", name="ix_tickets_live_status_due"),
        live_index("assignee_id", "status", name="ix_tickets_live_assignee"),
        Index("ix_tickets_account", "account_id"),
        Index("ix_tickets_contact", "contact_id"),
    )


@event.listens_for(Ticket, "before_insert")
@event.listens_for(Ticket, "before_update")
def _keep_next_due(_mapper: object, _connection: object, ticket: Ticket) -> None:
    ticket.next_due = next_due_of(
        ticket.status or TicketStatus.NEW,
        ticket.first_response_due,
        ticket.first_response_at,
        ticket.resolution_due,
    )


class TicketEntry(Entity):
    """One message of a ticket's conversation: a reply the customer sees, or an internal note."""

    __tablename__ = "ticket_entries"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # reply, note
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_ticket_entries_ticket", "ticket_id", "created_at"),)


class TicketLink(Entity):
    """A ticket's link to a deal, a document, or another ticket ("merged_into": this one was merged there)."""

    __tablename__ = "ticket_links"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    target_type: Mapped[str] = mapped_column(String(20))  # deal, document, ticket
    target_id: Mapped[uuid.UUID] = mapped_column()
    relation: Mapped[str] = mapped_column(String(20), default="related")  # related, merged_into

    __table_args__ = (
        Index("ix_ticket_links_ticket", "ticket_id"),
        Index("ix_ticket_links_target", "target_type", "target_id"),
    )


class KbArticle(Entity):
    """A knowledge-base article: Markdown text in a category; full-text searched (migration 0027)."""

    __tablename__ = "kb_articles"

    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown
    category: Mapped[str] = mapped_column(String(60), default="")
    published: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        live_index("title", name="ix_kb_articles_live_title"),
        Index("ix_kb_articles_category", "category"),
    )
