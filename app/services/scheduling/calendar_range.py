"""The Calendar page's read: the meetings, calls and tasks of one window of time, for everyone or one owner.

A call or meeting belongs to the window its start falls in (it is drawn on its start's day); a task to the
window its due time falls in. Indexed reads, merged: live activities by `occurred_at` (which is the
start of a call or meeting, and the due time of a task without a start; ix_activities_live_occurred, or
ix_activities_live_owner for one owner), and open tasks by due time (the partial ix_activities_open_due),
which finds a scheduled Gantt task whose start lies before the window. A task done and started before the
window is not found by either; the calendar is for what is planned.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.models import Activity, ActivityKind, User
from app.services.core import guard
from app.services.core.errors import FieldError, ValidationError
from app.services.scheduling.activities import ActivityService

TIMED_KINDS = (ActivityKind.MEETING, ActivityKind.CALL)


@dataclass(frozen=True)
class CalendarItem:
    """One block (a call or meeting: start and end) or chip (a task: due) on the calendar."""

    id: uuid.UUID
    version: int
    kind: str
    subject: str
    start_at: datetime | None
    end_at: datetime | None
    due_at: datetime | None
    done_at: datetime | None
    owner_id: uuid.UUID | None
    owner: str
    location: str = ""
    all_day: bool = False  # start and end are 00:00 UTC of its first day and the day after its last

    @property
    def is_task(self) -> bool:
        return self.kind == ActivityKind.TASK.value

    @property
    def when(self) -> datetime:
        """Where it sits on the calendar: a task's due time, a meeting's start."""
        when = self.due_at if self.is_task else self.start_at
        assert when is not None
        return when


_COLUMNS = (
    Activity.id,
    Activity.version,
    Activity.kind,
    Activity.subject,
    Activity.start_at,
    Activity.end_at,
    Activity.due_at,
    Activity.done_at,
    Activity.owner_id,
    func.coalesce(User.name, ""),
    Activity.location,
    Activity.all_day,
)


def _columns() -> Select[*tuple[Any, ...]]:
    """Only what the calendar draws (not whole rows: bodies and custom fields stay in the database)."""
    return select(*_COLUMNS).outerjoin(User, User.id == Activity.owner_id)


def _item(row: Any) -> CalendarItem:
    record_id, version, kind, subject, start_at, end_at, due_at, done_at, owner_id, owner, place, day = row
    return CalendarItem(
        id=record_id,
        version=version,
        kind=ActivityKind(kind).value,
        subject=subject,
        start_at=start_at,
        end_at=end_at,
        due_at=due_at,
        done_at=done_at,
        owner_id=owner_id,
        owner=owner,
        location=place,
        all_day=bool(day),
    )


def statements(
    start: datetime, end: datetime, owner_id: uuid.UUID | None = None
) -> list[Select[*tuple[Any, ...]]]:
    """The reads (exposed so a test can EXPLAIN them): by occurred_at, then open tasks by due time.

    For everyone, the open tasks are read per assignee (`owner_id IN users`, then unassigned), so each
    is a range of ix_activities_open_due, whose first column is the assignee, not a scan of it."""
    due_in = and_(Activity.due_at >= start, Activity.due_at < end)
    by_time = _columns().where(
        Activity.deleted_at.is_(None),
        Activity.occurred_at >= start,
        Activity.occurred_at < end,
        or_(
            and_(Activity.kind.in_(TIMED_KINDS), Activity.start_at.is_not(None)),
            and_(Activity.kind == ActivityKind.TASK, due_in),
        ),
    )
    open_due = _columns().where(
        Activity.deleted_at.is_(None),
        Activity.done_at.is_(None),
        due_in,
        Activity.kind == ActivityKind.TASK,
    )
    if owner_id is not None:
        return [by_time.where(Activity.owner_id == owner_id), open_due.where(Activity.owner_id == owner_id)]
    return [
        by_time,
        open_due.where(Activity.owner_id.in_(select(User.id))),
        open_due.where(Activity.owner_id.is_(None)),
    ]


def between(
    session: Session, start: datetime, end: datetime, owner_id: uuid.UUID | None = None
) -> list[CalendarItem]:
    """Calls, meetings and tasks in [start, end), by time then subject; `owner_id` None means everyone."""
    for name, value in (("start", start), ("end", end)):
        if value.tzinfo is None:
            raise ValidationError([FieldError(name, "the time has no time zone")])
    if end <= start:
        raise ValidationError([FieldError("end", "the end of the range is not after its start")])
    found: dict[uuid.UUID, CalendarItem] = {}
    seen = guard.visible(session, "activity", Activity)  # the signed-in user's (access package)
    for statement in statements(start, end, owner_id):
        for row in session.execute(statement if seen is None else statement.where(seen)):
            found[row[0]] = _item(row)
    return sorted(found.values(), key=lambda item: (item.when, item.subject.casefold(), item.id))


def activities_between(
    service: ActivityService, start: datetime, end: datetime, owner_id: uuid.UUID | None = None
) -> list[CalendarItem]:
    """`between` in a read-only session of the activities service (what the Calendar page calls)."""
    with service.uow.read() as session:
        return between(session, start, end, owner_id)
