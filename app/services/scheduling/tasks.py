"""The Tasks page's reads: someone's (or everyone's) open tasks grouped by when they fall due, and due
reminders.

Days and weeks are the user's own: the caller passes the local time zone and the locale's first day of
the week (Monday in most of Europe, Sunday in the US). "This week" is the rest of the current week after
today; on the week's last day, when nothing of it is left, it is the coming week, so on a Sunday with
Sunday-first weeks it holds Monday to Saturday (never an empty group beside a full "Later").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Final, Literal

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, true, update
from sqlalchemy.orm import Session

from app.models import Account, Activity, ActivityKind, Contact, Deal, Lead, User
from app.models.activity import Priority
from app.services.core import guard
from app.services.core.changes import ChangeKind
from app.services.core.uow import Work

OVERDUE, TODAY, THIS_WEEK, LATER = "overdue", "today", "week", "later"
GROUPS: tuple[str, ...] = (OVERDUE, TODAY, THIS_WEEK, LATER)
GROUP_TITLES = {OVERDUE: "Overdue", TODAY: "Today", THIS_WEEK: "This week", LATER: "Later"}
# a planned call, meeting or email is on the list like a task; a note is a record, never due
_LISTED = (ActivityKind.TASK, ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.EMAIL)
EVERYONE: Final = "everyone"  # the owner filter that lists every user's tasks and the unassigned ones
Owner = uuid.UUID | None | Literal["everyone"]  # a user, nobody (unassigned) or EVERYONE
MONDAY = 0  # first days of the week as datetime.weekday() counts them
SUNDAY = 6
_RANK = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}


@dataclass(frozen=True)
class TaskItem:
    id: uuid.UUID
    version: int
    kind: str
    subject: str
    due: datetime | None  # the due time, else the start (a planned call or meeting)
    priority: str
    progress: int
    regarding: str
    group_name: str
    reminder_at: datetime | None
    owner: str = ""  # the assignee's name ("" for nobody)


@dataclass(frozen=True)
class TaskGroups:
    """Open tasks by group, in GROUPS order; each group sorted by due time (undated last), then priority."""

    groups: tuple[tuple[str, tuple[TaskItem, ...]], ...]

    def items(self, group: str) -> tuple[TaskItem, ...]:
        return next((items for name, items in self.groups if name == group), ())

    @property
    def total(self) -> int:
        return sum(len(items) for _name, items in self.groups)


@dataclass(frozen=True)
class Reminder:
    id: uuid.UUID
    subject: str
    kind: str
    due: datetime | None
    reminder_at: datetime
    regarding: str


def local_zone() -> tzinfo:
    """This machine's time zone: what the GUI and the CLI pass for the user's local days."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def week_end(today: date, first_weekday: int = MONDAY) -> date:
    """The first day after "This week" for `today` (weeks starting on `first_weekday`, 0 = Monday)."""
    days_into_week = (today.weekday() - first_weekday) % 7
    end = today + timedelta(days=7 - days_into_week)  # the next week's first day
    return end + timedelta(days=7) if end == today + timedelta(days=1) else end


def bucket(due: datetime | None, now: datetime, tz: tzinfo, first_weekday: int = MONDAY) -> str:
    """Which group a due time falls in, in the user's local days and weeks."""
    if due is None:
        return LATER
    if due < now:
        return OVERDUE
    today = now.astimezone(tz).date()
    tomorrow = datetime.combine(today + timedelta(days=1), time(), tz)
    if due < tomorrow:
        return TODAY
    if due < datetime.combine(week_end(today, first_weekday), time(), tz):
        return THIS_WEEK
    return LATER


def _regarding_cols() -> tuple[Any, ...]:
    return (
        func.coalesce(Deal.name, ""),
        func.coalesce(Lead.first_name, ""),
        func.coalesce(Lead.last_name, ""),
        func.coalesce(Contact.first_name, ""),
        func.coalesce(Contact.last_name, ""),
        func.coalesce(Account.name, ""),
    )


def _with_links(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.outerjoin(Deal, Deal.id == Activity.deal_id)
        .outerjoin(Lead, Lead.id == Activity.lead_id)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Account, Account.id == Activity.account_id)
    )


