"""Deals on the pipeline board: pipelines and stages, the board's cards and column totals, moving a card.

A card's place in its column is `position` (sparse integers, GAP apart, so a drop between two cards
usually writes one row). When two neighbours leave no room the column is renumbered. Won and Lost
columns show the deals closed in the last CLOSED_WINDOW_DAYS only: they are drop targets, not archives.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, bindparam, delete, func, or_, select, tuple_, update
from sqlalchemy.orm import Session

from app.models import Account, Activity, Deal, DealStageHistory, Pipeline, Stage, User, utcnow, uuid7
from app.models.money import from_minor, to_minor
from app.services.core import settings_store, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.sales.deal_input import LIST, DealDetail, DealInput, check_links, deal_detail
from app.services.sales.deal_input import validate as validate_deal

ENTITY = "deal"
GAP = 1024
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


@dataclass(frozen=True)
class MoveResult:
    """What a move did, enough to revert it exactly."""

    card: Card
    from_stage_id: uuid.UUID
    before: dict[str, Any] = field(default_factory=dict)  # the fields the move overwrote
    history_id: uuid.UUID | None = None
    renumbered: bool = False


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
def _filtered(stmt: AnySelect, query: BoardQuery, now: datetime) -> AnySelect:
    cutoff = now - timedelta(days=CLOSED_WINDOW_DAYS)
    stmt = stmt.where(
        Deal.pipeline_id == query.pipeline_id,
        Deal.deleted_at.is_(None),
        or_(Deal.closed_at.is_(None), Deal.closed_at >= cutoff),
    )
    if query.owner_id:
        stmt = stmt.where(Deal.owner_id == query.owner_id)
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
    stmt = _filtered(stmt, query, utcnow()).group_by(Deal.stage_id, Deal.currency)
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
        closed is None and (now - quiet_since).days >= stale_after,
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


class DealsService(RecordService[DealInput, DealDetail]):
    """Deals: the editor's create/edit/trash/restore (RecordService) and the board's reads and moves."""

    model = Deal
    entity = ENTITY
    listing = LIST

    # --- the RecordService hooks ---------------------------------------------------------------------
    def validate(self, data: DealInput) -> dict[str, Any]:
        return validate_deal(data)

    def detail(self, session: Session, obj: Deal) -> DealDetail:
        return deal_detail(session, obj)

    def _validated(self, work: Work, data: DealInput, obj: Any) -> dict[str, Any]:
        """The fields, custom values and links checked together: one error names every bad field."""
        errors: list[FieldError] = []
        try:
            values = super()._validated(work, data, obj)
        except ValidationError as exc:
            errors, values = list(exc.errors), {}
        errors.extend(check_links(work.session, data, obj.stage_id if obj is not None else None))
        if errors:
            raise ValidationError(errors)
        stage = work.session.get(Stage, values["stage_id"])
        if stage is not None and not stage.is_lost:
            values["lost_reason"] = ""
        return values

    def insert(self, work: Work, values: dict[str, Any], record_id: uuid.UUID | None) -> Deal:
        """A new deal goes at the end of its column with its first stage-history entry (`new_deal`)."""
        stage = work.session.get(Stage, values["stage_id"])
        if stage is not None and (stage.is_won or stage.is_lost):
            values["closed_at"] = utcnow()
        return new_deal(work, values, record_id)

    def after_write(self, work: Work, obj: Deal, data: DealInput, before: dict[str, Any]) -> None:
        """An edit that changed the stage enters it as a move to the end of the column would."""
        old_stage = before.get("stage_id")
        if old_stage is None or old_stage == obj.stage_id:
            return
        stage = work.session.get(Stage, obj.stage_id)
        assert stage is not None  # checked by check_links
        position, _ = _position(work.session, obj, stage.id, None)
        values, _history = _enter_stage(work, obj, old_stage, stage, obj.lost_reason)
        writes.apply_fields(work, obj, ENTITY, {**values, "position": position})

    def pipelines(self) -> list[PipelineRef]:
        with self.uow.read() as session:
            return pipeline_refs(session)

    def for_account(self, account_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """The account's live deals as (id, "name · stage"), newest first: for pickers."""
        with self.uow.read() as session:
            rows = session.execute(
                select(Deal.id, Deal.name, Stage.name)
                .join(Stage, Stage.id == Deal.stage_id)
                .where(Deal.account_id == account_id, Deal.deleted_at.is_(None))
                .order_by(Deal.created_at.desc())
            ).all()
        return [(r[0], f"{r[1]} · {r[2]}") for r in rows]

    def board(self, query: BoardQuery) -> Board:
        now = utcnow()
        with self.uow.read() as session:
            pipeline = next((p for p in pipeline_refs(session) if p.id == query.pipeline_id), None)
            if pipeline is None:
                raise NotFoundError("pipeline", query.pipeline_id)
            stale_after = stale_days(session)
            stmt = _filtered(_card_select(now), query, now).order_by(Deal.stage_id, Deal.position, Deal.id)
            columns: dict[uuid.UUID, list[Card]] = {s.id: [] for s in pipeline.stages}
            for row in session.execute(stmt):
                columns.setdefault(row[8], []).append(_card(row, now, stale_after))
            totals = column_totals(session, query, pipeline)
        return Board(pipeline, {k: tuple(v) for k, v in columns.items()}, totals, stale_after)

    def totals(self, query: BoardQuery) -> dict[uuid.UUID, ColumnTotal]:
        with self.uow.read() as session:
            pipeline = next(p for p in pipeline_refs(session) if p.id == query.pipeline_id)
            return column_totals(session, query, pipeline)

    def set_stale_days(self, days: int) -> Outcome[int]:
        if not 1 <= days <= 365:
            raise ValidationError(FieldError("stale_days", "must be between 1 and 365 days"))
        with self.uow() as work:
            settings_store.store(work, BOARD_SETTING, {"stale_days": days})
        return Outcome(days, work.changes)

    def move(
        self,
        deal_id: uuid.UUID,
        stage_id: uuid.UUID,
        before_id: uuid.UUID | None = None,
        expected_version: int | None = None,
        won_amount: Decimal | None = None,
        lost_reason: str | None = None,
    ) -> Outcome[MoveResult]:
        """Put a deal in a stage, in front of `before_id` (None: at the end); record the stage change.

        Entering a won stage closes the deal (with `won_amount` if given); entering a lost stage needs
        `lost_reason`; leaving a closed stage reopens it.
        """
        with self.uow() as work:
            s = work.session
            deal = writes.get_live(s, Deal, deal_id, ENTITY)
            writes.check_version(deal, expected_version)
            stage = s.get(Stage, stage_id)
            if stage is None or stage.deleted_at is not None or stage.pipeline_id != deal.pipeline_id:
                raise ValidationError(FieldError("stage", "that stage is not in this deal's pipeline"))
            if stage.is_lost and deal.stage_id != stage.id and not (lost_reason or "").strip():
                raise ValidationError(FieldError("lost_reason", "say why the deal was lost"))
            snapshot = {
                k: getattr(deal, k)
                for k in ("position", "amount_minor", "closed_at", "lost_reason", "stage_entered_at")
            }
            position, renumbered = _position(s, deal, stage_id, before_id)
            values: dict[str, Any] = {"stage_id": stage_id, "position": position}
            history_id = None
            if deal.stage_id != stage_id:
                if stage.is_won and won_amount is not None:
                    if won_amount < 0:
                        raise ValidationError(FieldError("amount", "cannot be negative"))
                    values["amount_minor"] = to_minor(won_amount, deal.currency)
                entered, history_id = _enter_stage(work, deal, deal.stage_id, stage, lost_reason)
                values.update(entered)
            from_stage = deal.stage_id
            writes.apply_fields(work, deal, ENTITY, values)
            s.flush()
            card = load_card(s, deal.id)
        return Outcome(MoveResult(card, from_stage, snapshot, history_id, renumbered), work.changes)

    def revert_move(self, result: MoveResult) -> Outcome[Card]:
        """Undo a move: the deal's stage, place and closing fields as they were; its history entry goes."""
        with self.uow() as work:
            s = work.session
            deal = writes.get_live(s, Deal, result.card.id, ENTITY)
            # Later moves of the same deal were undone first (the undo stack is linear), so its version
            # moved on; what must hold is that it still sits where this move put it.
            if deal.stage_id != result.card.stage_id:
                raise ConflictError("This deal was moved elsewhere since; reload the board and try again.")
            writes.apply_fields(work, deal, ENTITY, {"stage_id": result.from_stage_id, **result.before})
            if result.history_id is not None:
                s.execute(delete(DealStageHistory).where(DealStageHistory.id == result.history_id))
                work.audit(ENTITY, deal.id, "update", "stage_history", str(result.history_id), None)
            s.flush()
            card = load_card(s, deal.id)
        return Outcome(card, work.changes)


