"""The metrics service: every KPI of the dashboard and `rapport kpis`, computed with SQL aggregates.

One module per KPI family (sales, customers); the formulas are written down in docs/metrics.md.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, Deal, Stage, User
from app.services.core import guard
from app.services.core.uow import UnitOfWorkFactory
from app.services.metrics import customers, drill, sales
from app.services.metrics.customers import LeadSummary, Nps, Retention, SourceRow
from app.services.metrics.sales import ClosedSummary, FunnelRow, MonthRow, StageRow
from app.services.metrics.scope import Period, Scope, money, month_of

__all__ = ["DealLine", "Headline", "Kpis", "MetricsService", "Period", "Scope", "as_dict"]

NO_OWNER = uuid.UUID(int=0)  # an owner nobody is: a rep asking for another team's figures gets none
WORKERS = 2  # threads (and connections) per KPI request: the cores of a modest laptop


@dataclass(frozen=True)
class Headline:
    """The KPI tiles: cheap enough to compute again for the previous period."""

    closed: ClosedSummary
    leads: LeadSummary
    retention: Retention
    nps: Nps


@dataclass(frozen=True)
class Kpis:
    scope: Scope
    headline: Headline
    previous: Headline | None
    open_pipeline: tuple[StageRow, ...]
    months: tuple[MonthRow, ...]
    funnel: tuple[FunnelRow, ...]
    sources: tuple[SourceRow, ...]
    activities: tuple[tuple[str, int], ...]
    lifetime_value: Decimal | None
    annual_contract_value: Decimal | None

    @property
    def pipeline_value(self) -> Decimal:
        return sum((r.value for r in self.open_pipeline), start=money(0, self.scope.currency))

    @property
    def weighted_forecast(self) -> Decimal:
        return sum((r.weighted for r in self.open_pipeline), start=money(0, self.scope.currency))


@dataclass(frozen=True)
class DealLine:
    id: uuid.UUID
    name: str
    account: str
    stage: str
    owner: str
    amount: Decimal
    currency: str
    closed_at: datetime | None


class MetricsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def kpis(self, scope: Scope, compare: bool = True) -> Kpis:
        """Every KPI for the scope; with `compare`, the headline of the previous period as well.

        The KPI families are independent reads, so they run at once on `WORKERS` threads, each on its own
        connection (SQLite and the PostgreSQL driver release the GIL while a query runs), the costliest
        first: on two cores the answer comes in about half the time of one sequential pass."""
        scope = self._visible(scope)
        before = scope.shifted(scope.period.previous()) if compare and scope.period.days else None
        periods = [scope.period] + ([before.period] if before else [])

        def book(s: Session) -> tuple[list[Retention], Decimal | None]:
            retention, n_customers = customers.retention(
                s, customers.customer_book(scope, s.get_bind().dialect.name), periods
            )
            return retention, customers.lifetime_value(s, scope, n_customers)

        def previous(s: Session) -> tuple[Nps, tuple[ClosedSummary, LeadSummary, Nps] | None]:
            nps = customers.nps(s, scope)
            if before is None:
                return nps, None
            return nps, (
                sales.closed_by_month(s, before)[0],
                customers.lead_summary(s, before),
                customers.nps(s, before),
            )

        # Costliest first (measured at 1,000,000 deals, docs/benchmarks.md).
        reads: dict[str, Callable[[Session], Any]] = {
            "acv": lambda s: customers.annual_contract_value(s, scope),
            "months": lambda s: sales.by_month(s, scope),
            "activities": lambda s: customers.activities_by_owner(s, scope),
            "book": book,
            "sources": lambda s: customers.leads_by_source(s, scope),
            "funnel": lambda s: sales.funnel(s, scope),
            "previous": previous,
            "pipeline": lambda s: sales.pipeline_by_stage(s, scope),
        }
        with ThreadPoolExecutor(WORKERS, thread_name_prefix="kpis") as pool:
            futures = {name: pool.submit(self._read, fn) for name, fn in reads.items()}
            r = {name: f.result() for name, f in futures.items()}
        retention, clv = r["book"]
        closed, months = r["months"]
        leads, sources = r["sources"]
        nps, earlier = r["previous"]
        headline = Headline(closed, leads, retention[0], nps)
        prior = Headline(earlier[0], earlier[1], retention[1], earlier[2]) if earlier else None
        return Kpis(
            scope,
            headline,
            prior,
            tuple(r["pipeline"]),
            tuple(months),
            tuple(r["funnel"]),
            tuple(sources),
            tuple(r["activities"]),
            clv,
            r["acv"],
        )

    def _read(self, fn: Callable[[Session], Any]) -> Any:
        with self.uow.read() as s:
            return fn(s)

    def _visible(self, scope: Scope) -> Scope:
        """The scope narrowed to the owners the signed-in user sees (a rep: their team's figures)."""
        with self.uow.read() as s:
            seen = guard.visible_owners(s)
        if seen is None:
            return scope
        wanted = [o for o in scope.owner_ids if o in seen] if scope.owner_ids else seen
        return replace(scope, owner_ids=tuple(wanted) or (NO_OWNER,))

    def currencies(self) -> list[str]:
        """Currencies of live deals, most deals first."""
        with self.uow.read() as s:
            return sales.currencies(s)

    def deals(
        self, scope: Scope, stage: str | None = None, month: str | None = None, limit: int = 1000
    ) -> list[DealLine]:
        """The deals behind a bar: open deals in `stage`, or deals won in `month` ('YYYY-MM')."""
        scope = self._visible(scope)
        with self.uow.read() as s:
            stmt = (
                select(
                    Deal.id,
                    Deal.name,
                    func.coalesce(Account.name, ""),
                    Stage.name,
                    func.coalesce(User.name, ""),
                    Deal.amount_minor,
                    Deal.currency,
                    Deal.closed_at,
                )
                .join(Stage, Stage.id == Deal.stage_id)
                .outerjoin(Account, Account.id == Deal.account_id)
                .outerjoin(User, User.id == Deal.owner_id)
            )
            if month is not None:
                stmt = stmt.where(*sales.closed_in(scope), Stage.is_won, month_of(s, Deal.closed_at) == month)
            else:
                stmt = stmt.where(
                    *sales.deal_filters(scope), Stage.is_won.is_(False), Stage.is_lost.is_(False)
                )
                if stage is not None:
                    stmt = stmt.where(Stage.name == stage)
            rows = s.execute(stmt.order_by(Deal.amount_minor.desc(), Deal.id).limit(limit)).all()
        return [DealLine(i, n, a, st, o, money(m, c), c, at) for i, n, a, st, o, m, c, at in rows]

    def leads(self, scope: Scope, source: str, limit: int = 1000) -> list[drill.LeadLine]:
        """The leads behind a bar of the sources chart."""
        scope = self._visible(scope)
        with self.uow.read() as s:
            return drill.leads(s, scope, source, limit)

    def activities(self, scope: Scope, owner: str, limit: int = 1000) -> list[drill.ActivityLine]:
        """The activities behind a bar of the activities chart (`owner` is a name, '' for none)."""
        scope = self._visible(scope)
        with self.uow.read() as s:
            return drill.activities(s, scope, owner, limit)


def as_dict(value: Any) -> Any:
    """A KPI result as JSON-ready data: Decimal as a string, dates ISO, computed rates included."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: as_dict(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name, attr in vars(type(value)).items():
            if isinstance(attr, property):
                out[name] = as_dict(getattr(value, name))
        return out
    if isinstance(value, tuple | list):
        return [as_dict(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, float):
        return round(value, 6)
    return value
