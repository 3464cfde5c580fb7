"""A salesperson's call sheet for a day: what is due (and overdue), who to call, their numbers, and what
the last contact with them was, so the sheet works on paper in a car park with no network.

One query for the day's open tasks and meetings with their person, company and deal; one for the last
completed activity with each person or company on the sheet.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.models.account import Account
from app.models.activity import Activity
from app.models.base import utcnow
from app.models.contact import Contact
from app.models.deal import Deal, Stage
from app.models.lead import Lead
from app.models.money import from_minor
from app.models.user import User
from app.services.core import guard
from app.services.core.errors import NotFoundError
from app.services.core.uow import UnitOfWorkFactory

OVERDUE_DAYS = 30  # older open tasks are left to the task list, not carried on every day's sheet


@dataclass(frozen=True)
class CallItem:
    id: uuid.UUID
    kind: str
    subject: str
    at: datetime | None  # due (tasks, calls) or start (meetings), in the sheet's zone
    overdue: bool
    person: str  # the contact's or lead's name
    company: str
    phones: tuple[str, ...]  # "030 123456", "+49 30 999 (company)"
    deal: str  # "name · stage · amount"
    last_contact: str  # "2026-11-30 call: Agreed on a demo", or ""
    notes: str  # the task's own text


@dataclass(frozen=True)
class CallSheet:
    owner: str
    day: date
    items: tuple[CallItem, ...]


def _display_phones(*numbers: tuple[str | None, str | None, str]) -> tuple[str, ...]:
    """(stored, display, label) triples as shown on the sheet, each number once."""
    seen: dict[str, str] = {}
    for stored, shown, label in numbers:
        key = (stored or shown or "").strip()
        if key and key not in seen:
            text = (shown or stored or "").strip()
            seen[key] = f"{text} ({label})" if label else text
    return tuple(seen.values())


def call_sheet(
    session: Session, owner_id: uuid.UUID, owner_name: str, day: date, tz: tzinfo, now: datetime
) -> CallSheet:
    """The owner's open tasks due that day (or overdue, within OVERDUE_DAYS), and their meetings that day."""
    start = datetime.combine(day, time(), tz)
    end = start + timedelta(days=1)
    oldest = start - timedelta(days=OVERDUE_DAYS)
    when = func.coalesce(Activity.start_at, Activity.due_at)
    stmt = (
        select(
            Activity.id,
            Activity.kind,
            Activity.subject,
            Activity.body,
            Activity.due_at,
            Activity.start_at,
            Activity.contact_id,
            Activity.account_id,
            Activity.lead_id,
            func.coalesce(Contact.first_name, ""),
            func.coalesce(Contact.last_name, ""),
            func.coalesce(Contact.company_name, ""),
            Contact.phone,
            Contact.phone_display,
            Contact.other_phone,
            func.coalesce(Lead.first_name, ""),
            func.coalesce(Lead.last_name, ""),
            func.coalesce(Lead.company, ""),
            Lead.phone,
            Lead.phone_display,
            func.coalesce(Account.name, ""),
            Account.phone,
            Account.phone_display,
            func.coalesce(Deal.name, ""),
            func.coalesce(Stage.name, ""),
            Deal.amount_minor,
            Deal.currency,
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Lead, Lead.id == Activity.lead_id)
        .outerjoin(Account, Account.id == Activity.account_id)
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .outerjoin(Stage, Stage.id == Deal.stage_id)
        .where(
            Activity.owner_id == owner_id,
            Activity.deleted_at.is_(None),
            Activity.done_at.is_(None),
            or_(
                and_(Activity.start_at >= start, Activity.start_at < end),
                and_(Activity.start_at.is_(None), Activity.due_at >= oldest, Activity.due_at < end),
            ),
        )
        .order_by(when, Activity.subject, Activity.id)
    )
    seen = guard.visible(session, "activity", Activity)  # the signed-in user's (access package)
    rows = session.execute(stmt if seen is None else stmt.where(seen)).all()
    last = _last_contacts(
        session, tz, {r.contact_id for r in rows} | {r.lead_id for r in rows} | {r.account_id for r in rows}
    )
    items = []
    for r in rows:
        (aid, kind, subject, body, due, begins, contact_id, account_id, lead_id, c_first, c_last, c_company,
         c_phone, c_display, c_other, l_first, l_last, l_company, l_phone, l_display, a_name, a_phone,
         a_display, d_name, d_stage, d_minor, d_currency) = r  # fmt: skip
        at = begins or due
        person = f"{c_first} {c_last}".strip() or f"{l_first} {l_last}".strip()
        deal = ""
        if d_name:
            amount = from_minor(d_minor or 0, d_currency or "EUR")
            deal = " · ".join(x for x in (d_name, d_stage, f"{_money(amount)} {d_currency}") if x)
        items.append(
            CallItem(
                id=aid,
                kind=str(getattr(kind, "value", kind)),
                subject=subject,
                at=at.astimezone(tz) if at is not None else None,
                overdue=at is not None and at < start,
                person=person,
                company=c_company or l_company or a_name,
                phones=_display_phones(
                    (c_phone, c_display, ""),
                    (c_other, None, "other"),
                    (l_phone, l_display, ""),
                    (a_phone, a_display, "company"),
                ),
                deal=deal,
                last_contact=next((last[i] for i in (contact_id, lead_id, account_id) if i in last), ""),
                notes=body.strip(),
            )
        )
    return CallSheet(owner_name, day, tuple(items))


def _last_contacts(session: Session, tz: tzinfo, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    """The most recent completed activity with each of these contacts, leads or accounts, as one line."""
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    found: dict[uuid.UUID, str] = {}
    for column in (Activity.contact_id, Activity.lead_id, Activity.account_id):
        ranked = (
            select(
                column.label("who"),
                Activity.done_at,
                Activity.kind,
                Activity.subject,
                func.row_number().over(partition_by=column, order_by=Activity.done_at.desc()).label("n"),
            )
            .where(column.in_(wanted), Activity.done_at.is_not(None), Activity.deleted_at.is_(None))
            .subquery()
        )
        for who, done, kind, subject, _n in session.execute(select(ranked).where(ranked.c.n == 1)):
            local = (done if done.tzinfo else done.replace(tzinfo=UTC)).astimezone(tz)
            found.setdefault(who, f"{local:%Y-%m-%d} {getattr(kind, 'value', kind)}: {subject}")
    return found


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


class CallSheetService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def for_day(self, owner_id: uuid.UUID, day: date, tz: tzinfo, now: datetime | None = None) -> CallSheet:
        with self.uow.read() as session:
            owner = session.get(User, owner_id)
            if owner is None:
                raise NotFoundError("user", owner_id)
            return call_sheet(session, owner_id, owner.name, day, tz, now or utcnow())
