"""Customer tiers in SLA targets, and escalation before a breach through a "ticket nears its SLA" time rule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import Notification, utcnow
from app.services.automation.spec import RuleInput
from app.services.core.errors import ValidationError
from app.services.records.accounts import AccountInput
from app.services.service_desk.business_hours import BusinessCalendar
from app.services.service_desk.tickets import TicketInput
from tests.services.automation.helpers import rule


@pytest.fixture
def always(ctx):
    return ctx.sla.set_default(BusinessCalendar(zone="UTC", round_the_clock=True))


def test_a_gold_accounts_tickets_get_the_gold_targets(ctx, always):
    gold = ctx.accounts.create(AccountInput(name="Gold Inc")).value.id
    plain = ctx.accounts.create(AccountInput(name="Plain Ltd")).value.id
    ctx.sla.set_account_tier(gold, "gold")
    policy = ctx.sla.set_tier_targets("gold", {"normal": (30, 240)})
    assert policy.target("normal", "gold") == (30, 240) and policy.target("urgent", "gold") == (60, 480)
    fast = ctx.tickets.create(TicketInput(subject="Gold", account_id=gold)).value
    slow = ctx.tickets.create(TicketInput(subject="Plain", account_id=plain)).value
    assert fast.first_response_due - fast.created_at == pytest.approx(
        timedelta(minutes=30), abs=timedelta(seconds=5)
    )
    assert slow.first_response_due - slow.created_at == pytest.approx(
        timedelta(hours=8), abs=timedelta(seconds=5)
    )
    ctx.sla.set_default(
        BusinessCalendar(zone="UTC", round_the_clock=True)
    )  # the tiers survive a calendar change
    assert ctx.sla.default().target("normal", "gold") == (30, 240)
    with pytest.raises(ValidationError, match="tier: 'diamond' is not one of standard, gold, platinum"):
        ctx.sla.set_account_tier(gold, "diamond")
    with pytest.raises(ValidationError, match="first response must come before the resolution"):
        ctx.sla.set_tier_targets("gold", {"high": (300, 30)})


def test_a_rule_escalates_a_ticket_before_its_first_response_breach_once(ctx, always):
    me = ctx.current_user.id
    urgent = ctx.tickets.create(TicketInput(subject="Down", priority="urgent", assignee_id=me)).value
    calm = ctx.tickets.create(TicketInput(subject="Question", priority="low")).value
    rule(
        ctx,
        "ticket",
        "sla_near",
        [
            {"type": "notify", "message": "Breach in 30 minutes"},
            {"type": "set_field", "field": "priority", "value": "urgent"},
            {"type": "assign_owner", "user": str(me)},
        ],
        params={"minutes": 30, "target": "first_response"},
    )
    assert ctx.automation.run_due(utcnow())[0].acted == 0  # 60 minutes left: not yet
    later = utcnow() + timedelta(minutes=35)
    assert ctx.automation.run_due(later)[0].acted == 1
    assert ctx.automation.run_due(later)[0].acted == 0  # once per due time
    with ctx.sessions() as s:
        notes = s.scalars(select(Notification.record_id)).all()
    assert notes == [urgent.id]
    ctx.tickets.reply(calm.id, "Answered")  # a met target never escalates
    assert ctx.automation.run_due(utcnow() + timedelta(days=3))[0].acted == 0
    assert ctx.tickets.get(calm.id).priority == "low"


def test_ticket_rules_refuse_actions_a_ticket_cannot_take(ctx):
    with pytest.raises(ValidationError, match="a ticket rule can"):
        ctx.automation.create(
            RuleInput("x", "ticket", "sla_near", {"minutes": 5}, {}, ({"type": "move_stage"},), True)
        )
    with pytest.raises(ValidationError, match="minutes"):
        ctx.automation.create(
            RuleInput("x", "ticket", "sla_near", {"minutes": -1}, {}, ({"type": "notify"},), True)
        )
