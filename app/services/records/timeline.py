"""The 360-degree timeline of an account: activities, notes and deals, newest first.

Each kind of record contributes through a source function; later features (documents, tickets)
register their own with `register_source` instead of editing this module.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import AccountContact, Activity, ActivityKind, Deal, Stage, User
from app.models.activity import Priority
from app.models.money import from_minor
from app.services.core.uow import UnitOfWorkFactory


@dataclass(frozen=True)
class TimelineItem:
    when: datetime
    kind: str  # call, meeting, email, note, task, deal ...
    title: str
    detail: str
    entity: str
    entity_id: uuid.UUID
    owner: str = ""


TimelineSource = Callable[[Session, uuid.UUID, int], list[TimelineItem]]
_SOURCES: list[TimelineSource] = []


def register_source(source: TimelineSource) -> TimelineSource:
    """Add a kind of entry to every timeline (documents register theirs through app/extensions.py)."""
    if source not in _SOURCES:
        _SOURCES.append(source)
    return source


@register_source
def _activities(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    contact_ids = select(AccountContact.contact_id).where(
        AccountContact.account_id == account_id, AccountContact.deleted_at.is_(None)
    )
    deal_ids = select(Deal.id).where(Deal.account_id == account_id, Deal.deleted_at.is_(None))
    stmt = (
        select(Activity, User.name)
        .outerjoin(User, User.id == Activity.owner_id)
        .where(
            Activity.deleted_at.is_(None),
            or_(
                Activity.account_id == account_id,
                Activity.contact_id.in_(contact_ids),
                Activity.deal_id.in_(deal_ids),
            ),
        )
        .order_by(Activity.occurred_at.desc())
        .limit(limit)
    )
    items = []
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


@register_source
def _deals(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    stmt = (
        select(Deal, Stage.name, User.name)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(User, User.id == Deal.owner_id)
        .where(Deal.account_id == account_id, Deal.deleted_at.is_(None))
        .order_by(Deal.created_at.desc())
        .limit(limit)
    )
    items = []
    for deal, stage, owner in session.execute(stmt):
        amount = f"{from_minor(deal.amount_minor, deal.currency):,} {deal.currency}"
        when = deal.closed_at or deal.created_at
        items.append(
            TimelineItem(
                when, "deal", f"Deal: {deal.name}", f"{stage} · {amount}", "deal", deal.id, owner or ""
            )
        )
    return items


class TimelineService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def for_account(self, account_id: uuid.UUID, limit: int = 200) -> list[TimelineItem]:
        with self.uow.read() as session:
            items = [item for source in _SOURCES for item in source(session, account_id, limit)]
        items.sort(key=lambda i: i.when, reverse=True)
        return items[:limit]
