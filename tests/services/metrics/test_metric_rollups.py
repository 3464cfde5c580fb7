"""The trigger-kept deal rollups (migration 0007) follow every kind of change to deals and their history:
the KPIs read from them still equal the plain-Python answers, and `rapport check` finds them equal to a
recount."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import delete, select, text

from app.context import AppContext
from app.models import Deal, DealStageHistory
from app.services.database.checks import check_database, rollup_problems
from app.services.metrics.service import Scope
from tests.services.metrics.metrics_data import Data, DealRow, at, seed
from tests.services.metrics.test_metrics import Q1, assert_deal_kpis


def edit(ctx: AppContext, data: Data, name: str, **changes: object) -> None:
    """Change a deal in the database (through the ORM, as a service would) and in the oracle's rows."""
    i = next(i for i, r in enumerate(data.deals) if r.name == name)
    row = dataclasses.replace(data.deals[i], **changes)  # type: ignore[arg-type]
    data.deals[i] = row
    with ctx.uow() as work:
        deal = work.session.get(Deal, data.deal_ids[name])
        assert deal is not None
        deal.stage_id = data.stages[(row.pipeline, row.stage)][0]
        deal.pipeline_id = data.pipelines[row.pipeline]
        deal.amount_minor = row.minor
        deal.currency = row.currency
        deal.owner_id = data.users.get(row.owner or "")
        deal.created_at = row.created
        deal.closed_at = row.closed
        deal.account_id = data.accounts[row.account]["id"] if row.account else None
        deal.deleted_at = at(2026, 3, 1) if row.deleted else None


def assert_consistent(ctx: AppContext, data: Data) -> None:
    assert rollup_problems(ctx.engine) == []
    assert_deal_kpis(ctx, data)


def test_rollups_follow_edits_moves_trash_and_restore(ctx: AppContext) -> None:
    data = seed(ctx)
    assert_consistent(ctx, data)
    edit(ctx, data, "A1", owner="Bob")  # owner change
    edit(ctx, data, "A2", minor=999_999)  # amount change
    edit(ctx, data, "B2", currency="USD")  # currency change
    edit(ctx, data, "B1", closed=at(2026, 4, 1, 0))  # closed a day later: out of Q1
    edit(ctx, data, "A3", stage="Propose", closed=None)  # a lost deal reopened
    edit(ctx, data, "A4", stage="Lost", closed=at(2026, 3, 2))  # lost after Negotiate
    edit(ctx, data, "B3", owner=None, account="Acme")
    assert_consistent(ctx, data)
    edit(ctx, data, "A2", deleted=True)  # soft delete: gone from every KPI
    assert_consistent(ctx, data)
    edit(ctx, data, "A2", deleted=False)  # restore
    edit(ctx, data, "A1", created=at(2026, 1, 2))  # now in the Q1 cohort
    assert_consistent(ctx, data)


def test_rollups_follow_board_moves_and_their_undo(ctx: AppContext) -> None:
    data = seed(ctx)
    deal_id = data.deal_ids["B3"]
    lost = data.stages[("Sales", "Lost")][0]
    negotiate = data.stages[("Sales", "Negotiate")][0]
    moved = ctx.deals.move(deal_id, negotiate).value
    i = next(i for i, r in enumerate(data.deals) if r.name == "B3")
    b3 = data.deals[i]
    data.deals[i] = dataclasses.replace(
        b3, stage="Negotiate", history=(*b3.history, ("Propose", "Negotiate"))
    )
    assert_consistent(ctx, data)
    # lost after Negotiate: the funnel still counts it as far as Negotiate (its history says so)
    lost_move = ctx.deals.move(deal_id, lost, lost_reason="price").value
    with ctx.uow.read() as s:
        closed_at = s.scalar(select(Deal.closed_at).where(Deal.id == deal_id))
    b3 = data.deals[i]
    data.deals[i] = dataclasses.replace(
        b3, stage="Lost", closed=closed_at, history=(*b3.history, ("Negotiate", "Lost"))
    )
    assert rollup_problems(ctx.engine) == []
    # undo both moves: the history entries go, the deal is open in Propose again
    ctx.deals.revert_move(lost_move)
    ctx.deals.revert_move(moved)
    data.deals[i] = b3 = dataclasses.replace(b3, stage="Propose", history=b3.history[:-1])
    assert b3.history == (("Qualify", "Propose"),)
    assert_consistent(ctx, data)


