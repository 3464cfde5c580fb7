"""Deal KPIs: open pipeline by stage, won and lost deals by month, forecast, funnel. See docs/metrics.md."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.models import Deal, DealClosedDaily, DealCohortDaily, Pipeline, Stage, User
from app.services.metrics.scope import Scope, money, month_of, ratio


@dataclass(frozen=True)
class StageRow:
    stage: str
    position: int
    probability: int
    deals: int
    value: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class MonthRow:
    month: str  # 'YYYY-MM'
    won: int
    lost: int
    won_value: Decimal
    forecast: Decimal  # open deals expected to close this month, weighted by stage probability

    @property
    def win_rate(self) -> float | None:
        return ratio(self.won, self.won + self.lost)


@dataclass(frozen=True)
class ClosedSummary:
    won: int
    lost: int
    won_value: Decimal
    lost_value: Decimal
    avg_cycle_days: float | None  # created to won

    @property
    def win_rate(self) -> float | None:
        return ratio(self.won, self.won + self.lost)

    @property
    def win_rate_by_value(self) -> float | None:
        return ratio(self.won_value, self.won_value + self.lost_value)

    @property
    def avg_deal_size(self) -> Decimal | None:
        return (self.won_value / self.won).quantize(self.won_value) if self.won else None


@dataclass(frozen=True)
class FunnelRow:
    stage: str
    reached: int  # deals of the cohort that reached this stage or a later one
    conversion: float | None  # reached / reached at the stage before


def deal_filters(scope: Scope) -> list[ColumnElement[bool]]:
    where = [Deal.deleted_at.is_(None), Deal.currency == scope.currency]
    if scope.owner_ids:
        where.append(Deal.owner_id.in_(scope.owner_ids))
    if scope.pipeline_id:
        where.append(Deal.pipeline_id == scope.pipeline_id)
    return where


def closed_in(scope: Scope) -> list[ColumnElement[bool]]:
    p = scope.period
    return [*deal_filters(scope), Deal.closed_at >= p.since, Deal.closed_at < p.until]


def open_stages(s: Session) -> list[uuid.UUID]:
    """Ids of the open stages (a handful): literal ids let the database use its indexes on stage_id.

    An open deal is in an open stage and has no close time (entering a won or lost stage sets it, leaving
    one clears it); testing both lets the close-time index find open deals without reading all deals."""
    return list(s.scalars(select(Stage.id).where(Stage.is_won.is_(False), Stage.is_lost.is_(False))))


def pipeline_by_stage(s: Session, scope: Scope) -> list[StageRow]:
    """Open deals now (a snapshot: the period does not apply), by stage; same-named stages merge."""
    # Grouped by stage id alone, then named: a join per open deal cost more than the grouping.
    stages = {
        sid: (name, pos, prob)
        for sid, name, pos, prob in s.execute(select(Stage.id, Stage.name, Stage.position, Stage.probability))
    }
    rows = [
        (*stages[sid], count, minor)
        for sid, count, minor in s.execute(
            select(Deal.stage_id, func.count(), func.sum(Deal.amount_minor))
            .where(*deal_filters(scope), Deal.closed_at.is_(None), Deal.stage_id.in_(open_stages(s)))
            .group_by(Deal.stage_id)
        ).all()
    ]
    merged: dict[str, list[Any]] = {}
    for name, position, probability, count, minor in rows:
        row = merged.setdefault(name, [position, probability, 0, 0, Decimal(0)])
        row[2] += int(count)
        row[3] += int(minor)
        row[4] += Decimal(int(minor)) * probability / 100
    cur = scope.currency
    out = [
        StageRow(name, pos, prob, n, money(minor, cur), money(weighted, cur))
        for name, (pos, prob, n, minor, weighted) in merged.items()
    ]
    return sorted(out, key=lambda r: (r.position, r.stage))


def rollup_filters(scope: Scope, table: Any = DealClosedDaily) -> list[ColumnElement[bool]]:
    """The scope's filters on a deal rollup (owners, pipeline; currency where the rollup has one)."""
    where: list[ColumnElement[bool]] = []
    if hasattr(table, "currency"):
        where.append(table.currency == scope.currency)
    if scope.owner_ids:
        where.append(table.owner_id.in_(scope.owner_ids))
    if scope.pipeline_id:
        where.append(table.pipeline_id == scope.pipeline_id)
    return where


