"""Churn rate, cohort retention and lifetime value from the customer spans (formulas: docs/metrics.md)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.services.customer_value.spans import Span


@dataclass(frozen=True)
class ChurnFigures:
    customers_at_start: int
    churned: int  # of those, churned in the period
    won_back: int  # spans that reopened in the period

    @property
    def churn_rate(self) -> float | None:
        return self.churned / self.customers_at_start if self.customers_at_start else None


@dataclass(frozen=True)
class Cohort:
    month: str  # 'YYYY-MM': the month its accounts first became customers
    size: int
    retained: tuple[float, ...]  # share still customers at the end of month 0, 1, 2 ... (up to today)


@dataclass(frozen=True)
class LifetimeValue:
    customer_months: Decimal  # months of being a customer in the window, summed over accounts
    churned: int
    revenue: Decimal  # purchases in the window, book currency
    monthly_churn: Decimal | None
    monthly_revenue: Decimal | None  # per customer
    value: Decimal | None  # monthly revenue per customer / monthly churn; None without churn


def churn(spans: Mapping[uuid.UUID, list[Span]], start: date, end: date) -> ChurnFigures:
    """Customers at the start of [start, end), how many of them churned in it, and the win-backs."""
    at_start = churned = won_back = 0
    for account_spans in spans.values():
        here = [s for s in account_spans if s.active_on(start)]
        if here:
            at_start += 1
            if here[0].until is not None and here[0].until < end:
                churned += 1
        won_back += sum(1 for s in account_spans[1:] if start <= s.since < end)
    return ChurnFigures(at_start, churned, won_back)


def _month_end(year: int, month: int) -> date:
    """The first day after the month: being a customer at its start means at the month's end."""
    return date(year + month // 12, month % 12 + 1, 1)


def cohorts(spans: Mapping[uuid.UUID, list[Span]], today: date, months: int = 12) -> list[Cohort]:
    """Per month of "customer since" (the last `months` cohorts), the share still customers after k months."""
    first = (today.year * 12 + today.month - 1) - (months - 1)
    groups: dict[int, list[list[Span]]] = {}
    for account_spans in spans.values():
        start = account_spans[0].since
        key = start.year * 12 + start.month - 1
        if key >= first:
            groups.setdefault(key, []).append(account_spans)
    out = []
    now_key = today.year * 12 + today.month - 1
    for key in sorted(groups):
        members = groups[key]
        retained = []
        for k in range(now_key - key + 1):
            year, month0 = divmod(key + k, 12)
            edge = min(_month_end(year, month0 + 1), today + timedelta(days=1))
            alive = sum(1 for spans_ in members if any(s.active_on(edge) for s in spans_))
            retained.append(alive / len(members))
        out.append(Cohort(f"{key // 12:04d}-{key % 12 + 1:02d}", len(members), tuple(retained)))
    return out


def lifetime_value(
    spans: Mapping[uuid.UUID, list[Span]], revenue: Decimal, start: date, end: date
) -> LifetimeValue:
    """Over the window [start, end): monthly churn = churns / customer-months, monthly revenue per customer
    = revenue / customer-months, lifetime value = monthly revenue per customer / monthly churn."""
    days = 0
    churned = 0
    for account_spans in spans.values():
        for s in account_spans:
            lo = max(s.since, start)
            hi = min(s.until or end, end)
            if hi > lo:
                days += (hi - lo).days
            if s.until is not None and start <= s.until < end:
                churned += 1
    months = (Decimal(days) / Decimal("30.4375")).quantize(Decimal("0.01"))
    monthly_churn = Decimal(churned) / months if months else None
    monthly_revenue = revenue / months if months else None
    value = (
        (monthly_revenue / monthly_churn).quantize(Decimal("0.01"))
        if monthly_revenue is not None and monthly_churn
        else None
    )
    return LifetimeValue(months, churned, revenue, monthly_churn, monthly_revenue, value)
