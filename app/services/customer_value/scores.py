"""RFM scores and segments, engagement and churn risk of every account, recomputed in one INSERT ... SELECT.

Each score is explained: `inputs` holds the points each input gave (docs/customer_value.md has the rules).
RFM scores are quintiles counted in SQL: an account's R score is ceil(5 * n_le / n) where n_le is the number
of ordering accounts whose last order is no later than its own (ties share a score), likewise F (number of
purchases) and M (net purchase value in the book currency).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    AccountContact,
    AccountStatus,
    AccountValue,
    Activity,
    Document,
    NpsResponse,
    Ticket,
    TicketStatus,
)
from app.models.base import UTCDateTime
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.uow import UnitOfWorkFactory
from app.services.customer_value.purchases import is_purchase

INPUTS = ("activity", "meetings", "orders", "frequency", "nps", "tickets")
OPEN_TICKETS = (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING)


@dataclass(frozen=True)
class AccountScore:
    account_id: uuid.UUID
    orders: int
    first_order_on: date | None
    last_order_on: date | None
    monetary_minor: int
    rfm: tuple[int, int, int]
    rfm_segment: str
    engagement: int
    churn_risk: int
    inputs: dict[str, int]  # points per input (INPUTS)
    computed_at: datetime


def _at_or_below(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """How many accounts with a value have one at most this row's; count(col) skips the NULLs of accounts
    without orders wherever the dialect sorts them."""
    return func.count(column).over(order_by=column)


def _quintile(at_or_below: ColumnElement[Any], buyers: ColumnElement[Any]) -> ColumnElement[Any]:
    """1..5 among the accounts with a value (0 without a value: at_or_below is NULL there)."""
    return case((at_or_below.is_(None), 0), else_=(5 * at_or_below + buyers - 1) // buyers)


def _clamp(value: ColumnElement[Any]) -> ColumnElement[Any]:
    return case((value < 0, 0), (value > 100, 100), else_=value)


def _segment(r: ColumnElement[Any], f: ColumnElement[Any]) -> ColumnElement[Any]:
    return case(
        (r == 0, ""),
        ((r >= 4) & (f >= 4), "champions"),
        ((r == 3) & (f >= 4), "loyal"),
        ((r >= 4) & (f == 1), "new_customers"),
        (r >= 4, "potential_loyalists"),
        (r == 3, "need_attention"),
        (f >= 3, "at_risk"),
        (r == 2, "hibernating"),
        else_="lost",
    )


def _json_object(session: Session, pairs: dict[str, ColumnElement[Any]]) -> ColumnElement[Any]:
    fn = func.json_build_object if session.get_bind().dialect.name == "postgresql" else func.json_object
    args: list[Any] = []
    for key, value in pairs.items():
        args += [literal(key), value]
    return fn(*args)


def recompute(session: Session, now: datetime, currency: str) -> int:
    """Replace every live account's row in `account_values`; return how many were written."""
    today = now.astimezone(UTC).date()
    orders = (
        select(
            Document.account_id.label("account_id"),
            func.min(Document.issued_on).label("first_on"),
            func.max(Document.issued_on).label("last_on"),
            func.count().label("n"),
            func.sum(case((Document.currency == currency, Document.subtotal_minor), else_=0)).label("m"),
        )
        .where(is_purchase())
        .group_by(Document.account_id)
        .subquery()
    )
    acts = (
        select(
            Activity.account_id.label("account_id"),
            func.max(Activity.occurred_at).label("last_at"),
            func.sum(case((Activity.occurred_at >= now - timedelta(days=90), 1), else_=0)).label("recent"),
        )
        .where(Activity.account_id.is_not(None), Activity.deleted_at.is_(None), Activity.occurred_at <= now)
        .group_by(Activity.account_id)
        .subquery()
    )
    tickets = (
        select(Ticket.account_id.label("account_id"), func.count().label("open"))
        .where(Ticket.account_id.is_not(None), Ticket.deleted_at.is_(None), Ticket.status.in_(OPEN_TICKETS))
        .group_by(Ticket.account_id)
        .subquery()
    )
    nps = (
        select(
            AccountContact.account_id.label("account_id"),
            func.count().label("n"),
            func.sum(NpsResponse.score).label("total"),
        )
        .join(AccountContact, AccountContact.contact_id == NpsResponse.contact_id)
        .where(
            AccountContact.is_primary.is_(True),
            AccountContact.deleted_at.is_(None),
            NpsResponse.deleted_at.is_(None),
            NpsResponse.answered_on >= today - timedelta(days=365),
        )
        .group_by(AccountContact.account_id)
        .subquery()
    )
    # The quintiles are windows over all accounts, not a ranked subquery joined to them (SQLite gives a
    # window subquery no automatic index: that join was a scan per account). Each window is taken once,
    # in `raw`, and the scores derived from its columns: a window named twice is computed twice.
    raw = (
        select(
            Account.id.label("account_id"),
            orders.c.first_on,
            orders.c.last_on,
            orders.c.n,
            orders.c.m,
            case((orders.c.n.is_(None), None), else_=_at_or_below(orders.c.last_on)).label("le_r"),
            case((orders.c.n.is_(None), None), else_=_at_or_below(orders.c.n)).label("le_f"),
            case((orders.c.n.is_(None), None), else_=_at_or_below(orders.c.m)).label("le_m"),
            func.count(orders.c.n).over().label("buyers"),
            acts.c.last_at,
            func.coalesce(acts.c.recent, 0).label("recent"),
            func.coalesce(tickets.c.open, 0).label("open_tickets"),
            func.coalesce(nps.c.n, 0).label("nps_n"),
            nps.c.total.label("nps_total"),
        )
        .select_from(Account)
        .outerjoin(orders, orders.c.account_id == Account.id)
        .outerjoin(acts, acts.c.account_id == Account.id)
        .outerjoin(tickets, tickets.c.account_id == Account.id)
        .outerjoin(nps, nps.c.account_id == Account.id)
        .where(Account.deleted_at.is_(None))
        .subquery()
    )
    q = raw.c
    r, f = _quintile(q.le_r, q.buyers), _quintile(q.le_f, q.buyers)
    scored = select(
        q.account_id,
        q.first_on,
        q.last_on,
        func.coalesce(q.n, 0).label("n"),
        func.coalesce(q.m, 0).label("m"),
        r.label("r"),
        f.label("f"),
        _quintile(q.le_m, q.buyers).label("ms"),
        q.last_at,
        q.recent,
        q.open_tickets,
        q.nps_n,
        q.nps_total,
    ).subquery()
    c = scored.c
    points = select(
        c.account_id,
        c.first_on,
        c.last_on,
        c.n,
        c.m,
        c.r,
        c.f,
        c.ms,
        case(
            (c.last_at >= now - timedelta(days=30), 30),
            (c.last_at >= now - timedelta(days=90), 20),
            (c.last_at >= now - timedelta(days=180), 10),
            else_=0,
        ).label("activity"),
        case((c.recent >= 10, 20), else_=c.recent * 2).label("meetings"),
        case(
            (c.last_on >= today - timedelta(days=90), 25),
            (c.last_on >= today - timedelta(days=365), 15),
            else_=0,
        ).label("orders"),
        (c.f * 2).label("frequency"),
        case(
            (c.nps_n == 0, 0),
            (c.nps_total >= 9 * c.nps_n, 15),
            (c.nps_total >= 7 * c.nps_n, 5),
            else_=-15,
        ).label("nps"),
        case((c.open_tickets >= 3, -15), else_=c.open_tickets * -5).label("tickets"),
    ).subquery()
    p = points.c
    engagement = _clamp(p.activity + p.meetings + p.orders + p.frequency + p.nps + p.tickets)
    rows = select(
        p.account_id,
        p.first_on,
        p.last_on,
        p.n,
        p.m,
        p.r,
        p.f,
        p.ms,
        _segment(p.r, p.f),
        engagement,
        case((p.n > 0, 100 - engagement), else_=0),
        _json_object(session, {name: getattr(p, name) for name in INPUTS}),
        literal(now, UTCDateTime()),
    )
    session.execute(delete(AccountValue))
    t = AccountValue
    cols = [
        t.account_id,
        t.first_order_on,
        t.last_order_on,
        t.orders,
        t.monetary_minor,
        t.recency_score,
        t.frequency_score,
        t.monetary_score,
        t.rfm_segment,
        t.engagement,
        t.churn_risk,
        t.inputs,
        t.computed_at,
    ]
    session.execute(insert(AccountValue).from_select([c.key for c in cols], rows))
    return int(session.scalar(select(func.count()).select_from(AccountValue)) or 0)


