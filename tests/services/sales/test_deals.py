"""The pipeline board's service: cards and totals, moving (stage history, won/lost, order) and reverting."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Activity, ActivityKind, Deal, DealStageHistory, Pipeline, Stage, utcnow
from app.services.core.errors import ConflictError, ValidationError
from app.services.sales.board import BoardQuery
from app.services.sales.deals import GAP


def _setup(ctx, n=3):
    now = utcnow()
    with ctx.sessions.begin() as s:
        p = Pipeline(name="Sales", is_default=True)
        s.add(p)
        s.flush()
        stages = []
        for i, (name, prob, won, lost) in enumerate(
            [
                ("Qualification", 10, False, False),
                ("Proposal", 50, False, False),
                ("Won", 100, True, False),
                ("Lost", 0, False, True),
            ]
        ):
            st = Stage(pipeline_id=p.id, name=name, position=i, probability=prob, is_won=won, is_lost=lost)
            s.add(st)
            stages.append(st)
        s.flush()
        deals = []
        for i in range(n):
            d = Deal(
                name=f"Deal {i}",
                pipeline_id=p.id,
                stage_id=stages[0].id,
                amount_minor=(i + 1) * 100000,
                currency="EUR",
                position=i * GAP,
                stage_entered_at=now - timedelta(days=20),
            )
            s.add(d)
            deals.append(d)
        s.flush()
        s.add(
            Activity(
                kind=ActivityKind.CALL, subject="c", deal_id=deals[0].id, occurred_at=now - timedelta(days=1)
            )
        )
        return p.id, [st.id for st in stages], [d.id for d in deals]


def test_a_quiet_deal_with_its_next_step_planned_is_not_stale(ctx):
    pipeline, stages, deals = _setup(ctx)
    now = utcnow()
    with ctx.sessions.begin() as s:
        later = now + timedelta(days=3)
        s.add(
            Activity(
                kind=ActivityKind.MEETING, subject="Demo", deal_id=deals[1], occurred_at=later, start_at=later
            )
        )
        s.add(  # done long ago although it was due later: not a planned next step
            Activity(
                kind=ActivityKind.TASK,
                subject="Done",
                deal_id=deals[2],
                occurred_at=now - timedelta(days=30),
                due_at=later,
                done_at=now - timedelta(days=30),
            )
        )
    cards = ctx.deals.board(BoardQuery(pipeline)).cards[stages[0]]
    assert [(c.name, c.stale) for c in cards] == [("Deal 0", False), ("Deal 1", False), ("Deal 2", True)]
    assert cards[1].days_in_stage == 20  # still quiet for 20 days: only the warning changed


def _history(ctx, deal_id):
    with ctx.sessions() as s:
        return s.scalar(
            select(func.count()).select_from(DealStageHistory).where(DealStageHistory.deal_id == deal_id)
        )


def test_board_cards_totals_and_staleness(ctx):
    pipeline, stages, _deals = _setup(ctx)
    board = ctx.deals.board(BoardQuery(pipeline))
    cards = board.cards[stages[0]]
    assert [c.name for c in cards] == ["Deal 0", "Deal 1", "Deal 2"]
    assert [c.stale for c in cards] == [False, True, True]  # only Deal 0 had recent activity
    assert cards[1].days_in_stage == 20 and cards[1].amount == Decimal("2000.00")
    total = board.totals[stages[0]]
    assert (total.count, total.totals, total.weighted) == (
        3,
        (("EUR", Decimal("6000.00")),),
        (("EUR", Decimal("600.00")),),
    )
    assert board.totals[stages[1]].count == 0
    assert [c.name for c in ctx.deals.board(BoardQuery(pipeline, search="deal 2")).cards[stages[0]]] == [
        "Deal 2"
    ]


def test_move_records_history_and_revert_restores(ctx):
    pipeline, stages, _deals = _setup(ctx)
    card = ctx.deals.board(BoardQuery(pipeline)).cards[stages[0]][1]
    outcome = ctx.deals.move(card.id, stages[1], None, card.version)
    assert outcome.changes.ids("deal") == {card.id}
    assert outcome.value.card.stage_id == stages[1] and outcome.value.card.days_in_stage == 0
    assert _history(ctx, card.id) == 1
    with ctx.sessions() as s:
        entry = s.scalar(select(DealStageHistory).where(DealStageHistory.deal_id == card.id))
        assert (entry.from_stage_id, entry.to_stage_id, entry.changed_by_id) == (
            stages[0],
            stages[1],
            ctx.current_user.id,
        )
    totals = ctx.deals.totals(BoardQuery(pipeline))
    assert (totals[stages[0]].count, totals[stages[1]].count) == (2, 1)
    assert totals[stages[1]].weighted == (("EUR", Decimal("1000.00")),)
    with pytest.raises(ConflictError):
        ctx.deals.move(card.id, stages[0], None, card.version)  # stale version
    ctx.deals.revert_move(outcome.value)
    assert _history(ctx, card.id) == 0
    after = ctx.deals.board(BoardQuery(pipeline)).cards[stages[0]]
    assert [c.name for c in after] == ["Deal 0", "Deal 1", "Deal 2"]


def test_won_sets_amount_and_closes_lost_needs_a_reason(ctx):
    _pipeline, stages, deals = _setup(ctx)
    with pytest.raises(ValidationError, match="lost"):
        ctx.deals.move(deals[0], stages[3])
    lost = ctx.deals.move(deals[0], stages[3], lost_reason="Price").value
    won = ctx.deals.move(deals[1], stages[2], won_amount=Decimal("2500")).value
    with ctx.sessions() as s:
        d0, d1 = s.get(Deal, deals[0]), s.get(Deal, deals[1])
        assert d0.lost_reason == "Price" and d0.closed_at is not None
        assert d1.amount_minor == 250000 and d1.closed_at is not None
    ctx.deals.revert_move(won)
    ctx.deals.revert_move(lost)
    with ctx.sessions() as s:
        d0, d1 = s.get(Deal, deals[0]), s.get(Deal, deals[1])
        assert (d0.closed_at, d0.lost_reason, d1.amount_minor) == (None, "", 200000)


def test_reorder_within_a_column_and_renumber_when_no_room(ctx):
    pipeline, stages, deals = _setup(ctx)
    ctx.deals.move(deals[2], stages[0], before_id=deals[0])
    names = [c.name for c in ctx.deals.board(BoardQuery(pipeline)).cards[stages[0]]]
    assert names == ["Deal 2", "Deal 0", "Deal 1"]
    with ctx.sessions.begin() as s:  # squeeze: no room between Deal 0 and Deal 1
        s.get(Deal, deals[0]).position = 5
        s.get(Deal, deals[1]).position = 6
    result = ctx.deals.move(deals[2], stages[0], before_id=deals[1]).value
    assert result.renumbered
    names = [c.name for c in ctx.deals.board(BoardQuery(pipeline)).cards[stages[0]]]
    assert names == ["Deal 0", "Deal 2", "Deal 1"]


def test_a_move_and_its_revert_return_the_boards_totals_as_totals_reads_them(ctx):
    pipeline, stages, deals = _setup(ctx, n=4)
    with ctx.sessions.begin() as s:  # a second currency and an owner, so the filtered query differs
        s.get(Deal, deals[3]).currency, s.get(Deal, deals[3]).amount_minor = "USD", 500000
        s.get(Deal, deals[1]).owner_id = ctx.current_user.id
    everything, mine = BoardQuery(pipeline), BoardQuery(pipeline, owner_id=ctx.current_user.id)
    moved = ctx.deals.move(deals[1], stages[1], query=everything).value
    assert moved.totals == ctx.deals.totals(everything)
    assert (moved.totals[stages[0]].count, moved.totals[stages[1]].count) == (3, 1)
    won = ctx.deals.move(deals[3], stages[2], won_amount=Decimal("7000"), query=mine).value
    assert won.totals == ctx.deals.totals(mine) and won.totals[stages[1]].count == 1
    assert won.totals[stages[2]].count == 0  # not the owner's deal: the filtered board leaves it out
    reverted = ctx.deals.revert_move(won, query=everything).value
    assert reverted.card.stage_id == stages[0]
    assert reverted.totals == ctx.deals.totals(everything)
    assert reverted.totals[stages[0]].totals == (("USD", Decimal("5000.00")), ("EUR", Decimal("4000.00")))
    # without a query nothing more is read, as before
    assert ctx.deals.move(deals[0], stages[1]).value.totals is None
    assert ctx.deals.revert_move(moved).value.totals is None
