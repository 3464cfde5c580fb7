"""A deal's lines are saved with the deal or not at all: when a colleague's save lands while ours is under
way (another process, holding the lock), ours is refused as a conflict and changes neither lines nor amount."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from app.models import Pipeline, Stage
from app.services.core.errors import ConflictError
from app.services.sales.deal_input import DealInput
from app.services.sales.deal_lines import DealLineInput
from tests.concurrency.deal_colleague import start


def test_a_colleagues_save_during_ours_wins_and_ours_writes_nothing(ctx) -> None:
    with ctx.sessions.begin() as s:
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Proposal", position=0, probability=50)
        s.add(stage)
        s.flush()
        pipeline_id, stage_id = pipeline.id, stage.id
    deal = ctx.deals.create(
        DealInput(
            name="Rollout",
            pipeline_id=pipeline_id,
            stage_id=stage_id,
            lines=(DealLineInput("Licence", "1", "100"),),
        )
    ).value
    colleague = start(ctx.settings.db_url, deal.id, 1.0)
    try:
        with pytest.raises(ConflictError):
            ctx.deals.update(
                deal.id, replace(deal.as_input(), lines=(DealLineInput("Licence", "3", "100"),)), deal.version
            )
    finally:
        assert colleague.wait(15) == 0
    after = ctx.deals.get(deal.id)
    assert after.name == "Colleague's name" and after.version == deal.version + 1
    assert after.amount == Decimal("100.00")
    assert [(ln.description, ln.quantity) for ln in after.lines] == [("Licence", Decimal(1))]
