"""Each action on a record, and the undo of a whole run as one step."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Notification, Pipeline, Stage, Tagging, User
from app.services.automation.spec import RuleInput
from app.services.core.errors import ConflictError, ValidationError
from app.services.records.contacts import ContactInput
from tests.services.automation.helpers import contact, items, rows, rule, runs, tasks


def _users(ctx, n):
    with ctx.sessions.begin() as s:
        made = [User(name=f"U{i}", email=f"u{i}@example.com") for i in range(n)]
        s.add_all(made)
    return sorted(u.id for u in made)


def test_round_robin_assigns_active_users_in_turn(ctx):
    _users(ctx, 2)
    with ctx.uow.read() as s:
        active = sorted(s.scalars(select(User.id).where(User.is_active.is_(True))))
    rule(ctx, "contact", "created", [{"type": "assign_owner", "user": "round_robin"}])
    owners = [ctx.contacts.get(contact(ctx, f"C{i}").id).owner_id for i in range(len(active) + 1)]
    assert owners == [*active, active[0]]


def test_set_field_and_tags(ctx):
    hot = ctx.tags.create("hot", "#ff0000").value
    ctx.tags.create("cold", "#0000ff")
    rule(
        ctx,
        "contact",
        "created",
        [
            {"type": "set_field", "field": "title", "value": "Prospect"},
            {"type": "add_tag", "tag": "hot"},
            {"type": "remove_tag", "tag": "cold"},
        ],
    )
    c = contact(ctx, "Tagged")
    got = ctx.contacts.get(c.id)
    assert got.title == "Prospect"
    assert [o.outcome for o in items(ctx)] == ["done", "done", "skipped"]
    tagged = rows(ctx, select(Tagging.tag_id).where(Tagging.entity_id == c.id, Tagging.deleted_at.is_(None)))
    assert tagged == [hot.id]


def test_a_rule_with_a_bad_field_is_refused_with_the_reason(ctx):
    data = RuleInput(
        "Bad", "contact", "created", {}, {}, ({"type": "set_field", "field": "nope", "value": 1},)
    )
    with pytest.raises(ValidationError) as err:
        ctx.automation.create(data)
    assert err.value.for_field("actions[0].value") == "contact has no field 'nope' a rule can set"
    data = RuleInput("Bad", "deal", "score_crosses", {}, {}, ())
    with pytest.raises(ValidationError) as err:
        ctx.automation.create(data)
    fields = {e.field for e in err.value.errors}
    assert {"entity", "trigger_params.threshold", "actions"} <= fields
    task = ({"type": "create_task", "subject": "t"},)
    with pytest.raises(ValidationError) as err:
        ctx.automation.create(RuleInput("Bad", "contact", "date_reached", {"field": "email"}, {}, task))
    assert err.value.for_field("trigger_params.field") == "a contact date field: one of birthday, created_at"
    with pytest.raises(ValidationError) as err:
        ctx.automation.create(RuleInput("Bad", "contact", "field_changed", {"field": "nope"}, {}, task))
    assert "no field a rule can watch" in err.value.for_field("trigger_params.field")


def test_notify_the_owner(ctx):
    rule(ctx, "contact", "created", [{"type": "notify", "message": "New contact"}])
    contact(ctx, "Owned")
    notes = rows(ctx, select(Notification))
    assert [(n.message, n.user_id) for n in notes] == [("New contact", ctx.current_user.id)]


def test_move_stage_then_undo_the_run(ctx):
    from app.services.sales.deal_input import DealInput

    with ctx.sessions.begin() as s:
        p = Pipeline(name="Sales", is_default=True)
        s.add(p)
        s.flush()
        stages = [Stage(pipeline_id=p.id, name=n, position=i) for i, n in enumerate(["Open", "Qualified"])]
        s.add_all(stages)
    rule(ctx, "deal", "created", [{"type": "move_stage", "stage_id": str(stages[1].id)}])
    deal = ctx.deals.create(DealInput(name="D", pipeline_id=p.id, stage_id=stages[0].id)).value
    assert ctx.deals.get(deal.id).stage_id == stages[1].id
    ctx.automation.undo_run(runs(ctx)[0].id)
    assert ctx.deals.get(deal.id).stage_id == stages[0].id


def test_undo_a_run_as_one_step(ctx):
    ctx.tags.create("new", "#00ff00")
    rule(
        ctx,
        "contact",
        "created",
        [
            {"type": "create_task", "subject": "Call"},
            {"type": "set_field", "field": "title", "value": "Lead"},
            {"type": "add_tag", "tag": "new"},
            {"type": "notify"},
        ],
    )
    c = contact(ctx, "Undone", title="CEO")
    assert ctx.contacts.get(c.id).title == "Lead" and len(tasks(ctx)) == 1
    run = runs(ctx)[0]
    result = ctx.automation.undo_run(run.id).value
    assert result.kept == ()
    got = ctx.contacts.get(c.id)
    assert got.title == "CEO" and tasks(ctx) == [] and rows(ctx, select(Notification)) == []
    assert ctx.automation.run(run.id).status == "undone"
    assert len(runs(ctx)) == 1  # undoing triggered no rule
    with pytest.raises(ConflictError):
        ctx.automation.undo_run(run.id)


def test_undo_keeps_a_later_change(ctx):
    rule(ctx, "contact", "created", [{"type": "set_field", "field": "title", "value": "Lead"}])
    c = contact(ctx, "Later")
    now = ctx.contacts.get(c.id)
    ctx.contacts.update(c.id, ContactInput(last_name="Later", title="Boss"), now.version)
    result = ctx.automation.undo_run(runs(ctx)[0].id).value
    assert len(result.kept) == 1 and "changed again" in result.kept[0]
    assert ctx.contacts.get(c.id).title == "Boss"


def test_builtins_are_added_disabled_once(ctx):
    assert ctx.automation.install_builtins() == 4
    assert ctx.automation.install_builtins() == 0
    listed = ctx.automation.list()
    assert len(listed) == 4 and not any(r.enabled for r in listed)


def test_web_lead_builtin_assigns_and_makes_a_call_task(ctx):
    from app.services.sales.leads import LeadInput

    ctx.automation.install_builtins()
    web = ctx.automation.find("New web lead")
    ctx.automation.set_enabled(web.id, True)
    lead = ctx.leads.create(LeadInput(last_name="Web", source="web_form")).value
    ctx.leads.create(LeadInput(last_name="Other", source="referral"))
    made = tasks(ctx)
    assert [(t.subject, t.lead_id) for t in made] == [("Call the new lead", lead.id)]
    assert made[0].owner_id == ctx.leads.get(lead.id).owner_id is not None