def closed_rollup_in(scope: Scope) -> list[ColumnElement[bool]]:
    """Rollup rows of deals closed in the period (its days are UTC days, as the period's are)."""
    R = DealClosedDaily
    return [*rollup_filters(scope), R.day >= scope.period.start, R.day < scope.period.end]


def won_total(s: Session, scope: Scope, with_account: bool = False) -> tuple[int, int]:
    """How many deals were won in the period and their amount in minor units (from the rollup)."""
    R = DealClosedDaily
    n, minor = s.execute(
        select(func.coalesce(func.sum(R.deals), 0), func.coalesce(func.sum(R.amount_minor), 0))
        .join(Stage, Stage.id == R.stage_id)
        .where(*closed_rollup_in(scope), Stage.is_won, *([R.has_account] if with_account else []))
    ).one()
    return int(n), int(minor)


def closed_by_month(s: Session, scope: Scope) -> tuple[ClosedSummary, dict[str, list[Any]]]:
    """Deals won or lost in the period: totals and per month [won, lost, won minor] (from the rollup)."""
    R = DealClosedDaily
    month = month_of(s, R.day, is_date=True)
    rows = s.execute(
        select(month, Stage.is_won, func.sum(R.deals), func.sum(R.amount_minor), func.sum(R.cycle_ms))
        .join(Stage, Stage.id == R.stage_id)
        .where(*closed_rollup_in(scope), Stage.is_won | Stage.is_lost)
        .group_by(month, Stage.is_won)
    ).all()
    months: dict[str, list[Any]] = defaultdict(lambda: [0, 0, 0])
    won = lost = won_minor = lost_minor = cycle_ms = 0
    for m, is_won, count, minor, ms in rows:
        if is_won:
            won += int(count)
            won_minor += int(minor)
            cycle_ms += int(ms)
            months[m][0] += int(count)
            months[m][2] += int(minor)
        else:
            lost += int(count)
            lost_minor += int(minor)
            months[m][1] += int(count)
    cur = scope.currency
    summary = ClosedSummary(
        won, lost, money(won_minor, cur), money(lost_minor, cur), cycle_ms / 86_400_000 / won if won else None
    )
    return summary, months


def _probabilities(s: Session) -> dict[Any, int]:
    return {i: pr for i, pr in s.execute(select(Stage.id, Stage.probability)).all()}


def _open_expected_in(s: Session, scope: Scope) -> list[ColumnElement[bool]]:
    """Open deals of the scope expected to close in its period."""
    p = scope.period
    return [
        *deal_filters(scope),
        Deal.closed_at.is_(None),
        Deal.stage_id.in_(open_stages(s)),
        Deal.expected_close >= p.start,
        Deal.expected_close < p.end,
    ]


def open_by_month(s: Session, scope: Scope) -> dict[str, tuple[int, Decimal]]:
    """Open deals expected to close in the period, per 'YYYY-MM': (amount, weighted amount) in minor units.

    The dashboard's forecast bars and the Forecast page both read this."""
    month = month_of(s, Deal.expected_close, is_date=True)
    probability = _probabilities(s)
    out: dict[str, list[Any]] = defaultdict(lambda: [0, Decimal(0)])
    for m, stage_id, minor in s.execute(
        select(month, Deal.stage_id, func.sum(Deal.amount_minor))
        .where(*_open_expected_in(s, scope))
        .group_by(month, Deal.stage_id)
    ).all():
        out[m][0] += int(minor)
        out[m][1] += Decimal(int(minor)) * probability[stage_id] / 100
    return {m: (minor, weighted) for m, (minor, weighted) in out.items()}


