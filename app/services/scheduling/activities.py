"""Activities and tasks: validated create/edit/complete/reopen, links to live records, lead rescoring.

`occurred_at` (the timeline's sort key) is derived on every write: the start, else the due time, else the
creation time. A lead's score counts its activities, so any write that touches an activity linked to a lead
rescores that lead (the old and the new one when the link moves) in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, AccountContact, Activity, ActivityKind, Contact, Deal, Lead, User, utcnow
from app.models.activity import Priority
from app.services.core import writes
from app.services.core.changes import Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import ScannedList, text_filter
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.sales import scoring
from app.services.scheduling import tasks
from app.services.scheduling.tasks import Reminder, TaskGroups

ENTITY = "activity"
KINDS: tuple[str, ...] = tuple(k.value for k in ActivityKind)
PRIORITIES: tuple[str, ...] = tuple(p.value for p in Priority)
# link field -> (model, entity name, what the user sees)
LINKS: dict[str, tuple[Any, str]] = {
    "account_id": (Account, "account"),
    "contact_id": (Contact, "contact"),
    "lead_id": (Lead, "lead"),
    "deal_id": (Deal, "deal"),
}
_TIMES = ("start_at", "end_at", "due_at", "done_at", "reminder_at")


@dataclass(frozen=True)
class ActivityInput:
    """What the user edits. Times must be timezone-aware (any zone; stored in UTC)."""

    kind: str = ActivityKind.TASK.value
    subject: str = ""
    body: str = ""
    account_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    lead_id: uuid.UUID | None = None
    deal_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    start_at: datetime | None = None
    end_at: datetime | None = None
    due_at: datetime | None = None
    done_at: datetime | None = None
    priority: str = Priority.NORMAL.value
    progress: int = 0
    is_milestone: bool = False
    reminder_at: datetime | None = None
    group_name: str = ""
    external_uid: str | None = None
    location: str = ""
    all_day: bool = False


@dataclass(frozen=True)
class ActivityDetail:
    id: uuid.UUID
    version: int
    kind: str
    subject: str
    body: str
    account_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    lead_id: uuid.UUID | None
    deal_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    start_at: datetime | None
    end_at: datetime | None
    due_at: datetime | None
    done_at: datetime | None
    occurred_at: datetime
    priority: str
    progress: int
    is_milestone: bool
    reminder_at: datetime | None
    reminded_at: datetime | None
    group_name: str
    external_uid: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    regarding: str = ""  # the linked records' names, most specific first
    location: str = ""
    all_day: bool = False

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    @property
    def duration_minutes(self) -> int | None:
        """End minus start; a milestone or an activity without both ends has none."""
        if self.is_milestone or self.start_at is None or self.end_at is None:
            return None
        return int((self.end_at - self.start_at).total_seconds() // 60)

    def as_input(self) -> ActivityInput:
        """The input that would recreate this state (used by undo)."""
        names = {f.name for f in fields(ActivityInput)}
        return ActivityInput(**{name: getattr(self, name) for name in names})


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    kind: str
    subject: str
    occurred_at: datetime
    due_at: datetime | None
    done_at: datetime | None
    owner: str
    updated_at: datetime
    deleted_at: datetime | None = None


SORTS: dict[str, tuple[Any, ...]] = {
    "occurred": (Activity.occurred_at, Activity.id),
    "subject": (Activity.subject, Activity.id),
}
LIST = ScannedList(
    model=Activity,
    entity=ENTITY,
    table="activities",
    sorts=SORTS,
    sort_indexes={"occurred": "ix_activities_live_occurred"},
    row_columns=(
        Activity.id,
        Activity.kind,
        Activity.subject,
        Activity.occurred_at,
        Activity.due_at,
        Activity.done_at,
        func.coalesce(User.name, ""),
        Activity.updated_at,
        Activity.deleted_at,
    ),
    row_factory=ActivityRow,
    outer_joins=((User, User.id == Activity.owner_id),),
    default_sort="occurred",
    search_filter=lambda text: text_filter([Activity.subject, Activity.body], text),
    kind_column=Activity.kind,
)


def validate(data: ActivityInput) -> dict[str, Any]:
    """Return the column values, or raise ValidationError naming every bad field."""
    errors: list[FieldError] = []
    subject = data.subject.strip()
    if not subject:
        errors.append(FieldError("subject", "a subject is required"))
    elif len(subject) > 300:
        errors.append(FieldError("subject", "at most 300 characters"))
    if len(data.group_name.strip()) > 120:
        errors.append(FieldError("group_name", "at most 120 characters"))
    if data.external_uid is not None and len(data.external_uid) > 255:
        errors.append(FieldError("external_uid", "at most 255 characters"))
    if len(data.location.strip()) > 255:
        errors.append(FieldError("location", "at most 255 characters"))
    if data.all_day and data.start_at is None and data.due_at is None:
        errors.append(FieldError("start_at", "an all-day activity needs a date"))
    if data.kind not in KINDS:
        errors.append(FieldError("kind", f"'{data.kind}' is not an activity kind"))
    if data.priority not in PRIORITIES:
        errors.append(FieldError("priority", f"'{data.priority}' is not a priority"))
    if not isinstance(data.progress, int) or not 0 <= data.progress <= 100:
        errors.append(FieldError("progress", "must be a whole percentage from 0 to 100"))
    for name in _TIMES:
        value = getattr(data, name)
        if value is not None and value.tzinfo is None:
            errors.append(FieldError(name, "the time has no time zone"))
    start, end = data.start_at, data.end_at
    aware = all(t is None or t.tzinfo is not None for t in (start, end))
    if start is not None and end is not None and aware and end < start:
        errors.append(FieldError("end_at", "the end is before the start"))
    if end is not None and start is None:
        errors.append(FieldError("start_at", "an end needs a start"))
    if data.is_milestone:
        if start is None and data.due_at is None:
            errors.append(FieldError("start_at", "a milestone needs a date"))
        if start is not None and end is not None and end != start:
            errors.append(FieldError("end_at", "a milestone has no duration"))
    if errors:
        raise ValidationError(errors)
    return {
        "kind": ActivityKind(data.kind),
        "subject": subject,
        "body": data.body,
        **{name: getattr(data, name) for name in LINKS},
        "owner_id": data.owner_id,
        **{name: getattr(data, name) for name in _TIMES},
        "priority": Priority(data.priority),
        "progress": data.progress,
        "is_milestone": data.is_milestone,
        "group_name": data.group_name.strip(),
        "external_uid": data.external_uid or None,
        "location": data.location.strip(),
        "all_day": data.all_day,
        **(_whole_days(start, end) if data.all_day and start is not None else {}),
    }


def _whole_days(start: datetime, end: datetime | None) -> dict[str, datetime]:
    """An all-day activity's times: 00:00 UTC of its first day and of the day after its last."""
    first = datetime.combine(start.date(), time(), tzinfo=UTC)
    last = end.date() if end is not None else start.date()
    after = datetime.combine(last, time(), tzinfo=UTC)
    if after <= first or (end is not None and end > after):
        after += timedelta(days=1)  # an end on the last day itself, or later that day, covers the day
    return {"start_at": first, "end_at": after}