def _regarding(deal: str, lead_first: str, lead_last: str, first: str, last: str, account: str) -> str:
    names = (deal, f"{lead_first} {lead_last}".strip(), f"{first} {last}".strip(), account)
    return " · ".join(n for n in names if n)


def my_tasks(
    session: Session,
    owner_id: Owner,
    now: datetime,
    tz: tzinfo,
    limit: int = 2000,
    first_weekday: int = MONDAY,
) -> TaskGroups:
    """Open tasks assigned to `owner_id` (None: unassigned ones; EVERYONE: all), at most `limit`, grouped."""
    due = func.coalesce(Activity.due_at, Activity.start_at)
    if owner_id == EVERYONE:
        owner: ColumnElement[bool] = true()
    else:
        owner = Activity.owner_id.is_(None) if owner_id is None else Activity.owner_id == owner_id
    stmt = _with_links(
        select(
            Activity.id,
            Activity.version,
            Activity.kind,
            Activity.subject,
            due,
            Activity.priority,
            Activity.progress,
            Activity.group_name,
            Activity.reminder_at,
            *_regarding_cols(),
            func.coalesce(User.name, ""),
        )
    ).outerjoin(User, User.id == Activity.owner_id)
    seen = guard.visible(session, "activity", Activity)  # the signed-in user's (access package)
    stmt = (
        stmt.where(
            owner if seen is None else and_(owner, seen),
            Activity.deleted_at.is_(None),
            Activity.done_at.is_(None),
            Activity.kind.in_(_LISTED),
            or_(Activity.kind == ActivityKind.TASK, due.is_not(None)),  # a call with no date is a record
        )
        .order_by(case((due.is_(None), 1), else_=0), due, Activity.subject, Activity.id)
        .limit(limit)
    )
    grouped: dict[str, list[tuple[int, TaskItem]]] = {name: [] for name in GROUPS}
    for row in session.execute(stmt):
        when = row[4]
        item = TaskItem(
            row[0],
            row[1],
            row[2].value,
            row[3],
            when,
            row[5].value,
            row[6],
            _regarding(*row[9:15]),
            row[7],
            row[8],
            row[15],
        )
        grouped[bucket(when, now, tz, first_weekday)].append((_RANK[row[5]], item))
    # within a day priority decides; within a week or later the date does (already in that order)
    for name in (OVERDUE, TODAY):
        grouped[name].sort(key=lambda pair: pair[0])
    return TaskGroups(tuple((name, tuple(item for _rank, item in grouped[name])) for name in GROUPS))


def due_reminders(session: Session, owner_id: uuid.UUID | None, now: datetime) -> list[Reminder]:
    """Open activities of `owner_id` (or nobody's) whose reminder time has come and was not shown yet.

    The conditions repeat the partial index `ix_activities_pending_reminder` word for word, so the poll
    (every 30 s on the GUI thread) is a seek in that small index.
    """
    due = func.coalesce(Activity.due_at, Activity.start_at)
    stmt = _with_links(
        select(Activity.id, Activity.subject, Activity.kind, due, Activity.reminder_at, *_regarding_cols())
    ).where(
        Activity.reminder_at.is_not(None),
        Activity.reminded_at.is_(None),
        Activity.done_at.is_(None),
        Activity.deleted_at.is_(None),
        Activity.reminder_at <= now,
        or_(Activity.owner_id == owner_id, Activity.owner_id.is_(None)),
        *([] if (seen := guard.visible(session, "activity", Activity)) is None else [seen]),
    )
    return [
        Reminder(r[0], r[1], r[2].value, r[3], r[4], _regarding(*r[5:]))
        for r in session.execute(stmt.order_by(Activity.reminder_at, Activity.id))
    ]


def mark_reminded(work: Work, ids: list[uuid.UUID], now: datetime) -> None:
    """Note that reminders were shown, so they are not shown twice.

    A plain UPDATE on purpose: this is bookkeeping, not an edit, so it must not bump the row version
    (an editor open on the task would otherwise report a conflict) nor write audit entries.
    """
    if ids:
        work.session.execute(
            update(Activity)
            .where(Activity.id.in_(ids), Activity.reminded_at.is_(None))
            .values(reminded_at=now)
            .execution_options(synchronize_session=False)
        )
        work.changed("activity", ChangeKind.UPDATED, ids)