def _enter_stage(
    work: Work, deal: Deal, from_stage_id: uuid.UUID, stage: Stage, lost_reason: str | None
) -> tuple[dict[str, Any], uuid.UUID]:
    """The fields a deal entering another stage gets (closed or reopened), and its stage-history entry."""
    now = utcnow()
    values = {
        "stage_entered_at": now,
        "closed_at": now if stage.is_won or stage.is_lost else None,
        "lost_reason": (lost_reason or "").strip() if stage.is_lost else "",
    }
    entry = DealStageHistory(
        id=uuid7(),
        deal_id=deal.id,
        from_stage_id=from_stage_id,
        to_stage_id=stage.id,
        changed_at=now,
        changed_by_id=work.user_id,
    )
    work.session.add(entry)
    return values, entry.id


def _position(s: Session, deal: Deal, stage_id: uuid.UUID, before_id: uuid.UUID | None) -> tuple[int, bool]:
    """A free position in front of `before_id` (or at the end), renumbering the column if there is none."""
    others = and_(Deal.stage_id == stage_id, Deal.id != deal.id, Deal.deleted_at.is_(None))
    if before_id is None:
        last = s.scalar(select(func.max(Deal.position)).where(others))
        return (0 if last is None else last + GAP), False
    before = s.execute(select(Deal.position, Deal.id).where(Deal.id == before_id, others)).first()
    if before is None:
        raise ValidationError(FieldError("position", "the card to drop in front of is not in that column"))
    key = tuple_(Deal.position, Deal.id)
    previous = s.scalar(
        select(Deal.position)
        .where(others, key < tuple_(*before))
        .order_by(Deal.position.desc(), Deal.id.desc())
        .limit(1)
    )
    if previous is None:
        return before[0] - GAP, False
    if before[0] - previous >= 2:
        return (previous + before[0]) // 2, False
    return _renumber(s, stage_id, deal.id, before_id), True