def check_links(session: Session, values: dict[str, Any]) -> None:
    """Every link must point to a live record (and the assignee to a user)."""
    errors = []
    for name, (model, entity) in LINKS.items():
        target = values.get(name)
        if target is not None:
            obj = session.get(model, target)
            if obj is None or obj.deleted_at is not None:
                errors.append(FieldError(name, f"the {entity} does not exist or was deleted"))
    owner = values.get("owner_id")
    if owner is not None and session.get(User, owner) is None:
        errors.append(FieldError("owner_id", "no such user"))
    if errors:
        raise ValidationError(errors)


def regarding(session: Session, links: Mapping[str, uuid.UUID | None]) -> str:
    """The names of the records an activity is about: deal, lead, contact, account."""
    parts = []
    if links.get("deal_id") and (deal := session.get(Deal, links["deal_id"])):
        parts.append(deal.name)
    if links.get("lead_id") and (lead := session.get(Lead, links["lead_id"])):
        parts.append(f"{lead.first_name} {lead.last_name}".strip())
    if links.get("contact_id") and (contact := session.get(Contact, links["contact_id"])):
        parts.append(f"{contact.first_name} {contact.last_name}".strip())
    if links.get("account_id") and (account := session.get(Account, links["account_id"])):
        parts.append(account.name)
    return " · ".join(parts)


def activity_detail(session: Session, activity: Activity) -> ActivityDetail:
    plain = {f.name for f in fields(ActivityDetail)} - {"kind", "priority", "regarding"}
    return ActivityDetail(
        **{name: getattr(activity, name) for name in plain},
        kind=activity.kind.value,
        priority=activity.priority.value,
        regarding=regarding(session, {name: getattr(activity, name) for name in LINKS}),
    )


def links_for(session: Session, entity: str, record_id: uuid.UUID) -> dict[str, uuid.UUID | None]:
    links: dict[str, uuid.UUID | None] = dict.fromkeys(LINKS)
    if entity == "contact":
        links["contact_id"] = record_id
        links["account_id"] = session.scalar(
            select(AccountContact.account_id).where(
                AccountContact.contact_id == record_id,
                AccountContact.is_primary.is_(True),
                AccountContact.deleted_at.is_(None),
            )
        )
    elif entity == "deal":
        deal = writes.get_live(session, Deal, record_id, "deal")
        links.update(deal_id=deal.id, account_id=deal.account_id, contact_id=deal.contact_id)
    elif f"{entity}_id" in LINKS:
        links[f"{entity}_id"] = record_id
    return links


