"""Deals: the deal editor's writes and moving a card on the pipeline board (the board's reads: board.py).

A card's place in its column is `position` (sparse integers, GAP apart, so a drop between two cards
usually writes one row). When two neighbours leave no room the column is renumbered.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, select, tuple_, update
from sqlalchemy.orm import Session

from app.models import Deal, DealStageHistory, Stage, utcnow, uuid7
from app.models.money import to_minor
from app.services.core import settings_store, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import ConflictError, FieldError, ValidationError
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.sales.board import (
    BOARD_SETTING,
    Board,
    BoardQuery,
    Card,
    ColumnTotal,
    PipelineRef,
    column_totals,
    load_card,
    pipeline_of,
    pipeline_refs,
    read_board,
)
from app.services.sales.deal_input import LIST, DealDetail, DealInput, check_links, deal_detail
from app.services.sales.deal_input import validate as validate_deal
from app.services.sales.deal_lines import (
    MAX_MINOR,
    DealLineInput,
    clean_lines,
    lines_differ,
    net_total_minor,
    stored_inputs,
    stored_lines,
    write_lines,
)

ENTITY = "deal"
GAP = 1024


@dataclass(frozen=True)
class MoveResult:
    """What a move did, enough to revert it exactly."""

    card: Card
    from_stage_id: uuid.UUID
    before: dict[str, Any] = field(default_factory=dict)  # the fields the move overwrote
    history_id: uuid.UUID | None = None
    renumbered: bool = False
    totals: dict[uuid.UUID, ColumnTotal] | None = None  # the board's columns after it, if a query was given


@dataclass(frozen=True)
class Reverted:
    """The card after an undone move, and the board's column totals if a query was given."""

    card: Card
    totals: dict[uuid.UUID, ColumnTotal] | None = None


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
        lines = data.lines if data.lines is not None or obj is None else stored_inputs(work.session, obj)
        cleaned, line_errors = clean_lines(
            work.session, lines or (), values.get("currency", "EUR"), obj.id if obj is not None else None
        )
        errors.extend(line_errors)
        if errors:
            raise ValidationError(errors)
        if cleaned:  # a deal with product lines is worth their net total
            values["amount_minor"] = net_total_minor(cleaned, values["currency"])
        stage = work.session.get(Stage, values["stage_id"])
        if stage is not None and not stage.is_lost:
            values["lost_reason"] = ""
        if obj is not None and lines_differ(work.session, obj.id, cleaned):
            # Dirty the deal last, with no query after it before its fields are set: the fields and the
            # lines are then flushed as one update, one version step.
            obj.updated_at = utcnow()
        return values

    def insert(self, work: Work, values: dict[str, Any], record_id: uuid.UUID | None) -> Deal:
        """A new deal goes at the end of its column with its first stage-history entry (`new_deal`)."""
        stage = work.session.get(Stage, values["stage_id"])
        if stage is not None and (stage.is_won or stage.is_lost):
            values["closed_at"] = utcnow()
        return new_deal(work, values, record_id)

    def after_write(self, work: Work, obj: Deal, data: DealInput, before: dict[str, Any]) -> None:
        """The product lines are written with the deal; an edit that changed the stage enters it as a move
        to the end of the column would."""
        lines = data.lines
        if lines is None and before and before.get("currency") != obj.currency:
            lines = stored_inputs(work.session, obj)  # the same prices, now in the new currency
        if lines is not None:
            write_lines(work, obj, lines, touch=False)  # dirtied in _validated (a new deal: version 1)
        old_stage = before.get("stage_id")
        if old_stage is None or old_stage == obj.stage_id:
            return
        stage = work.session.get(Stage, obj.stage_id)
        assert stage is not None  # checked by check_links
        position, _ = _position(work.session, obj, stage.id, None)
        values, _history = _enter_stage(work, obj, old_stage, stage, obj.lost_reason)
        writes.apply_fields(work, obj, ENTITY, {**values, "position": position})

    def set_lines(
        self, deal_id: uuid.UUID, lines: Sequence[DealLineInput], expected_version: int | None = None
    ) -> Outcome[DealDetail]:
        """Replace a deal's product lines (its amount follows their net total), in one unit of work."""
        with self.uow() as work:
            deal = writes.get_live(work.session, Deal, deal_id, ENTITY)
            writes.check_version(deal, expected_version)
            write_lines(work, deal, lines)
            work.session.flush()
            detail = deal_detail(work.session, deal)
        return Outcome(detail, work.changes)

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
        with self.uow.read() as session:
            return read_board(session, query)

    def totals(self, query: BoardQuery) -> dict[uuid.UUID, ColumnTotal]:
        with self.uow.read() as session:
            return column_totals(session, query, pipeline_of(session, query))

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
        *,
        query: BoardQuery | None = None,
    ) -> Outcome[MoveResult]:
        """Put a deal in a stage, in front of `before_id` (None: at the end); record the stage change.

        Entering a won stage closes the deal (with `won_amount` if given); entering a lost stage needs
        `lost_reason`; leaving a closed stage reopens it. Given the board's `query`, the result carries
        its column totals read in the same transaction (the board needs no second round trip).
        """
        with self.uow() as work:
            s = work.session
            deal = writes.get_live(s, Deal, deal_id, ENTITY, "edit")
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
                    won_minor = to_minor(won_amount, deal.currency)
                    if won_minor > MAX_MINOR:
                        raise ValidationError(FieldError("amount", "is too large for a deal"))
                    if won_minor != deal.amount_minor and stored_lines(s, deal.id):
                        raise ValidationError(
                            FieldError(
                                "amount",
                                "this deal is worth the total of its product lines; change the lines in"
                                " the deal editor",
                            )
                        )
                    values["amount_minor"] = won_minor
                entered, history_id = _enter_stage(work, deal, deal.stage_id, stage, lost_reason)
                values.update(entered)
            from_stage = deal.stage_id
            writes.apply_fields(work, deal, ENTITY, values)
            s.flush()
            card = load_card(s, deal.id)
            totals = _totals(s, query)
        return Outcome(MoveResult(card, from_stage, snapshot, history_id, renumbered, totals), work.changes)

    def revert_move(self, result: MoveResult, *, query: BoardQuery | None = None) -> Outcome[Reverted]:
        """Undo a move: the deal's stage, place and closing fields as they were; its history entry goes.

        Given the board's `query`, the result carries its column totals, as `move` does.
        """
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
            totals = _totals(s, query)
        return Outcome(Reverted(card, totals), work.changes)


def _totals(s: Session, query: BoardQuery | None) -> dict[uuid.UUID, ColumnTotal] | None:
    """The query's column totals as this transaction sees them (after the flush: the move included)."""
    return column_totals(s, query, pipeline_of(s, query)) if query is not None else None


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
