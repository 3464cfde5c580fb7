"""Pipelines and stages edited in settings: validation, reordering, removal rules, undo by saving back."""

from __future__ import annotations

import pytest

from app.services.core.errors import ValidationError
from app.services.demo import dataset
from app.services.sales.pipelines import PipelineInput, StageInput, as_input

STAGES = (
    StageInput("Lead in", 10),
    StageInput("Offer", 50),
    StageInput("Won", 100, is_won=True),
    StageInput("Lost", 0, is_lost=True),
)


def test_create_reorder_rename_and_default(ctx):
    created = ctx.pipelines.save(PipelineInput("Renewals", STAGES, is_default=True)).value
    assert [(s.name, s.position, s.probability) for s in created.stages] == [
        ("Lead in", 0, 10),
        ("Offer", 1, 50),
        ("Won", 2, 100),
        ("Lost", 3, 0),
    ]
    second = ctx.pipelines.save(PipelineInput("Projects", STAGES[:1], is_default=True)).value
    assert [p.name for p in ctx.pipelines.all() if p.is_default] == ["Projects"]
    offer, lead_in = created.stages[1], created.stages[0]
    edited = as_input(created)
    reordered = (
        edited.stages[1].__class__("Proposal", 60, id=offer.id),
        edited.stages[0],
        *edited.stages[2:],
    )
    saved = ctx.pipelines.save(PipelineInput("Renewals", reordered, id=created.id)).value
    assert [(s.id, s.name, s.probability) for s in saved.stages[:2]] == [
        (offer.id, "Proposal", 60),
        (lead_in.id, "Lead in", 10),
    ]
    assert second.id != created.id


def test_every_problem_is_named_with_its_row(ctx):
    with pytest.raises(ValidationError) as info:
        ctx.pipelines.save(
            PipelineInput(
                "", (StageInput("Won", 150, is_won=True, is_lost=True), StageInput("won", 0, is_won=True))
            )
        )
    problems = {(e.field, e.row) for e in info.value.errors}
    assert ("name", None) in problems and ("stages", 1) in problems and ("stages", 2) in problems
    assert any("open stage" in e.message for e in info.value.errors)
    assert ctx.pipelines.all() == []


def test_a_stage_with_deals_cannot_be_removed_and_nothing_changes(ctx):
    dataset.generate(ctx.engine, 60, seed=5)
    sales = ctx.pipelines.all()[0]
    without_it = as_input(sales)
    without_it = PipelineInput(without_it.name, without_it.stages[1:], True, sales.id)
    with pytest.raises(ValidationError, match="still holds"):
        ctx.pipelines.save(without_it)
    assert ctx.pipelines.all()[0].stages == sales.stages
    with pytest.raises(ValidationError, match="still holds"):
        ctx.pipelines.delete(sales.id)


def test_saving_the_earlier_state_restores_a_removed_stage_and_a_deleted_pipeline(ctx):
    before = ctx.pipelines.save(PipelineInput("Renewals", STAGES)).value
    trimmed = as_input(before)
    ctx.pipelines.save(PipelineInput(trimmed.name, trimmed.stages[:2] + trimmed.stages[3:], id=before.id))
    assert [s.name for s in ctx.pipelines.all()[0].stages] == ["Lead in", "Offer", "Lost"]
    restored = ctx.pipelines.save(as_input(before)).value  # undo
    assert restored.stages == before.stages
    ctx.pipelines.delete(before.id)
    assert ctx.pipelines.all() == []
    assert ctx.pipelines.save(as_input(before)).value == before  # undo of the delete