def rescore_leads(work: Work, lead_ids: set[uuid.UUID | None]) -> None:
    """Rescore the leads whose activities changed (deleted leads keep their last score)."""
    work.session.flush()
    for lead_id in lead_ids - {None}:
        lead = work.session.get(Lead, lead_id)
        if lead is not None and lead.deleted_at is None:
            scoring.rescore(work, lead)


class ActivityService(RecordService[ActivityInput, ActivityDetail]):
    model = Activity
    entity = ENTITY
    listing = LIST

    def validate(self, data: ActivityInput) -> dict[str, Any]:
        return validate(data)

    def detail(self, session: Session, obj: Activity) -> ActivityDetail:
        return activity_detail(session, obj)

    def before_create(self, work: Work, values: dict[str, Any]) -> dict[str, Any]:
        check_links(work.session, values)
        now = utcnow()
        return {**values, "created_at": now, "occurred_at": values["start_at"] or values["due_at"] or now}

    def after_write(self, work: Work, obj: Activity, data: ActivityInput, before: dict[str, Any]) -> None:
        if before:  # an update: links changed may be stale; the new time may move the timeline key
            moved = [k for k in (*LINKS, "owner_id") if before.get(k) != getattr(obj, k)]
            check_links(work.session, {k: getattr(obj, k) for k in moved})
            occurred = obj.start_at or obj.due_at or obj.created_at
            if before.get("reminder_at") != obj.reminder_at:
                obj.reminded_at = None  # a new reminder time is shown again
            writes.apply_fields(work, obj, ENTITY, {"occurred_at": occurred})
        rescore_leads(work, {obj.lead_id, before.get("lead_id")})

    # --- writes beyond the generic ones --------------------------------------------------------------
    def complete(
        self, record_id: uuid.UUID, expected_version: int | None = None, when: datetime | None = None
    ) -> Outcome[ActivityDetail]:
        """Mark done now (a task's progress becomes 100%); undo re-applies the detail from before."""
        current = self.get(record_id)
        data = replace(current.as_input(), done_at=current.done_at or when or utcnow())
        if current.kind == ActivityKind.TASK:
            data = replace(data, progress=100)
        return self.update(record_id, data, current.version if expected_version is None else expected_version)

    def reopen(self, record_id: uuid.UUID, expected_version: int | None = None) -> Outcome[ActivityDetail]:
        """Mark not done (a task at 100% goes back to 0%)."""
        current = self.get(record_id)
        progress = 0 if current.progress == 100 and current.kind == ActivityKind.TASK else current.progress
        data = replace(current.as_input(), done_at=None, progress=progress)
        return self.update(record_id, data, current.version if expected_version is None else expected_version)

    def delete(self, ids: list[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        with self.uow() as work:
            done = writes.soft_delete(work, Activity, ENTITY, ids)
            rescore_leads(work, self._leads_of(work.session, done))
        return Outcome(done, work.changes)

    def restore(self, ids: list[uuid.UUID]) -> Outcome[list[uuid.UUID]]:
        with self.uow() as work:
            done = writes.restore(work, Activity, ENTITY, ids)
            rescore_leads(work, self._leads_of(work.session, done))
        return Outcome(done, work.changes)

    @staticmethod
    def _leads_of(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID | None]:
        if not ids:
            return set()
        return set(session.scalars(select(Activity.lead_id).where(Activity.id.in_(ids))))

    def links_for(self, entity: str, record_id: uuid.UUID) -> dict[str, uuid.UUID | None]:
        """The links an activity logged from a record gets: a contact brings its primary account, a deal
        its account and contact."""
        with self.uow.read() as session:
            return links_for(session, entity, record_id)

    def describe_links(self, links: Mapping[str, uuid.UUID | None]) -> str:
        with self.uow.read() as session:
            return regarding(session, links)

    # --- the Tasks page -----------------------------------------------------------------------------
    def my_tasks(
        self,
        owner_id: tasks.Owner,
        tz: tzinfo,
        now: datetime | None = None,
        first_weekday: int = tasks.MONDAY,
    ) -> TaskGroups:
        """Open tasks of `owner_id` (None: nobody's, EVERYONE: all) grouped overdue / today / this week /
        later in the zone `tz`, weeks starting on `first_weekday` (0 = Monday, 6 = Sunday)."""
        with self.uow.read() as session:
            return tasks.my_tasks(session, owner_id, now or utcnow(), tz, first_weekday=first_weekday)

    def due_reminders(self, owner_id: uuid.UUID | None, now: datetime | None = None) -> list[Reminder]:
        with self.uow.read() as session:
            return tasks.due_reminders(session, owner_id, now or utcnow())

    def mark_reminded(self, ids: list[uuid.UUID], now: datetime | None = None) -> Outcome[int]:
        with self.uow() as work:
            tasks.mark_reminded(work, ids, now or utcnow())
        return Outcome(len(ids), work.changes)
