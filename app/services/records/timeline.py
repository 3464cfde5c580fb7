"""The 360-degree timelines of an account and of a contact, newest first.

Each kind of record contributes through a source function registered for a subject ("account" or
"contact"). Later features add theirs with `register_source(source, subject)` from app/extensions.py
instead of editing this module: documents and lead conversions do so today, and tickets, emails and
campaign memberships are meant to, each a function `(session, subject_id, limit) -> [TimelineItem]`
that reads by an indexed subject id and returns at most `limit` entries.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Account, AccountContact, Activity, ActivityKind, Contact, Deal, Stage, User
from app.models.activity import Priority
from app.models.money import from_minor
from app.services.core import guard
from app.services.core.uow import UnitOfWorkFactory

SUBJECTS = ("account", "contact")


@dataclass(frozen=True)
class TimelineLink:
    """One record an entry leads to, when it leads to more than its own (a conversion: account, contact, deal)."""

    label: str
    entity: str
    entity_id: uuid.UUID


@dataclass(frozen=True)
class TimelineItem:
    """One entry; `entity`/`entity_id` is the record it opens, `links` any further ones to offer."""

    when: datetime
    kind: str  # call, meeting, email, note, task, deal, document, lead ...
    title: str
    detail: str
    entity: str
    entity_id: uuid.UUID
    owner: str = ""
    all_day: bool = False  # the day matters, not the time (a deal, a document's issue date): show the date
    links: tuple[TimelineLink, ...] = ()


TimelineSource = Callable[[Session, uuid.UUID, int], list[TimelineItem]]
_SOURCES: dict[str, list[TimelineSource]] = {subject: [] for subject in SUBJECTS}


def register_source(source: TimelineSource, subject: str = "account") -> TimelineSource:
    """Add a kind of entry to the timelines of `subject` (each source is kept once per subject)."""
    if subject not in _SOURCES:
        raise ValueError(f"timelines exist for {', '.join(SUBJECTS)}, not {subject!r}")
    if source not in _SOURCES[subject]:
        _SOURCES[subject].append(source)
    return source


def contact_deal_ids(contact_id: uuid.UUID) -> Select[uuid.UUID]:
    """The live deals where the contact is the deal's contact (ix deals.contact_id)."""
    return select(Deal.id).where(Deal.contact_id == contact_id, Deal.deleted_at.is_(None))


def _activity_entries(
    session: Session, conditions: list[ColumnElement[bool]], limit: int
) -> list[TimelineItem]:
    """One query per condition, so each reads its own index (an OR of them lets the planner scan)."""
    items = []
    for where in conditions:
        stmt = (
            select(Activity, User.name)
            .outerjoin(User, User.id == Activity.owner_id)
            .where(Activity.deleted_at.is_(None), where)
            .order_by(Activity.occurred_at.desc())
            .limit(limit)
        )
        for activity, owner in session.execute(stmt):
            status = " (done)" if activity.done_at else ""
            items.append(
                TimelineItem(
                    activity.occurred_at,
                    activity.kind.value,
                    activity.subject + status,
                    _activity_detail(activity),
                    "activity",
                    activity.id,
                    owner or "",
                )
            )
    return items


def _account_activities(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    contact_ids = select(AccountContact.contact_id).where(
        AccountContact.account_id == account_id, AccountContact.deleted_at.is_(None)
    )
    deal_ids = select(Deal.id).where(Deal.account_id == account_id, Deal.deleted_at.is_(None))
    conditions = [
        Activity.account_id == account_id,
        Activity.contact_id.in_(contact_ids),
        Activity.deal_id.in_(deal_ids),
    ]
    return _activity_entries(session, conditions, limit)


def _contact_activities(session: Session, contact_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    """The contact's own activities and those of the deals the contact is on."""
    conditions = [Activity.contact_id == contact_id, Activity.deal_id.in_(contact_deal_ids(contact_id))]
    return _activity_entries(session, conditions, limit)


def _activity_detail(activity: Activity) -> str:
    """Priority (when not normal), a task's progress, its group, then the notes."""
    parts = []
    if activity.priority != Priority.NORMAL:
        parts.append(f"{activity.priority.value.capitalize()} priority")
    if activity.kind == ActivityKind.TASK and activity.progress and not activity.done_at:
        parts.append(f"{activity.progress}% done")
    if activity.group_name:
        parts.append(activity.group_name)
    if activity.body:
        parts.append(activity.body[:200])
    return " · ".join(parts)


def _deal_entries(session: Session, where: ColumnElement[bool], limit: int) -> list[TimelineItem]:
    """Deals on the day they were opened or closed: a day, so no meaningless time of day."""
    stmt = (
        select(Deal, Stage.name, User.name)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(User, User.id == Deal.owner_id)
        .where(where, Deal.deleted_at.is_(None))
        .order_by(Deal.created_at.desc())
        .limit(limit)
    )
    items = []
    for deal, stage, owner in session.execute(stmt):
        amount = f"{from_minor(deal.amount_minor, deal.currency):,} {deal.currency}"
        when = deal.closed_at or deal.created_at
        items.append(
            TimelineItem(
                when,
                "deal",
                f"Deal: {deal.name}",
                f"{stage} · {amount}",
                "deal",
                deal.id,
                owner or "",
                all_day=True,
            )
        )
    return items


def _account_deals(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    return _deal_entries(session, Deal.account_id == account_id, limit)


def _contact_deals(session: Session, contact_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    return _deal_entries(session, Deal.contact_id == contact_id, limit)


register_source(_account_activities, "account")
register_source(_account_deals, "account")
register_source(_contact_activities, "contact")
register_source(_contact_deals, "contact")


class TimelineService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def for_account(self, account_id: uuid.UUID, limit: int = 200) -> list[TimelineItem]:
        return self._collect("account", account_id, limit)

    def for_contact(self, contact_id: uuid.UUID, limit: int = 200) -> list[TimelineItem]:
        return self._collect("contact", contact_id, limit)

    def _collect(self, subject: str, subject_id: uuid.UUID, limit: int) -> list[TimelineItem]:
        with self.uow.read() as session:
            model = Account if subject == "account" else Contact
            guard.require(session, "view", subject, session.get(model, subject_id))
            found = [item for source in _SOURCES[subject] for item in source(session, subject_id, limit)]
        unique = {(i.kind, i.entity, i.entity_id): i for i in found}  # one record reached two ways
        return sorted(unique.values(), key=lambda i: i.when, reverse=True)[:limit]
