"""The records behind a dashboard bar: leads of a source, activities of an owner (deals: MetricsService.deals)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Activity, Lead, User
from app.services.metrics.customers import _lead_filters
from app.services.metrics.scope import Scope


@dataclass(frozen=True)
class LeadLine:
    id: uuid.UUID
    name: str
    company: str
    source: str
    owner: str
    created_at: datetime


@dataclass(frozen=True)
class ActivityLine:
    id: uuid.UUID
    kind: str
    subject: str
    owner: str
    occurred_at: datetime
    target: tuple[str, uuid.UUID] | None  # the record it is about: ('deal', id), ('contact', id) ...


def leads(s: Session, scope: Scope, source: str, limit: int) -> list[LeadLine]:
    """Leads created in the period from `source` ('' for none), newest first."""
    name = func.trim(Lead.first_name + " " + Lead.last_name)
    rows = s.execute(
        select(Lead.id, name, Lead.company, Lead.source, func.coalesce(User.name, ""), Lead.created_at)
        .outerjoin(User, User.id == Lead.owner_id)
        .where(*_lead_filters(scope), Lead.source == source)
        .order_by(Lead.created_at.desc(), Lead.id)
        .limit(limit)
    ).all()
    return [LeadLine(*r) for r in rows]


def activities(s: Session, scope: Scope, owner: str, limit: int) -> list[ActivityLine]:
    """Activities in the period of the owners named `owner` ('' for none), newest first."""
    p = scope.period
    if owner:
        who = Activity.owner_id.in_(list(s.scalars(select(User.id).where(User.name == owner))))
    else:
        who = Activity.owner_id.is_(None)
    stmt = (
        select(Activity, func.coalesce(User.name, ""))
        .outerjoin(User, User.id == Activity.owner_id)
        .where(
            Activity.deleted_at.is_(None),
            Activity.occurred_at >= p.since,
            Activity.occurred_at < p.until,
            who,
        )
        .order_by(Activity.occurred_at.desc(), Activity.id)
        .limit(limit)
    )
    if scope.owner_ids:
        stmt = stmt.where(Activity.owner_id.in_(scope.owner_ids))
    out = []
    for a, owner_name in s.execute(stmt).all():
        target = next(
            (
                (kind, i)
                for kind, i in (
                    ("deal", a.deal_id),
                    ("lead", a.lead_id),
                    ("contact", a.contact_id),
                    ("account", a.account_id),
                )
                if i is not None
            ),
            None,
        )
        out.append(ActivityLine(a.id, a.kind.value, a.subject, owner_name, a.occurred_at, target))
    return out
