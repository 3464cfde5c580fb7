"""Event rules run inside the triggering unit of work: created, field changed, deal stage, lead score."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Activity, Lead, Pipeline, Stage
from app.services.core.errors import ValidationError
from app.services.sales.leads import LeadInput
from tests.services.automation.helpers import contact, items, rule, runs, tasks


def test_created_contact_gets_a_task_in_the_same_commit(ctx):
    rule(ctx, "contact", "created", [{"type": "create_task", "subject": "Welcome call", "due_days": 2}])
    c = contact(ctx, "Lovelace")
    made = tasks(ctx)
    assert [(t.subject, t.contact_id) for t in made] == [("Welcome call", c.id)]
    assert made[0].due_at is not None
    assert [(r.trigger, r.status, r.depth) for r in runs(ctx)] == [("created", "done", 0)]
    assert [(i.record_id, i.action, i.outcome) for i in items(ctx)] == [(c.id, "create_task", "done")]


def test_conditions_use_the_segment_criteria(ctx):
    only_fr = {"match": "all", "items": [{"field": "country", "operator": "equals", "value": "FR"}]}
    rule(ctx, "contact", "created", [{"type": "create_task", "subject": "Bonjour"}], conditions=only_fr)
    contact(ctx, "Curie", country="FR")
    contact(ctx, "Turing", country="GB")
    assert [t.subject for t in tasks(ctx)] == ["Bonjour"]


def test_a_disabled_rule_does_nothing(ctx):
    r = rule(ctx, "contact", "created", [{"type": "create_task", "subject": "x"}])
    ctx.automation.set_enabled(r.id, False)
    contact(ctx, "Hopper")
    assert tasks(ctx) == [] and runs(ctx) == []


def test_field_changed_to_a_value(ctx):
    rule(
        ctx,
        "contact",
        "field_changed",
        [{"type": "set_field", "field": "title", "value": "Former"}],
        params={"field": "status", "to": "inactive"},
    )
    c = contact(ctx, "Babbage")
    from app.services.records.contacts import ContactInput

    ctx.contacts.update(c.id, ContactInput(last_name="Babbage", status="inactive"), c.version)
    assert ctx.contacts.get(c.id).title == "Former"
    assert len(runs(ctx)) == 1


def test_a_failing_action_rolls_back_nothing_and_is_logged(ctx):
    rule(
        ctx,
        "contact",
        "created",
        [{"type": "add_tag", "tag": "missing"}, {"type": "create_task", "subject": "t"}],
    )
    c = contact(ctx, "Noether")
    assert ctx.contacts.get(c.id).last_name == "Noether"
    logged = [(i.action, i.outcome, i.error) for i in items(ctx)]
    assert logged == [("add_tag", "failed", "there is no tag 'missing'"), ("create_task", "done", "")]
    assert runs(ctx)[0].status == "partly"


def test_an_error_in_the_change_rolls_back_the_rules_actions_too(ctx):
    rule(ctx, "contact", "created", [{"type": "create_task", "subject": "t"}])
    with pytest.raises(ValidationError):
        contact(ctx, "")  # no last name: refused
    assert tasks(ctx) == [] and runs(ctx) == []


def _pipeline(ctx):
    with ctx.sessions.begin() as s:
        p = Pipeline(name="Sales", is_default=True)
        s.add(p)
        s.flush()
        stages = [
            Stage(pipeline_id=p.id, name=n, position=i, is_won=n == "Won", is_lost=n == "Lost")
            for i, n in enumerate(["Open", "Proposal", "Won", "Lost"])
        ]
        s.add_all(stages)
    return p, stages


def test_deal_won_creates_onboarding_tasks(ctx):
    from app.services.sales.deal_input import DealInput

    p, stages = _pipeline(ctx)
    rule(
        ctx, "deal", "deal_stage", [{"type": "create_task", "subject": "Kick-off"}], params={"outcome": "won"}
    )
    rule(
        ctx,
        "deal",
        "deal_stage",
        [{"type": "create_task", "subject": "Proposal sent"}],
        name="P",
        params={"stage_id": str(stages[1].id)},
    )
    deal = ctx.deals.create(DealInput(name="Big", pipeline_id=p.id, stage_id=stages[0].id)).value
    ctx.deals.move(deal.id, stages[1].id)
    assert [t.subject for t in tasks(ctx)] == ["Proposal sent"]
    ctx.deals.move(deal.id, stages[2].id)
    assert sorted(t.subject for t in tasks(ctx)) == ["Kick-off", "Proposal sent"]
    assert all(t.deal_id == deal.id for t in tasks(ctx))


def test_lead_score_crossing_a_threshold(ctx):
    rule(ctx, "lead", "score_crosses", [{"type": "add_tag", "tag": "hot"}], params={"threshold": 50})
    ctx.tags.create("hot", "#ff0000")
    lead = ctx.leads.create(LeadInput(last_name="Ada")).value
    with ctx.uow() as work:  # what a rescore does: the score moves in a write
        work.session.get(Lead, lead.id).score = 60
    assert [i.outcome for i in items(ctx)] == ["done"]
    with ctx.uow() as work:  # staying above the line is not crossing it
        work.session.get(Lead, lead.id).score = 70
    assert len(items(ctx)) == 1


def test_loops_are_cut_at_a_fixed_depth_and_logged(ctx):
    # each task created makes another task: an endless chain without the cut
    rule(ctx, "contact", "created", [{"type": "create_task", "subject": "first"}], name="First")
    rule(ctx, "activity", "created", [{"type": "create_task", "subject": "again"}], name="Again")
    contact(ctx, "Loop")
    with ctx.uow.read() as s:
        count = len(s.scalars(select(Activity)).all())
    from app.services.automation.spec import MAX_DEPTH

    assert count == MAX_DEPTH
    deepest = max(runs(ctx), key=lambda r: r.depth)  # runs in one millisecond have no order by id
    assert (deepest.depth, deepest.status) == (MAX_DEPTH, "cut")
    assert "stopped at depth" in deepest.note


def test_a_rescore_of_every_lead_fires_score_crosses_for_the_leads_that_cross(ctx):
    """The scoring rules change: the bulk rescore (one UPDATE for all leads) triggers the rule on exactly
    the leads whose new score crosses the line, as a one-lead rescore would."""
    from dataclasses import replace

    from app.services.sales.scoring import FieldRule

    ctx.tags.create("hot", "#ff0000")
    ada = ctx.leads.create(LeadInput(last_name="Ada", title="CEO")).value
    bob = ctx.leads.create(LeadInput(last_name="Bob", title="Intern")).value
    rule(ctx, "lead", "score_crosses", [{"type": "add_tag", "tag": "hot"}], params={"threshold": 50})
    rules = ctx.scoring.rules()
    generous = replace(rules, field_rules=(*rules.field_rules, FieldRule("title", "equals", "CEO", 60)))
    assert ctx.scoring.save_rules(generous).value >= 1
    assert [(i.record_id, i.outcome) for i in items(ctx)] == [(ada.id, "done")]
    assert ctx.leads.get(bob.id).score < 50
    ctx.scoring.recompute_all()  # nothing moves: nothing fires again
    assert len(items(ctx)) == 1


def test_the_tasks_of_a_big_run_go_in_by_the_bulk_path_with_every_column(ctx, monkeypatch):
    """The run's tasks are complete rows (every column given), or core.bulk falls back to inserting them
    one by one with their triggers: 2x the import's time when location and all_day were added."""
    from app.services.automation import actions
    from app.services.core import bulk

    seen = []
    real = bulk.insert_rows

    def spy(session, model, rows):
        seen.append((model, set(rows[0]) if rows else set()))
        return real(session, model, rows)

    monkeypatch.setattr(actions.bulk, "insert_rows", spy)
    rule(ctx, "contact", "created", [{"type": "create_task", "subject": "Welcome"}])
    contact(ctx, "Curie")
    (columns,) = [cols for model, cols in seen if model is Activity]
    assert columns == set(Activity.__table__.c.keys())
    assert [t.location for t in tasks(ctx)] == [""] and not tasks(ctx)[0].all_day