def open_by_owner(s: Session, scope: Scope) -> dict[str, tuple[int, int, Decimal]]:
    """Open deals expected to close in the period, per owner name ('' for none): (deals, amount, weighted)."""
    probability = _probabilities(s)
    names: dict[Any, str] = {i: n for i, n in s.execute(select(User.id, User.name)).all()}
    out: dict[str, list[Any]] = defaultdict(lambda: [0, 0, Decimal(0)])
    for owner_id, stage_id, count, minor in s.execute(
        select(Deal.owner_id, Deal.stage_id, func.count(), func.sum(Deal.amount_minor))
        .where(*_open_expected_in(s, scope))
        .group_by(Deal.owner_id, Deal.stage_id)
    ).all():
        row = out[names.get(owner_id, "") if owner_id else ""]
        row[0] += int(count)
        row[1] += int(minor)
        row[2] += Decimal(int(minor)) * probability[stage_id] / 100
    return {name: (n, minor, weighted) for name, (n, minor, weighted) in out.items()}


def currencies(s: Session, pipeline_id: uuid.UUID | None = None) -> list[str]:
    """Currencies of live deals, most deals first."""
    stmt = select(Deal.currency, func.count()).where(Deal.deleted_at.is_(None))
    if pipeline_id:
        stmt = stmt.where(Deal.pipeline_id == pipeline_id)
    rows = s.execute(stmt.group_by(Deal.currency).order_by(func.count().desc(), Deal.currency)).all()
    return [r[0] for r in rows]


def by_month(s: Session, scope: Scope) -> tuple[ClosedSummary, list[MonthRow]]:
    """Won revenue, win counts and the weighted forecast for every month the period touches."""
    summary, closed = closed_by_month(s, scope)
    p = scope.period
    forecast = {m: weighted for m, (_minor, weighted) in open_by_month(s, scope).items()}
    cur = scope.currency
    rows = []
    for m in p.months():
        won, lost, won_minor = closed.get(m, (0, 0, 0))
        rows.append(MonthRow(m, won, lost, money(won_minor, cur), money(forecast.get(m, 0), cur)))
    return summary, rows


def funnel_pipeline(s: Session, scope: Scope) -> uuid.UUID | None:
    """The funnel needs one pipeline's stages: the chosen one, else the default (else the first)."""
    if scope.pipeline_id:
        return scope.pipeline_id
    return s.scalar(
        select(Pipeline.id)
        .where(Pipeline.deleted_at.is_(None))
        .order_by(Pipeline.is_default.desc(), Pipeline.position)
        .limit(1)
    )


def funnel(s: Session, scope: Scope) -> list[FunnelRow]:
    """Deals created in the period, by the furthest open or won stage they reached (history included)."""
    pipeline_id = funnel_pipeline(s, scope)
    if pipeline_id is None:
        return []
    stages = s.execute(
        select(Stage.name, Stage.position)
        .where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None), Stage.is_lost.is_(False))
        .order_by(Stage.position)
    ).all()
    stage_pos: dict[uuid.UUID, int | None] = {
        sid: (pos if not lost else None)
        for sid, pos, lost in s.execute(
            select(Stage.id, Stage.position, Stage.is_lost).where(Stage.pipeline_id == pipeline_id)
        ).all()
    }
    # The cohort rollup counts each deal under its reach stage: its current stage, or for a lost deal the
    # furthest open or won stage in its history (app/migrations/rollup_ddl.py).
    C = DealCohortDaily
    p = scope.period
    cohort = [C.pipeline_id == pipeline_id, C.day >= p.start, C.day < p.end]
    if scope.owner_ids:
        cohort.append(C.owner_id.in_(scope.owner_ids))
    by_pos: dict[int, int] = defaultdict(int)
    total = 0
    for reach, n in s.execute(
        select(C.reach_stage_id, func.sum(C.deals)).where(*cohort).group_by(C.reach_stage_id)
    ).all():
        total += int(n)
        pos = stage_pos.get(reach)
        if pos is not None:
            by_pos[pos] += int(n)

    out: list[FunnelRow] = []
    previous: int | None = None
    for i, (name, position) in enumerate(stages):
        # Every deal entered the pipeline, so the first stage counts the whole cohort (a deal lost
        # without any recorded move has no open stage to show).
        n = total if i == 0 else sum(c for pos, c in by_pos.items() if pos >= position)
        out.append(FunnelRow(name, n, ratio(n, previous) if previous is not None else None))
        previous = n
    return out
