"""The pipeline board's reads: pipelines and stages, the cards of each column and the column totals.

Won and Lost columns show the deals closed in the last CLOSED_WINDOW_DAYS only: they are drop targets,
not archives. `DealsService` (deals.py) serves these reads and moves the cards.

A card is stale when its open deal has had neither a stage move nor an activity for the board's stale
days AND nothing is planned on it (an open task, call or meeting due later): a deal with its next step
booked is being worked, however long ago the last call was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.models import Account, Activity, Deal, Pipeline, Stage, User, utcnow
from app.models.money import from_minor
from app.services.core import guard, settings_store
from app.services.core.errors import NotFoundError

AnySelect = Select[*tuple[Any, ...]]
CLOSED_WINDOW_DAYS = 30
BOARD_SETTING = "board"
DEFAULT_STALE_DAYS = 14


@dataclass(frozen=True)
class StageRef:
    id: uuid.UUID
    name: str
    position: int
    probability: int
    is_won: bool
    is_lost: bool

    @property
    def is_closed(self) -> bool:
        return self.is_won or self.is_lost


@dataclass(frozen=True)
class PipelineRef:
    id: uuid.UUID
    name: str
    is_default: bool
    stages: tuple[StageRef, ...]

    def stage(self, stage_id: uuid.UUID) -> StageRef:
        return next(s for s in self.stages if s.id == stage_id)


@dataclass(frozen=True)
class Card:
    """One deal as the board shows it."""

    id: uuid.UUID
    version: int
    name: str
    account: str
    amount: Decimal
    currency: str
    expected_close: date | None
    owner: str
    stage_id: uuid.UUID
    position: int
    days_in_stage: int
    stale: bool


@dataclass(frozen=True)
class ColumnTotal:
    count: int = 0
    totals: tuple[tuple[str, Decimal], ...] = ()  # (currency, amount), biggest first
    weighted: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True)
class BoardQuery:
    pipeline_id: uuid.UUID
    owner_id: uuid.UUID | None = None
    search: str = ""


@dataclass(frozen=True)
class Board:
    pipeline: PipelineRef
    cards: dict[uuid.UUID, tuple[Card, ...]]  # stage id -> cards in column order
    totals: dict[uuid.UUID, ColumnTotal]
    stale_days: int


# --- pipelines ------------------------------------------------------------------------------------
def pipeline_refs(session: Session) -> list[PipelineRef]:
    pipelines = session.execute(
        select(Pipeline.id, Pipeline.name, Pipeline.is_default)
        .where(Pipeline.deleted_at.is_(None))
        .order_by(Pipeline.position, Pipeline.name)
    ).all()
    stages = session.execute(
        select(
            Stage.pipeline_id,
            Stage.id,
            Stage.name,
            Stage.position,
            Stage.probability,
            Stage.is_won,
            Stage.is_lost,
        )
        .where(Stage.deleted_at.is_(None))
        .order_by(Stage.position)
    ).all()
    return [
        PipelineRef(p.id, p.name, p.is_default, tuple(StageRef(*s[1:]) for s in stages if s[0] == p.id))
        for p in pipelines
    ]


def stale_days(session: Session) -> int:
    stored = settings_store.load(session, BOARD_SETTING) or {}
    return int(stored.get("stale_days", DEFAULT_STALE_DAYS))


def first_open_stage(pipeline: PipelineRef) -> StageRef:
    return next(s for s in pipeline.stages if not s.is_closed)


# --- the board ------------------------------------------------------------------------------------
def _filtered(session: Session, stmt: AnySelect, query: BoardQuery, now: datetime) -> AnySelect:
    cutoff = now - timedelta(days=CLOSED_WINDOW_DAYS)
    stmt = stmt.where(
        Deal.pipeline_id == query.pipeline_id,
        Deal.deleted_at.is_(None),
        or_(Deal.closed_at.is_(None), Deal.closed_at >= cutoff),
    )
    if query.owner_id:
        stmt = stmt.where(Deal.owner_id == query.owner_id)
    seen = guard.visible(session, "deal", Deal)  # the signed-in user's deals only (access package)
    if seen is not None:
        stmt = stmt.where(seen)
    for word in query.search.split():
        pattern = f"%{word.replace('%', '').replace('_', '')}%"
        stmt = stmt.where(or_(Deal.name.ilike(pattern), Account.name.ilike(pattern)))
    return stmt


def column_totals(session: Session, query: BoardQuery, pipeline: PipelineRef) -> dict[uuid.UUID, ColumnTotal]:
    """Count, total and probability-weighted total of every column: one aggregate over the pipeline."""
    stmt: AnySelect = select(
        Deal.stage_id, Deal.currency, func.count(), func.sum(Deal.amount_minor)
    ).select_from(Deal)
    if query.search.strip():
        stmt = stmt.outerjoin(Account, Account.id == Deal.account_id)
    stmt = _filtered(session, stmt, query, utcnow()).group_by(Deal.stage_id, Deal.currency)
    sums: dict[uuid.UUID, list[tuple[str, int, int]]] = {}
    for stage_id, currency, count, minor in session.execute(stmt):
        sums.setdefault(stage_id, []).append((currency, int(count), int(minor or 0)))
    out = {}
    for stage in pipeline.stages:
        rows = sorted(sums.get(stage.id, []), key=lambda r: -r[2])
        out[stage.id] = ColumnTotal(
            count=sum(r[1] for r in rows),
            totals=tuple((c, from_minor(m, c)) for c, _n, m in rows),
            weighted=tuple((c, from_minor(m * stage.probability // 100, c)) for c, _n, m in rows),
        )
    return out


def _card_select(now: datetime) -> AnySelect:
    last_activity = (
        select(func.max(Activity.occurred_at))
        .where(Activity.deal_id == Deal.id, Activity.deleted_at.is_(None), Activity.occurred_at <= now)
        .scalar_subquery()
    )
    planned = (
        select(Activity.id)
        .where(
            Activity.deal_id == Deal.id,
            Activity.deleted_at.is_(None),
            Activity.done_at.is_(None),
            func.coalesce(Activity.due_at, Activity.start_at) > now,
        )
        .exists()
    )
    return (
        select(
            Deal.id,
            Deal.version,
            Deal.name,
            func.coalesce(Account.name, ""),
            Deal.amount_minor,
            Deal.currency,
            Deal.expected_close,
            func.coalesce(User.name, ""),
            Deal.stage_id,
            Deal.position,
            func.coalesce(Deal.stage_entered_at, Deal.created_at),
            last_activity,
            Deal.closed_at,
            planned,
        )
        .select_from(Deal)
        .outerjoin(Account, Account.id == Deal.account_id)
        .outerjoin(User, User.id == Deal.owner_id)
    )


def _card(row: Any, now: datetime, stale_after: int) -> Card:
    (
        deal_id,
        version,
        name,
        account,
        minor,
        currency,
        expected,
        owner,
        stage_id,
        position,
        entered,
        last,
        closed,
        planned,
    ) = row
    entered = _aware(entered)
    quiet_since = max(entered, _aware(last)) if last is not None else entered
    return Card(
        deal_id,
        version,
        name,
        account,
        from_minor(minor, currency),
        currency,
        expected,
        owner,
        stage_id,
        position,
        max(0, (now - entered).days),
        closed is None and (now - quiet_since).days >= stale_after and not planned,
    )


def _aware(when: datetime) -> datetime:
    """SQLite hands back naive UTC from expressions (coalesce, max) that skip the column type."""
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    return when if when.tzinfo else when.replace(tzinfo=utcnow().tzinfo)


def load_card(session: Session, deal_id: uuid.UUID) -> Card:
    now = utcnow()
    row = session.execute(_card_select(now).where(Deal.id == deal_id)).one()
    return _card(row, now, stale_days(session))


def pipeline_of(session: Session, query: BoardQuery) -> PipelineRef:
    pipeline = next((p for p in pipeline_refs(session) if p.id == query.pipeline_id), None)
    if pipeline is None:
        raise NotFoundError("pipeline", query.pipeline_id)
    return pipeline


def read_board(session: Session, query: BoardQuery) -> Board:
    """Every card of the query's pipeline in column order, with the column totals."""
    now = utcnow()
    pipeline = pipeline_of(session, query)
    stale_after = stale_days(session)
    stmt = _filtered(session, _card_select(now), query, now).order_by(Deal.stage_id, Deal.position, Deal.id)
    columns: dict[uuid.UUID, list[Card]] = {s.id: [] for s in pipeline.stages}
    for row in session.execute(stmt):
        columns.setdefault(row[8], []).append(_card(row, now, stale_after))
    totals = column_totals(session, query, pipeline)
    return Board(pipeline, {k: tuple(v) for k, v in columns.items()}, totals, stale_after)
