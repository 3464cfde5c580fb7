"""Leads imported with a "Campaign" column are credited to that campaign; an unknown one names its row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Lead
from app.services.campaigns.campaigns import CampaignInput
from app.services.core.errors import ValidationError
from app.services.importing.csv_read import read_table
from app.services.importing.engine import MatchOn, RecordImportService, RecordImportSpec

SPEC = RecordImportSpec({"last_name": "Last Name", "email": "Email", "campaign": "Campaign"})


def test_imported_leads_are_credited_to_their_campaign(ctx):
    fair = ctx.campaigns.create(CampaignInput("Trade fair")).value
    csv = "Last Name,Email,Campaign\nBerg,berg@example.com,trade FAIR\nLamm,lamm@example.com,\n"
    report = RecordImportService(ctx.uow).run("leads", read_table(data=csv.encode()), SPEC).value
    assert report.created == 2
    with ctx.uow.read() as s:
        credited = dict(s.execute(select(Lead.last_name, Lead.campaign_id)).all())
    assert credited == {"Berg": fair.id, "Lamm": None}
    assert ctx.campaign_metrics.for_campaign(fair.id).leads == 1


def test_an_unknown_campaign_is_refused_with_its_row(ctx):
    csv = "Last Name,Email,Campaign\nBerg,berg@example.com,Nowhere\n"
    with pytest.raises(ValidationError) as caught:
        RecordImportService(ctx.uow).run("leads", read_table(data=csv.encode()), SPEC)
    error = caught.value.errors[0]
    assert (error.field, error.row) == ("Campaign", 2)  # the column as written, the line in the file
    assert "there is no campaign 'Nowhere'" in error.message
    with ctx.uow.read() as s:
        assert s.scalar(select(Lead.id)) is None


def test_imported_deals_are_credited_to_their_campaign(ctx):
    from app.models import Deal
    from app.services.sales.pipelines import PipelineInput, StageInput

    stages = (
        StageInput("Open", 10),
        StageInput("Won", 100, is_won=True),
        StageInput("Lost", 0, is_lost=True),
    )
    ctx.pipelines.save(PipelineInput("Sales", stages, is_default=True))
    fair = ctx.campaigns.create(CampaignInput("Trade fair", actual_cost=Decimal("100"))).value
    spec = RecordImportSpec(
        {"name": "Deal", "account": "Company", "stage": "Stage", "amount": "Amount", "campaign": "Campaign"},
        match=MatchOn.NONE,
        create_missing=True,
    )
    csv = "Deal,Company,Stage,Amount,Campaign\nBig,Acme,Won,500,Trade fair\nSmall,Beta,Open,50,\n"
    report = RecordImportService(ctx.uow).run("deals", read_table(data=csv.encode()), spec).value
    assert report.created == 2
    with ctx.uow.read() as s:
        credited = dict(s.execute(select(Deal.name, Deal.campaign_id)).all())
    assert credited == {"Big": fair.id, "Small": None}
    kpis = ctx.campaign_metrics.for_campaign(fair.id)
    assert (kpis.won_deals, kpis.new_customers) == (1, 1)
