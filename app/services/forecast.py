"""The sales forecast: weighted pipeline by month of expected close and by owner, won deals by month,
win rate and average sales cycle for a period. SQL aggregates by day; months are bucketed here, which
keeps the SQL the same on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import func, select

from app.models import Deal, Stage, User
from app.models.money import from_minor
from app.services.uow import UnitOfWorkFactory


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
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def currencies(self, pipeline_id: uuid.UUID | None = None) -> list[str]:
        """Currencies in use, most deals first."""
        with self.uow.read() as s:
            stmt = select(Deal.currency, func.count()).where(Deal.deleted_at.is_(None))
            if pipeline_id:
                stmt = stmt.where(Deal.pipeline_id == pipeline_id)
            rows = s.execute(stmt.group_by(Deal.currency).order_by(func.count().desc())).all()
        return [r[0] for r in rows]

    def forecast(
        self,
        start: date,
        end: date,
        pipeline_id: uuid.UUID | None = None,
        currency: str = "EUR",
        owner_id: uuid.UUID | None = None,
    ) -> Forecast:
        """Months from `start` to `end` (inclusive); the win rate and cycle cover deals closed in them."""
        first, last = _month(start), _month(end)
        after_last = _add_months(last, 1)
        since = datetime.combine(first, time.min, UTC)
        until = datetime.combine(after_last, time.min, UTC)
        base = [Deal.deleted_at.is_(None), Deal.currency == currency]
        if pipeline_id:
            base.append(Deal.pipeline_id == pipeline_id)
        if owner_id:
            base.append(Deal.owner_id == owner_id)
        is_open = Stage.is_won.is_(False) & Stage.is_lost.is_(False)
        months: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
        with self.uow.read() as s:
            open_by_day = s.execute(
                select(Deal.expected_close, Stage.probability, func.sum(Deal.amount_minor))
                .join(Stage, Stage.id == Deal.stage_id)
                .where(*base, is_open, Deal.expected_close >= first, Deal.expected_close < after_last)
                .group_by(Deal.expected_close, Stage.probability)
            ).all()
            for day, probability, minor in open_by_day:
                assert day is not None  # filtered on expected_close
                bucket = months[_month(day)]
                bucket[0] += int(minor)
                bucket[1] += int(minor) * probability // 100
            closed = s.execute(
                select(Deal.closed_at, Deal.created_at, Deal.amount_minor, Stage.is_won)
                .join(Stage, Stage.id == Deal.stage_id)
                .where(*base, (Stage.is_won | Stage.is_lost), Deal.closed_at >= since, Deal.closed_at < until)
            ).all()
            owners = s.execute(
                select(
                    func.coalesce(User.name, ""), Stage.probability, func.count(), func.sum(Deal.amount_minor)
                )
                .join(Stage, Stage.id == Deal.stage_id)
                .outerjoin(User, User.id == Deal.owner_id)
                .where(*base, is_open, Deal.expected_close >= first, Deal.expected_close < after_last)
                .group_by(User.name, Stage.probability)
            ).all()
        won = lost = 0
        cycles: list[float] = []
        for closed_at, created_at, minor, is_won in closed:
            assert closed_at is not None  # filtered on closed_at
            if is_won:
                won += 1
                months[_month(closed_at.date())][2] += int(minor)
                cycles.append((closed_at - created_at).total_seconds() / 86400)
            else:
                lost += 1
        by_owner: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for name, probability, count, minor in owners:
            row = by_owner[name or "Unassigned"]
            row[0] += int(count)
            row[1] += int(minor)
            row[2] += int(minor) * probability // 100
        month_rows = []
        current = first
        while current <= last:
            p, w, wn = months.get(current, [0, 0, 0])
            month_rows.append(
                MonthRow(current, from_minor(p, currency), from_minor(w, currency), from_minor(wn, currency))
            )
            current = _add_months(current, 1)
        owner_rows = sorted(
            (
                OwnerRow(name, n, from_minor(p, currency), from_minor(w, currency))
                for name, (n, p, w) in by_owner.items()
            ),
            key=lambda r: -r.weighted,
        )
        return Forecast(
            currency,
            tuple(month_rows),
            tuple(owner_rows),
            won,
            lost,
            sum(cycles) / len(cycles) if cycles else None,
        )