def _renumber(s: Session, stage_id: uuid.UUID, moving: uuid.UUID, before_id: uuid.UUID) -> int:
    """Spread a column's positions GAP apart (layout only: no version bump) and return the moving card's."""
    ids: Sequence[uuid.UUID] = s.scalars(
        select(Deal.id)
        .where(Deal.stage_id == stage_id, Deal.id != moving, Deal.deleted_at.is_(None))
        .order_by(Deal.position, Deal.id)
    ).all()
    rows, mine = [], 0
    for i, deal_id in enumerate(ids):
        if deal_id == before_id:
            mine = i * GAP + GAP // 2
        rows.append({"deal_id": deal_id, "new_position": (i + 1) * GAP})
    table: Any = Deal.__table__
    stmt = update(table).where(table.c.id == bindparam("deal_id")).values(position=bindparam("new_position"))
    s.connection().execute(stmt, rows)
    return mine


def new_deal(work: Work, values: dict[str, Any], record_id: uuid.UUID | None = None) -> Deal:
    """Insert a deal at the end of its column with its first stage-history entry."""
    s = work.session
    last = s.scalar(
        select(func.max(Deal.position)).where(Deal.stage_id == values["stage_id"], Deal.deleted_at.is_(None))
    )
    now = utcnow()
    deal = Deal(**({"id": record_id} if record_id else {}), **values)
    deal.position = 0 if last is None else last + GAP
    deal.stage_entered_at = values.get("stage_entered_at") or now
    writes.create(work, deal, ENTITY)
    s.add(
        DealStageHistory(
            deal_id=deal.id,
            from_stage_id=None,
            to_stage_id=deal.stage_id,
            changed_at=deal.stage_entered_at,
            changed_by_id=work.user_id,
        )
    )
    work.changed(ENTITY, ChangeKind.CREATED, [deal.id])
    return deal
