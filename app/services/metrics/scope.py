"""What every KPI is computed for: a period, owners, a pipeline and one currency; SQL helpers per dialect."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import Session

from app.models.money import minor_digits


@dataclass(frozen=True)
class Period:
    """Half-open [start, end) in UTC calendar days: `end` is the first day not included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period cannot end before it starts")

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time.min, UTC)

    @property
    def until(self) -> datetime:
        return datetime.combine(self.end, time.min, UTC)

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        return Period(self.start - timedelta(days=self.days), self.start)

    def months(self) -> list[str]:
        """'YYYY-MM' of every month the period touches."""
        out: list[str] = []
        y, m = self.start.year, self.start.month
        last = self.end - timedelta(days=1)
        while self.days and (y, m) <= (last.year, last.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


@dataclass(frozen=True)
class Scope:
    period: Period
    owner_ids: tuple[uuid.UUID, ...] = ()  # one owner, a team, or () for everyone
    pipeline_id: uuid.UUID | None = None
    currency: str = "EUR"

    def shifted(self, period: Period) -> Scope:
        return replace(self, period=period)


def month_of(session: Session, column: Any, is_date: bool = False) -> ColumnElement[str]:
    """'YYYY-MM' of a UTC datetime column (or a date column)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column if is_date else func.timezone("UTC", column), "YYYY-MM")
    return func.strftime("%Y-%m", column)


def money(minor: int | Decimal, currency: str) -> Decimal:
    """Minor units (possibly fractional, from a weighting) as an amount rounded to the currency's unit."""
    digits = minor_digits(currency)
    return (Decimal(minor).scaleb(-digits)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)


def ratio(part: int | Decimal, whole: int | Decimal) -> float | None:
    return float(part) / float(whole) if whole else None
