"""The queues a service team works from, as conditions on the ticket list.

A queue travels in `ListQuery.kind` (tickets have no record types): "mine:<user id>", "team:<team id>",
"unassigned", "breaching", "waiting", "open", or "" for every ticket. `ListQuery.owner_id` narrows to one
assignee (tickets have an assignee, not an owner) and `ListQuery.status` to one status, as on every list.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Select, and_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Ticket, TicketStatus, User, utcnow
from app.models.ticket import OPEN_STATUSES, RUNNING_STATUSES, queue_where
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import ListQuery, ScannedList

OPEN_STATES = (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING)
RUNNING_STATES = (TicketStatus.NEW, TicketStatus.OPEN)  # the SLA clock runs (not waiting)
# "Breaching soon": a first response or a resolution due within this much wall-clock time (or overdue).
BREACH_HORIZON = timedelta(hours=2)
QUEUES = ("mine", "team", "unassigned", "breaching", "waiting", "open")


def queue_kind(queue: str, user_id: uuid.UUID | None = None, team_id: uuid.UUID | None = None) -> str:
    """The `ListQuery.kind` of a queue for one user ("mine" and "team" need whose)."""
    if queue == "mine":
        return f"mine:{user_id}" if user_id else "unassigned"
    if queue == "team":
        return f"team:{team_id}" if team_id else (f"mine:{user_id}" if user_id else "open")
    if queue in QUEUES or queue == "":
        return queue
    raise ValidationError(FieldError("queue", f"{queue!r} is not one of {', '.join(QUEUES)}"))


def _uuid(text: str, queue: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(FieldError("queue", f"{queue}: {text!r} is not an id")) from None


def _status_in(statuses: str, dialect: str) -> ColumnElement[bool]:
    # the very text of the queue indexes' WHERE (see app/models/ticket.py)
    return cast(ColumnElement[bool], text(queue_where(statuses, dialect, "tickets.")))


def queue_condition(kind: str, now: datetime | None = None, dialect: str = "sqlite") -> ColumnElement[bool]:
    """The condition a ticket meets to sit in the queue named by `kind` (see the module docstring)."""
    name, _, arg = kind.partition(":")
    open_ = _status_in(OPEN_STATUSES, dialect)
    if name == "mine":
        return and_(open_, Ticket.assignee_id == _uuid(arg, name))
    if name == "team":
        members = select(User.id).where(User.team_id == _uuid(arg, name), User.deleted_at.is_(None))
        return and_(open_, Ticket.assignee_id.in_(members))
    if name == "unassigned":
        return and_(open_, Ticket.assignee_id.is_(None))
    if name == "waiting":
        return Ticket.status == TicketStatus.WAITING.value
    if name == "open":
        return open_
    if name == "breaching":
        horizon = (now or utcnow()) + BREACH_HORIZON  # next_due: the target that runs (app/models/ticket.py)
        return and_(_status_in(RUNNING_STATUSES, dialect), Ticket.next_due < horizon)
    raise ValidationError(FieldError("queue", f"{kind!r} is not one of {', '.join(QUEUES)}"))


@dataclass(frozen=True)
class TicketList(ScannedList):
    """The ticket list: `kind` is the queue and `owner_id` the assignee (see the module docstring)."""

    def filtered(
        self,
        stmt: Select[Any],
        session: Session,
        query: ListQuery,
        deleted: bool,
        total: int = 0,
        sort_index: str | None = None,
    ) -> Select[Any]:
        stmt = super().filtered(stmt, session, replace(query, owner_id=None, kind=""), deleted)
        if query.owner_id:
            stmt = stmt.where(Ticket.assignee_id == query.owner_id)
        if query.kind:
            stmt = stmt.where(queue_condition(query.kind, dialect=session.get_bind().dialect.name))
        return stmt


def team_of(session: Session, user_id: uuid.UUID | None) -> uuid.UUID | None:
    return session.scalar(select(User.team_id).where(User.id == user_id)) if user_id else None


@dataclass(frozen=True)
class Timer:
    """Wall-clock time to a row's next SLA target: `left` is negative once breached; None when none runs."""

    left: timedelta | None
    paused: bool = False

    @property
    def breached(self) -> bool:
        return self.left is not None and self.left < timedelta(0)


def timer_of(row: Any, now: datetime) -> Timer:
    """The timer a list row shows (`row` has status, next_due and paused_at): cheap, no calendar."""
    due = row.next_due
    if due is None:
        return Timer(None)
    if row.paused_at is not None:
        return Timer(due - row.paused_at, paused=True)
    return Timer(due - now)
