"""The sales forecast: weighted pipeline by month of expected close and by owner, won deals by month,
win rate and average sales cycle for a period, for the Forecast page. The numbers come from the same
queries as the dashboard's KPIs (app/services/metrics/sales.py), so the two pages agree."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.services.core.uow import UnitOfWorkFactory
from app.services.metrics import sales
from app.services.metrics.scope import Period, Scope, money


@dataclass(frozen=True)
class MonthRow:
    month: date  # first day of the month
    pipeline: Decimal  # open deals expected to close this month
    weighted: Decimal  # the same, times each stage's win probability
    won: Decimal  # deals won (closed) this month


@dataclass(frozen=True)
class OwnerRow:
    owner: str
    deals: int
    pipeline: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class Forecast:
    currency: str
    months: tuple[MonthRow, ...]
    owners: tuple[OwnerRow, ...]
    won: int  # deals won in the period
    lost: int
    avg_cycle_days: float | None  # created to won, for deals won in the period

    @property
    def win_rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None


def _month(d: date) -> date:
    return date(d.year, d.month, 1)


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


class ForecastService:
    """The Forecast page's numbers, read through the metrics' queries (app/services/metrics/sales.py)."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def currencies(self, pipeline_id: uuid.UUID | None = None) -> list[str]:
        """Currencies in use, most deals first."""
        with self.uow.read() as s:
            return sales.currencies(s, pipeline_id)

    def forecast(
        self,
        start: date,
        end: date,
        pipeline_id: uuid.UUID | None = None,
        currency: str = "EUR",
        owner_id: uuid.UUID | None = None,
    ) -> Forecast:
        """Months from `start` to `end` (inclusive); the win rate and cycle cover deals closed in them."""
        first, after_last = _month(start), _add_months(_month(end), 1)
        scope = Scope(Period(first, after_last), (owner_id,) if owner_id else (), pipeline_id, currency)
        with self.uow.read() as s:
            summary, closed = sales.closed_by_month(s, scope)
            expected = sales.open_by_month(s, scope)
            owners = sales.open_by_owner(s, scope)
        month_rows = []
        for m in scope.period.months():
            minor, weighted = expected.get(m, (0, Decimal(0)))
            won_minor = closed[m][2] if m in closed else 0
            month_rows.append(
                MonthRow(
                    date(int(m[:4]), int(m[5:]), 1),
                    money(minor, currency),
                    money(weighted, currency),
                    money(won_minor, currency),
                )
            )
        owner_rows = sorted(
            (
                OwnerRow(name or "Unassigned", n, money(minor, currency), money(weighted, currency))
                for name, (n, minor, weighted) in owners.items()
            ),
            key=lambda r: -r.weighted,
        )
        return Forecast(
            currency, tuple(month_rows), tuple(owner_rows), summary.won, summary.lost, summary.avg_cycle_days
        )
