"""Campaigns: members from a segment or a selection, a consent-honouring send that resumes without sending
twice, member statuses, attribution, and the KPIs (cost per lead, ROI, CAC)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import Deal
from app.services.campaigns.campaigns import CampaignInput
from app.services.campaigns.ports import OutboxSender
from app.services.core.errors import ValidationError
from app.services.records.accounts import AccountInput
from app.services.sales.deal_input import DealInput
from app.services.sales.leads import LeadInput
from app.services.sales.pipelines import PipelineInput, StageInput
from app.services.segments.service import SegmentInput
from tests.services.campaigns.helpers import contact, lead, outbox


def make(ctx, name="Spring launch", **fields):
    data = CampaignInput(name, template_id=fields.pop("template_id", "spring"), **fields)
    return ctx.campaigns.create(data).value


def test_bad_campaign_input_names_each_field(ctx):
    bad = CampaignInput(
        " ",
        kind="radio",
        starts_on=date(2026, 5, 2),
        ends_on=date(2026, 5, 1),
        currency="E",
        budget=Decimal(-1),
    )
    with pytest.raises(ValidationError) as caught:
        ctx.campaigns.create(bad)
    assert {e.field for e in caught.value.errors} == {"name", "kind", "ends_on", "currency", "budget"}
    make(ctx, "Twice")
    with pytest.raises(ValidationError, match="already a campaign called 'twice'"):
        make(ctx, "twice")


def test_money_is_kept_exactly(ctx):
    made = make(ctx, budget=Decimal("1234.56"), actual_cost=Decimal("0.10"), currency="EUR")
    again = ctx.campaigns.get(made.id)
    assert (again.budget, again.actual_cost) == (Decimal("1234.56"), Decimal("0.10"))


def test_members_from_a_segment_and_a_selection_are_added_once(ctx):
    for name in ("Berg", "Bauer", "Schmidt"):
        contact(ctx, name)
    segment = ctx.segments.create(
        SegmentInput(
            "B people",
            "contact",
            {"match": "all", "items": [{"field": "last_name", "operator": "starts_with", "value": "B"}]},
        )
    ).value
    campaign = make(ctx, segment_id=segment.id)
    assert ctx.campaigns.add_segment(campaign.id).value == 2
    assert ctx.campaigns.add_segment(campaign.id).value == 0  # already in
    extra = lead(ctx, "Lamm")
    assert ctx.campaigns.add(campaign.id, [("lead", extra.id)]).value == 1
    assert ctx.campaigns.get(campaign.id).members == {"pending": 3}
    assert sorted(m.name for m in ctx.campaigns.members(campaign.id)) == ["Bauer", "Berg", "Lamm"]


def test_send_goes_only_to_consenting_people_and_says_why_not(ctx):
    yes = contact(ctx, "Yes")
    unknown = contact(ctx, "Unknown", consent=None)
    gone = contact(ctx, "Gone", consent="withdrawn")
    shared = lead(ctx, "Shared", email="gone@example.com", consent="granted")  # Gone's opted-out address
    campaign = make(ctx)
    ctx.campaigns.add(
        campaign.id, [("contact", yes.id), ("contact", unknown.id), ("contact", gone.id), ("lead", shared.id)]
    )
    result = ctx.campaigns.send(campaign.id, OutboxSender())
    assert (result.queued, result.suppressed, result.pending) == (1, 3, 0)
    assert [a for a, _ in outbox(ctx)] == ["yes@example.com"]
    notes = {m.name: (m.status, m.note) for m in ctx.campaigns.members(campaign.id)}
    assert notes["Yes"] == ("sent", "")
    assert notes["Unknown"][0] == "suppressed" and "has not agreed" in notes["Unknown"][1]
    assert "gone@example.com has unsubscribed" in notes["Shared"][1]
    assert ctx.campaigns.get(campaign.id).sent_at is not None


def test_a_cancelled_send_resumes_without_sending_anyone_twice(ctx):
    people = [contact(ctx, f"P{i:02}") for i in range(12)]
    campaign = make(ctx)
    ctx.campaigns.add(campaign.id, [("contact", p.id) for p in people])
    import app.services.campaigns.sending as sending

    old, sending.SEND_CHUNK = sending.SEND_CHUNK, 5
    try:
        calls = iter([False, True])
        first = ctx.campaigns.send(campaign.id, OutboxSender(), cancelled=lambda: next(calls, True))
        assert (first.queued, first.pending) == (5, 7)
        assert ctx.campaigns.get(campaign.id).sent_at is None
        second = ctx.campaigns.send(campaign.id, OutboxSender())
        assert (second.queued, second.pending) == (7, 0)
    finally:
        sending.SEND_CHUNK = old
    sent = outbox(ctx)
    assert len(sent) == 12 and len({a for a, _ in sent}) == 12


def test_send_without_a_template_is_refused(ctx):
    campaign = make(ctx, "Print run", kind="print", template_id="")
    with pytest.raises(ValidationError, match="has no mail template"):
        ctx.campaigns.send(campaign.id, OutboxSender())


def test_unsubscribe_marks_the_member_and_a_reply_is_recorded(ctx):
    anna, ben = contact(ctx, "Anna"), contact(ctx, "Ben")
    campaign = make(ctx)
    ctx.campaigns.add(campaign.id, [("contact", anna.id), ("contact", ben.id)])
    ctx.campaigns.send(campaign.id, OutboxSender())
    ctx.consent.unsubscribe(ctx.consent.token("contact", anna.id))
    ctx.campaigns.set_member_status(campaign.id, ("contact", ben.id), "replied", "Sounds good")
    statuses = {m.name: m.status for m in ctx.campaigns.members(campaign.id)}
    assert statuses == {"Anna": "unsubscribed", "Ben": "replied"}
    carl = contact(ctx, "Carl")
    ctx.campaigns.add(campaign.id, [("contact", carl.id)])
    ctx.campaigns.set_member_status(
        campaign.id, ("contact", carl.id), "unsubscribed", "Reply: please remove me"
    )
    withdrawn = ctx.consent.of("contact", carl.id)["email"]
    assert (withdrawn.status, withdrawn.source) == ("withdrawn", "unsubscribe request")
    assert not ctx.consent.may_email("contact", carl.id).allowed
    with pytest.raises(ValidationError, match="'opened' is not one of"):
        ctx.campaigns.set_member_status(campaign.id, ("contact", ben.id), "opened")


def _pipeline(ctx):
    if not ctx.deals.pipelines():
        stages = (
            StageInput("Open", 10),
            StageInput("Won", 100, is_won=True),
            StageInput("Lost", 0, is_lost=True),
        )
        ctx.pipelines.save(PipelineInput("Sales", stages, is_default=True))
    return ctx.deals.pipelines()[0]


def _won_deal(ctx, account_name, amount, campaign_id, currency="EUR"):
    pipeline = _pipeline(ctx)
    won = next(s for s in pipeline.stages if s.is_won)
    account = ctx.accounts.create(AccountInput(name=account_name)).value
    deal = ctx.deals.create(
        DealInput(f"{account_name} deal", pipeline.id, won.id, account.id, amount=amount, currency=currency)
    ).value
    ctx.campaigns.attribute("deal", deal.id, campaign_id)
    return deal


def test_kpis_cost_per_lead_roi_and_cac(ctx):
    campaign = make(ctx, "Fair", kind="event", actual_cost=Decimal("1000.00"), starts_on=date.today())
    other = make(ctx, "Other")
    for i in range(4):
        ctx.leads.create(LeadInput(last_name=f"L{i}", campaign_id=campaign.id))
    ctx.leads.create(LeadInput(last_name="Elsewhere", campaign_id=other.id))
    _won_deal(ctx, "Acme", "3000", campaign.id)
    _won_deal(ctx, "Beta", "1000", campaign.id)
    _won_deal(ctx, "Gamma", "500", campaign.id, currency="USD")
    k = ctx.campaign_metrics.for_campaign(campaign.id)
    assert (k.leads, k.won_deals, k.revenue, k.other_currency_deals) == (4, 3, Decimal("4000.00"), 1)
    assert k.cost_per_lead == Decimal("250.00")
    assert k.roi == Decimal("3.0000")  # (4000 - 1000) / 1000
    assert k.new_customers == 3 and k.cac == Decimal("333.33")
    today = date.today()
    period = ctx.campaign_metrics.cac_by_period(today, today + timedelta(days=1))
    assert (period.cost, period.new_customers, period.cac) == (Decimal("1000.00"), 3, Decimal("333.33"))
    empty = ctx.campaign_metrics.for_campaign(
        campaign.id, today - timedelta(days=30), today - timedelta(days=29)
    )
    assert (empty.leads, empty.cost_per_lead, empty.cac) == (0, None, None)


def test_a_converted_lead_passes_its_campaign_to_the_deal(ctx):
    from app.services.sales.conversion import ConversionInput

    campaign = make(ctx)
    _pipeline(ctx)
    made = ctx.leads.create(LeadInput(last_name="Kim", company="Kim AG", campaign_id=campaign.id)).value
    assert ctx.leads.get(made.id).campaign_id == campaign.id
    result = ctx.conversion.convert(
        made.id, ConversionInput(create_deal=True, deal_name="Kim deal", qualify=True)
    ).value
    with ctx.uow.read() as s:
        assert s.get(Deal, result.deal_id).campaign_id == campaign.id
