"""Support tickets: numbered, timed by an SLA policy in business hours, with a conversation.

A new ticket gets its number (T-2026-00001, from the same offline-safe counters as documents) and its due
times: first response and resolution, the policy's targets for its priority counted in the policy's working
hours. "Waiting for the customer" stops both clocks; leaving it moves each due time on by the time waited.
The first reply to the customer stamps the first response; resolving and closing stamp their times, and
reopening clears them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, Ticket, TicketEntry, TicketPriority, TicketStatus, User, utcnow
from app.services.core import guard
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.listing import text_filter
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.core.validation import require_text
from app.services.documents.numbering import draw
from app.services.service_desk.business_hours import BusinessCalendar
from app.services.service_desk.queues import TicketList, team_of
from app.services.service_desk.sla import default_policy, policy_of, tier_of

ENTITY = "ticket"
CHANNELS = ("", "email", "phone", "web", "in_person")
OPEN_STATES = (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING)
# In Ticket.custom: the first response happened at a time nobody recorded (an imported case): no target.
FIRST_RESPONSE = "first_response"
NOT_RECORDED = "not recorded"
PRIORITIES = tuple(p.value for p in TicketPriority)  # low to urgent
STATUSES = tuple(s.value for s in TicketStatus)


@dataclass(frozen=True)
class TicketInput:
    subject: str = ""
    description: str = ""
    account_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    product_id: uuid.UUID | None = None
    priority: str = TicketPriority.NORMAL.value
    category: str = ""
    status: str = TicketStatus.NEW.value
    channel: str = ""
    assignee_id: uuid.UUID | None = None
    custom: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Entry:
    id: uuid.UUID
    kind: str  # reply, note
    author: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class TicketDetail:
    id: uuid.UUID
    version: int
    number: str
    subject: str
    description: str
    account_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    product_id: uuid.UUID | None
    priority: str
    category: str
    status: str
    channel: str
    assignee_id: uuid.UUID | None
    first_response_due: datetime | None
    resolution_due: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    paused_at: datetime | None
    created_at: datetime
    deleted_at: datetime | None
    entries: tuple[Entry, ...] = ()
    custom: Mapping[str, Any] = field(default_factory=dict)

    def as_input(self) -> TicketInput:
        return TicketInput(
            self.subject, self.description, self.account_id, self.contact_id, self.product_id, self.priority,
            self.category, self.status, self.channel, self.assignee_id, dict(self.custom),
        )  # fmt: skip


@dataclass(frozen=True)
class TicketRow:
    id: uuid.UUID
    number: str
    subject: str
    status: str
    priority: str
    account: str
    assignee: str
    resolution_due: datetime | None
    updated_at: datetime
    deleted_at: datetime | None = None
    first_response_due: datetime | None = None
    first_response_at: datetime | None = None
    paused_at: datetime | None = None
    created_at: datetime | None = None
    custom: Mapping[str, Any] = field(default_factory=dict)

    @property
    def next_due(self) -> datetime | None:
        """The target the clock runs to now: the first response until it is made, then the resolution."""
        if self.status in ("resolved", "closed"):
            return None
        return self.first_response_due if self.first_response_at is None else self.resolution_due


@dataclass(frozen=True)
class SlaClock:
    """Working minutes left to each target (negative: breached by that much); None when met or none set."""

    first_response_left: float | None
    resolution_left: float | None
    paused: bool
    first_response_recorded: bool = True  # False: answered at an unknown time (not met, not missed)

    @property
    def breached(self) -> bool:
        return any(left is not None and left < 0 for left in (self.first_response_left, self.resolution_left))


def _row(*values: Any, custom: Mapping[str, Any] | None = None) -> TicketRow:
    ident, number, subject, status, priority, account, assignee, due, updated, deleted, *rest = values
    first_due, first_at, paused, created = rest
    return TicketRow(
        ident, number, subject, str(getattr(status, "value", status)), str(getattr(priority, "value", priority)),
        account or "", assignee or "", due, updated, deleted, first_due, first_at, paused, created, custom or {},
    )  # fmt: skip


SORTS: dict[str, tuple[Any, ...]] = {
    "due": (Ticket.next_due, Ticket.id),  # the target that runs now: what breaches first on top
    "number": (Ticket.number, Ticket.id),
    "updated": (Ticket.updated_at, Ticket.id),
    "priority": (Ticket.priority, Ticket.id),
    "status": (Ticket.status, Ticket.id),
    "created": (Ticket.created_at, Ticket.id),
}
LIST = TicketList(
    model=Ticket,
    entity=ENTITY,
    table="tickets",
    sorts=SORTS,
    default_sort="due",  # the queue: what breaches first on top
    sort_indexes={},
    row_columns=(
        Ticket.id,
        Ticket.number,
        Ticket.subject,
        Ticket.status,
        Ticket.priority,
        select(Account.name).where(Account.id == Ticket.account_id).scalar_subquery(),
        select(User.name).where(User.id == Ticket.assignee_id).scalar_subquery(),
        Ticket.resolution_due,
        Ticket.updated_at,
        Ticket.deleted_at,
        Ticket.first_response_due,
        Ticket.first_response_at,
        Ticket.paused_at,
        Ticket.created_at,
    ),
    custom_values=True,
    row_factory=_row,
    search_filter=lambda text: text_filter([Ticket.number, Ticket.subject, Ticket.description], text),
)


def validate(data: TicketInput) -> dict[str, Any]:
    errors: list[FieldError] = []
    for name, limit, required in (("subject", 300, True), ("category", 60, False)):
        err = require_text(getattr(data, name), name, limit, required)
        if err:
            errors.append(err)
    priorities = [p.value for p in TicketPriority]
    statuses = [s.value for s in TicketStatus]
    if data.priority not in priorities:
        errors.append(FieldError("priority", f"{data.priority!r} is not one of {', '.join(priorities)}"))
    if data.status not in statuses:
        errors.append(FieldError("status", f"{data.status!r} is not one of {', '.join(statuses)}"))
    if data.channel not in CHANNELS:
        errors.append(
            FieldError("channel", f"{data.channel!r} is not one of {', '.join(c for c in CHANNELS if c)}")
        )
    if errors:
        raise ValidationError(errors)
    return {
        "subject": data.subject.strip(),
        "description": data.description.strip(),
        "account_id": data.account_id,
        "contact_id": data.contact_id,
        "product_id": data.product_id,
        "priority": TicketPriority(data.priority),
        "category": data.category.strip(),
        "status": TicketStatus(data.status),
        "channel": data.channel,
        "assignee_id": data.assignee_id,
        "custom": data.custom,
    }


class TicketsService(RecordService[TicketInput, TicketDetail]):
    model = Ticket
    entity = ENTITY
    listing = LIST

    def validate(self, data: TicketInput) -> dict[str, Any]:
        return validate(data)

    def before_create(self, work: Work, values: dict[str, Any]) -> dict[str, Any]:
        now = utcnow()
        policy = default_policy(work)
        year = now.year
        values["number"] = f"T-{year}-{draw(work.session, 'ticket', year, ''):05d}"
        values["sla_policy_id"] = policy.id
        first, resolve = policy.target(values["priority"].value, tier_of(work.session, values["account_id"]))
        values["first_response_due"] = policy.calendar.add(now, first)
        values["resolution_due"] = policy.calendar.add(now, resolve)
        if values["status"] is TicketStatus.WAITING:
            values["paused_at"] = now
        return values

    def after_write(self, work: Work, obj: Ticket, data: TicketInput, before: dict[str, Any]) -> None:
        old = before.get("status")
        if old is not None and old != obj.status:
            _moved(work, obj, old, utcnow())

    def detail(self, session: Session, obj: Ticket) -> TicketDetail:
        entries = session.execute(
            select(
                TicketEntry.id,
                TicketEntry.kind,
                func.coalesce(User.name, ""),
                TicketEntry.body,
                TicketEntry.created_at,
            )
            .outerjoin(User, User.id == TicketEntry.author_id)
            .where(TicketEntry.ticket_id == obj.id, TicketEntry.deleted_at.is_(None))
            .order_by(TicketEntry.created_at, TicketEntry.id)
        ).all()
        return TicketDetail(
            obj.id, obj.version, obj.number, obj.subject, obj.description, obj.account_id, obj.contact_id,
            obj.product_id, obj.priority.value, obj.category, obj.status.value, obj.channel, obj.assignee_id,
            obj.first_response_due, obj.resolution_due, obj.first_response_at, obj.resolved_at, obj.closed_at,
            obj.paused_at, obj.created_at, obj.deleted_at, tuple(Entry(*e) for e in entries), dict(obj.custom or {}),
        )  # fmt: skip

    # --- the conversation -------------------------------------------------------------------------
    def reply(self, ticket_id: uuid.UUID, body: str, internal: bool = False) -> Outcome[TicketDetail]:
        """Add a reply to the customer (the first one stamps the first response) or an internal note."""
        if not body.strip():
            raise ValidationError(FieldError("body", "the reply is empty"))
        with self.uow() as work:
            obj = work.session.get(Ticket, ticket_id)
            if obj is None or obj.deleted_at is not None:
                raise NotFoundError(ENTITY, ticket_id)
            guard.require(work.session, "edit", ENTITY, obj)  # a read-only user reads the conversation only
            kind = "note" if internal else "reply"
            work.session.add(
                TicketEntry(ticket_id=obj.id, kind=kind, author_id=work.user_id, body=body.strip())
            )
            work.audit(ENTITY, obj.id, "update", kind, None, body.strip()[:200])
            if not internal:
                now = utcnow()
                if obj.first_response_at is None:
                    obj.first_response_at = now
                if obj.status is TicketStatus.NEW:
                    obj.status = TicketStatus.OPEN
            work.session.flush()
            work.changed(ENTITY, ChangeKind.UPDATED, [obj.id])
            detail = self.detail(work.session, obj)
        return Outcome(detail, work.changes)

    def my_team(self) -> uuid.UUID | None:
        """The signed-in user's team (the "my team's" queue), or None."""
        with self.uow.read() as session:
            return team_of(session, self.uow.user_id)

    def clock(self, detail: TicketDetail, now: datetime | None = None) -> SlaClock:
        """Working minutes left to the first response and to the resolution; paused ones measured at the pause."""
        with self.uow.read() as session:
            policy = policy_of(session, detail.id)
        at = detail.paused_at or now or utcnow()

        def left(due: datetime | None, met: datetime | None) -> float | None:
            if due is None or met is not None:
                return None
            return round(policy.calendar.minutes_between(at, due), 1)

        return SlaClock(
            left(detail.first_response_due, detail.first_response_at),
            left(detail.resolution_due, detail.resolved_at),
            detail.paused_at is not None,
            detail.custom.get(FIRST_RESPONSE) != NOT_RECORDED,
        )


def _moved(work: Work, obj: Ticket, old: TicketStatus, now: datetime) -> None:
    """The clocks and stamps that follow a status change."""
    new = obj.status
    if new is TicketStatus.WAITING and old is not TicketStatus.WAITING:
        obj.paused_at = now
    if old is TicketStatus.WAITING and new is not TicketStatus.WAITING and obj.paused_at is not None:
        calendar: BusinessCalendar = policy_of(work.session, obj.id).calendar
        for name in ("first_response_due", "resolution_due"):
            due = getattr(obj, name)
            left = calendar.minutes_between(obj.paused_at, due) if due is not None else 0
            if left > 0:  # the time left when the clock stopped, counted again from now (a breach stays one)
                setattr(obj, name, calendar.add(now, left))
        obj.paused_at = None
    if new is TicketStatus.RESOLVED and obj.resolved_at is None:
        obj.resolved_at = now
    if new is TicketStatus.CLOSED:
        obj.closed_at = now
        obj.resolved_at = obj.resolved_at or now
    if new in (TicketStatus.NEW, TicketStatus.OPEN) and old in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        obj.resolved_at = obj.closed_at = None  # reopened
