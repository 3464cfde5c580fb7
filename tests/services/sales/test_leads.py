"""Leads: validation, the scored list, rules that change scores and explanations, conversion and undo."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Activity, ActivityKind, Deal, DealStageHistory, Lead, Pipeline, Stage, utcnow
from app.services.core.errors import ValidationError
from app.services.core.listing import ListQuery
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.sales.conversion import ConversionInput
from app.services.sales.leads import LeadInput
from app.services.sales.scoring import DEFAULT_RULES, FieldRule, ScoringRules


def _lead(ctx, **kw):
    base = {"last_name": "Hopper", "first_name": "Grace", "company": "Navy Labs"}
    return ctx.leads.create(LeadInput(**{**base, **kw})).value


def _pipeline(ctx):
    with ctx.sessions.begin() as s:
        p = Pipeline(name="Sales", is_default=True)
        s.add(p)
        s.flush()
        for i, (name, prob, won, lost) in enumerate(
            [
                ("Qualification", 10, False, False),
                ("Proposal", 50, False, False),
                ("Won", 100, True, False),
                ("Lost", 0, False, True),
            ]
        ):
            s.add(Stage(pipeline_id=p.id, name=name, position=i, probability=prob, is_won=won, is_lost=lost))
        return p.id


def test_lead_validation_names_every_bad_field(ctx):
    with pytest.raises(ValidationError) as err:
        ctx.leads.create(
            LeadInput(last_name="", email="nope", company_size="many", source="tv", status="disqualified")
        )
    fields = {e.field for e in err.value.errors}
    assert fields == {"last_name", "email", "company_size", "source", "disqualified_reason"}
    with pytest.raises(ValidationError, match="only by converting"):
        _lead(ctx, status="converted")


def test_rules_change_score_and_explanation_and_the_list_sorts_by_score(ctx):
    rules = ScoringRules(field_rules=(FieldRule("industry", "equals", "Software", 20),), threshold=30)
    ctx.scoring.save_rules(rules)
    a = _lead(ctx, industry="Software", last_name="Able")
    b = _lead(ctx, industry="Retail", last_name="Baker", title="Head of IT")
    assert (ctx.leads.get(a.id).score, ctx.leads.get(b.id).score) == (20, 0)
    assert ctx.leads.get(a.id).score_parts == (("industry equals “Software”", 20),)
    outcome = ctx.scoring.save_rules(
        ScoringRules(
            field_rules=(
                FieldRule("industry", "equals", "Software", 20),
                FieldRule("title", "contains", "head", 35),
            ),
            threshold=30,
        )
    )
    assert outcome.value == 1 and outcome.changes.ids("lead") == {b.id}
    detail = ctx.leads.get(b.id)
    assert detail.score == 35 and detail.score_parts == (("title contains “head”", 35),)
    assert detail.lifecycle == "marketing_qualified" and detail.is_mql
    assert ctx.leads.get(a.id).lifecycle == "lead"
    page = ctx.leads.page(ListQuery(sort="score", descending=True), 0, 10, 2)
    assert [r.last_name for r in page.rows] == ["Baker", "Able"]
    assert [r.score for r in page.rows] == [35, 20]


def test_engagement_and_decay(ctx):
    rules = ScoringRules(
        per_activity=5, per_email=10, engagement_cap=100, decay_after_days=30, decay_per_week=3
    )
    ctx.scoring.save_rules(rules)
    lead = _lead(ctx)
    now = utcnow()
    with ctx.sessions.begin() as s:
        for kind, days in ((ActivityKind.CALL, 50), (ActivityKind.EMAIL, 45), (ActivityKind.EMAIL, 44)):
            s.add(Activity(kind=kind, subject="x", lead_id=lead.id, occurred_at=now - timedelta(days=days)))
    ctx.scoring.recompute_all()
    detail = ctx.leads.get(lead.id)
    # 1 call (5) + 2 emails (20) = 25; idle 44 days = 14 beyond 30 = 2 weeks -> -6
    assert detail.score == 19
    assert [p for _, p in detail.score_parts] == [25, -6]


def test_search_finds_leads_by_company_and_email(ctx):
    _lead(ctx, email="grace@navy.example")
    _lead(ctx, last_name="Lamarr", company="Frequency Hop", email="hedy@hop.example")
    assert ctx.leads.count(ListQuery(search="freq")) == 1
    page = ctx.leads.page(ListQuery(search="navy"), 0, 10, 1)
    assert [r.last_name for r in page.rows] == ["Hopper"]


def test_convert_links_an_existing_contact_and_account_and_moves_activities(ctx):
    pipeline_id = _pipeline(ctx)
    acme = ctx.accounts.create(AccountInput(name="Acme GmbH", domain="acme.example")).value
    ada = ctx.contacts.create(
        ContactInput(
            last_name="Lovelace", email="ada@acme.example", memberships=(MembershipInput(acme.id, "", True),)
        )
    ).value
    lead = _lead(
        ctx,
        last_name="Lovelace",
        first_name="Ada",
        company="ACME GMBH",
        email="ada@acme.example",
        status="qualified",
    )
    with ctx.sessions.begin() as s:
        s.add(Activity(kind=ActivityKind.CALL, subject="Intro", lead_id=lead.id, occurred_at=utcnow()))
    matches = ctx.conversion.matches(lead.id)
    assert [(m.id, m.reason) for m in matches.accounts] == [(acme.id, "same name")]
    assert [(m.id, m.reason) for m in matches.contacts] == [(ada.id, "same email")]
    outcome = ctx.conversion.convert(
        lead.id,
        ConversionInput(
            account_id=acme.id,
            contact_id=ada.id,
            create_deal=True,
            deal_name="Ada pilot",
            deal_amount=Decimal("1200.50"),
        ),
    )
    result = outcome.value
    assert (result.account_id, result.contact_id) == (acme.id, ada.id)
    detail = ctx.leads.get(lead.id)
    assert (detail.status, detail.lifecycle) == ("converted", "opportunity")
    assert (detail.converted_account_id, detail.converted_contact_id, detail.converted_deal_id) == (
        acme.id,
        ada.id,
        result.deal_id,
    )
    assert ctx.accounts.count(ListQuery()) == 1 and ctx.contacts.count(ListQuery()) == 1
    with ctx.sessions() as s:
        deal = s.get(Deal, result.deal_id)
        assert (deal.amount_minor, deal.pipeline_id, deal.contact_id) == (120050, pipeline_id, ada.id)
        assert s.scalar(select(Stage.name).where(Stage.id == deal.stage_id)) == "Qualification"
        activity = s.scalar(select(Activity).where(Activity.lead_id == lead.id))
        assert (activity.account_id, activity.contact_id, activity.deal_id) == (acme.id, ada.id, deal.id)
    ctx.conversion.revert(result)
    detail = ctx.leads.get(lead.id)
    assert (detail.status, detail.converted_deal_id) == ("qualified", None)
    with ctx.sessions() as s:
        assert s.get(Deal, result.deal_id) is None
        assert s.scalar(select(DealStageHistory.id).where(DealStageHistory.deal_id == result.deal_id)) is None
        activity = s.scalar(select(Activity).where(Activity.lead_id == lead.id))
        assert (activity.account_id, activity.contact_id, activity.deal_id) == (None, None, None)


def test_convert_creates_records_and_revert_removes_them(ctx):
    lead = _lead(
        ctx, email="grace@navylabs.example", status="qualified", website="https://www.navylabs.example/"
    )
    with pytest.raises(ValidationError, match="qualified"):
        ctx.conversion.convert(_lead(ctx, last_name="Other").id, ConversionInput())
    result = ctx.conversion.convert(lead.id, ConversionInput()).value
    assert result.created_account and result.created_contact and result.deal_id is None
    account = ctx.accounts.get(result.account_id)
    assert (account.name, account.domain) == ("Navy Labs", "navylabs.example")
    contact = ctx.contacts.get(result.contact_id)
    assert (contact.email, contact.company_name) == ("grace@navylabs.example", "Navy Labs")
    ctx.conversion.revert(result)
    assert ctx.accounts.count(ListQuery()) == 0 and ctx.contacts.count(ListQuery()) == 0
    assert ctx.leads.get(lead.id).status == "qualified"
    with ctx.sessions() as s:
        assert s.scalar(select(Lead.converted_account_id).where(Lead.id == lead.id)) is None


def test_default_rules_round_trip_as_json():
    assert ScoringRules.from_json(DEFAULT_RULES.to_json()) == DEFAULT_RULES


def test_qualify_and_convert_is_one_transaction_and_one_revert(ctx):
    lead = _lead(ctx, status="working")
    disqualified = _lead(ctx, last_name="Gone", status="disqualified", disqualified_reason="no budget")
    with pytest.raises(ValidationError, match="a working lead cannot be converted"):
        ctx.conversion.convert(lead.id, ConversionInput())
    with pytest.raises(ValidationError, match="a disqualified lead cannot be converted"):
        ctx.conversion.convert(disqualified.id, ConversionInput(qualify=True))
    assert ctx.accounts.count(ListQuery()) == 0 and ctx.leads.get(disqualified.id).status == "disqualified"
    result = ctx.conversion.convert(lead.id, ConversionInput(qualify=True)).value
    assert ctx.leads.get(lead.id).status == "converted" and result.lead_before[0] == "working"
    ctx.conversion.revert(result)
    assert ctx.leads.get(lead.id).status == "working"
    assert ctx.accounts.count(ListQuery()) == 0 and ctx.contacts.count(ListQuery()) == 0