def test_rollups_follow_hard_deletes_and_history_changes(ctx: AppContext) -> None:
    data = seed(ctx)
    # a live lost deal with history, deleted for good (its history goes by cascade)
    with ctx.uow() as work:
        work.session.execute(
            text("UPDATE leads SET converted_deal_id = NULL WHERE converted_deal_id = :d"),
            {"d": data.deal_ids["A3"].hex if ctx.engine.dialect.name == "sqlite" else data.deal_ids["A3"]},
        )
        deal = work.session.get(Deal, data.deal_ids["A3"])
        work.session.delete(deal)
    data.deals = [r for r in data.deals if r.name != "A3"]
    assert_consistent(ctx, data)
    # a history entry of a lost deal removed on its own: the deal reaches less far
    with ctx.uow() as work:
        work.session.add(
            DealStageHistory(
                deal_id=data.deal_ids["B2"],
                from_stage_id=data.stages[("Sales", "Negotiate")][0],
                to_stage_id=data.stages[("Sales", "Lost")][0],
                changed_at=at(2026, 2, 27),
            )
        )
    i = next(i for i, r in enumerate(data.deals) if r.name == "B2")
    data.deals[i] = dataclasses.replace(data.deals[i], history=(("Negotiate", "Lost"),))
    assert_consistent(ctx, data)
    with ctx.uow() as work:
        work.session.execute(delete(DealStageHistory).where(DealStageHistory.deal_id == data.deal_ids["B2"]))
    data.deals[i] = dataclasses.replace(data.deals[i], history=())
    assert_consistent(ctx, data)


def test_new_deals_through_the_service_and_many_rows_in_one_statement(ctx: AppContext) -> None:
    data = seed(ctx)
    extra = [
        DealRow(
            f"N{i}",
            "Sales",
            "Won",
            1000 * (i + 1),
            "Ann",
            at(2026, 2, 1) + timedelta(hours=i),
            at(2026, 3, 3),
        )
        for i in range(5)
    ]
    with ctx.uow() as work:  # one flush: several rows per INSERT statement
        for row in extra:
            deal = Deal(
                name=row.name,
                pipeline_id=data.pipelines["Sales"],
                stage_id=data.stages[("Sales", "Won")][0],
                amount_minor=row.minor,
                currency="EUR",
                owner_id=data.users["Ann"],
                created_at=row.created,
                closed_at=row.closed,
            )
            work.session.add(deal)
    data.deals += extra
    assert_consistent(ctx, data)
    with ctx.uow() as work:  # one UPDATE of many rows
        work.session.execute(text("UPDATE deals SET amount_minor = amount_minor + 1 WHERE name LIKE 'N%'"))
    data.deals = [
        dataclasses.replace(r, minor=r.minor + 1) if r.name.startswith("N") else r for r in data.deals
    ]
    assert_consistent(ctx, data)
    assert ctx.metrics.kpis(Scope(Q1)).headline.closed.won_value > Decimal(0)


def test_check_reports_a_drifted_rollup(sqlite_ctx: AppContext) -> None:
    seed(sqlite_ctx)
    assert check_database(sqlite_ctx.engine).ok
    with sqlite_ctx.engine.begin() as conn:
        conn.execute(text("UPDATE deal_closed_daily SET deals = deals + 1"))
    problems = check_database(sqlite_ctx.engine).problems
    assert any("rollup deal_closed_daily" in p for p in problems)
