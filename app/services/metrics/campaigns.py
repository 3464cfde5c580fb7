"""Campaign KPIs: cost per lead, campaign ROI and customer acquisition cost (CAC), by campaign and by
period, from the leads and deals credited to each campaign (`campaign_id`). Formulas in docs/metrics.md.

A campaign's cost is its recorded actual cost. Revenue is the amount of its won deals in the campaign's
currency (deals in another currency are counted apart, never converted). A new customer is an account whose
first won deal (account_first_won) closed in the period and was credited to the campaign.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models import AccountFirstWon, Campaign, Deal, Lead, Stage
from app.models.money import from_minor, money_round
from app.services.core.uow import UnitOfWorkFactory


@dataclass(frozen=True)
class CampaignKpis:
    campaign_id: uuid.UUID
    name: str
    currency: str
    cost: Decimal
    leads: int
    won_deals: int
    revenue: Decimal  # won deals in the campaign's currency
    other_currency_deals: int  # won deals in another currency: not in `revenue`
    new_customers: int
    cost_per_lead: Decimal | None  # None: no leads
    roi: Decimal | None  # (revenue - cost) / cost; None: no cost recorded
    cac: Decimal | None  # cost / new customers; None: no new customer


@dataclass(frozen=True)
class PeriodCac:
    start: date
    end: date  # exclusive
    currency: str
    cost: Decimal  # actual cost of the campaigns that started in the period
    new_customers: int  # accounts won for the first time in the period through a campaign
    cac: Decimal | None


def _bounds(start: date | None, end: date | None) -> tuple[datetime, datetime]:
    low = datetime.combine(start or date(1970, 1, 1), time(), UTC)
    high = datetime.combine(end or date(9999, 1, 1), time(), UTC)
    return low, high


def _ratio(top: Decimal, bottom: Decimal | int, currency: str | None = None) -> Decimal | None:
    if not bottom:
        return None
    value = top / Decimal(bottom)
    return money_round(value, currency) if currency else value.quantize(Decimal("0.0001"))


def campaign_kpis(
    session: Session, campaign_id: uuid.UUID, start: date | None = None, end: date | None = None
) -> CampaignKpis:
    """One campaign's KPIs; leads created and deals won in [start, end) (all time when not given)."""
    c = session.get(Campaign, campaign_id)
    if c is None:
        raise LookupError(f"campaign {campaign_id} does not exist")
    low, high = _bounds(start, end)
    leads = session.scalar(
        select(func.count()).where(
            Lead.campaign_id == c.id,
            Lead.deleted_at.is_(None),
            Lead.created_at >= low,
            Lead.created_at < high,
        )
    )
    won = and_(
        Deal.campaign_id == c.id,
        Deal.deleted_at.is_(None),
        Deal.closed_at >= low,
        Deal.closed_at < high,
        Stage.is_won.is_(True),
    )
    per_currency = session.execute(
        select(Deal.currency, func.count(), func.coalesce(func.sum(Deal.amount_minor), 0))
        .join(Stage, Stage.id == Deal.stage_id)
        .where(won)
        .group_by(Deal.currency)
    ).all()
    own = next(((n, total) for cur, n, total in per_currency if cur == c.currency), (0, 0))
    customers = session.scalar(
        select(func.count(func.distinct(Deal.account_id)))
        .join(Stage, Stage.id == Deal.stage_id)
        .join(AccountFirstWon, AccountFirstWon.account_id == Deal.account_id)
        .where(
            won,
            AccountFirstWon.first_won_at >= low,
            AccountFirstWon.first_won_at < high,
            AccountFirstWon.first_won_at == Deal.closed_at,
        )
    )
    cost = from_minor(c.actual_cost_minor, c.currency)
    revenue = from_minor(int(own[1]), c.currency)
    return CampaignKpis(
        c.id,
        c.name,
        c.currency,
        cost,
        int(leads or 0),
        sum(int(n) for _, n, _ in per_currency),
        revenue,
        sum(int(n) for cur, n, _ in per_currency if cur != c.currency),
        int(customers or 0),
        _ratio(cost, int(leads or 0), c.currency),
        _ratio(revenue - cost, cost) if cost else None,
        _ratio(cost, int(customers or 0), c.currency),
    )


def period_cac(session: Session, start: date, end: date, currency: str = "EUR") -> PeriodCac:
    """Blended CAC of a period: what the campaigns that started in it cost, per new customer they won."""
    cost_minor = session.scalar(
        select(func.coalesce(func.sum(Campaign.actual_cost_minor), 0)).where(
            Campaign.deleted_at.is_(None),
            Campaign.currency == currency,
            Campaign.starts_on >= start,
            Campaign.starts_on < end,
        )
    )
    low, high = _bounds(start, end)
    customers = session.scalar(
        select(func.count(func.distinct(Deal.account_id)))
        .join(Stage, Stage.id == Deal.stage_id)
        .join(AccountFirstWon, AccountFirstWon.account_id == Deal.account_id)
        .where(
            Deal.campaign_id.is_not(None),
            Deal.deleted_at.is_(None),
            Stage.is_won.is_(True),
            AccountFirstWon.first_won_at == Deal.closed_at,
            AccountFirstWon.first_won_at >= low,
            AccountFirstWon.first_won_at < high,
        )
    )
    cost = from_minor(int(cost_minor or 0), currency)
    return PeriodCac(
        start, end, currency, cost, int(customers or 0), _ratio(cost, int(customers or 0), currency)
    )


class CampaignMetricsService:
    """The campaign KPIs for the Campaigns page, the dashboard and `rapport campaign kpis`."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def for_campaign(
        self, campaign_id: uuid.UUID, start: date | None = None, end: date | None = None
    ) -> CampaignKpis:
        with self.uow.read() as s:
            return campaign_kpis(s, campaign_id, start, end)

    def all_campaigns(self, start: date | None = None, end: date | None = None) -> list[CampaignKpis]:
        with self.uow.read() as s:
            ids = s.scalars(select(Campaign.id).where(Campaign.deleted_at.is_(None)).order_by(Campaign.name))
            return [campaign_kpis(s, i, start, end) for i in ids]

    def cac_by_period(self, start: date, end: date, currency: str = "EUR") -> PeriodCac:
        with self.uow.read() as s:
            return period_cac(s, start, end, currency)