def _score(row: AccountValue) -> AccountScore:
    return AccountScore(
        row.account_id,
        row.orders,
        row.first_order_on,
        row.last_order_on,
        row.monetary_minor,
        (row.recency_score, row.frequency_score, row.monetary_score),
        row.rfm_segment,
        row.engagement,
        row.churn_risk,
        {k: int(v) for k, v in (row.inputs or {}).items()},
        row.computed_at,
    )


class ScoresService:
    """Recompute and read the RFM, engagement and churn-risk figures."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def recompute(self, now: datetime | None = None, currency: str = "EUR") -> Outcome[int]:
        """Recompute every account (one transaction); returns the number of accounts scored."""
        with self.uow() as work:
            work.bulk = True
            n = recompute(work.session, now or datetime.now(UTC), currency)
            work.changed("account_value", ChangeKind.UPDATED, [])
        return Outcome(n, work.changes)

    def of(self, account_id: uuid.UUID) -> AccountScore | None:
        with self.uow.read() as session:
            row = session.get(AccountValue, account_id)
            return _score(row) if row else None

    def at_risk(self, threshold: int = 60, limit: int = 100) -> list[AccountScore]:
        """Ordering accounts, not churned already, whose churn risk is at least `threshold`, riskiest first."""
        with self.uow.read() as session:
            rows = session.scalars(
                select(AccountValue)
                .join(Account, Account.id == AccountValue.account_id)
                .where(
                    AccountValue.churn_risk >= threshold,
                    AccountValue.orders > 0,
                    Account.status != AccountStatus.CHURNED,
                    Account.deleted_at.is_(None),
                )
                .order_by(AccountValue.churn_risk.desc(), AccountValue.account_id)
                .limit(limit)
            )
            return [_score(r) for r in rows]

    def segment_counts(self) -> dict[str, int]:
        with self.uow.read() as session:
            rows = session.execute(
                select(AccountValue.rfm_segment, func.count())
                .where(AccountValue.rfm_segment != "")
                .group_by(AccountValue.rfm_segment)
            ).all()
            return {str(s): int(n) for s, n in rows}
