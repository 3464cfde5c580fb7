"""Leads, deals and products through the import engine: suggested mapping of common exports, matching,
the validation report (row, column, reason; nothing stored) and undo of a whole import."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Account, Deal, DealStageHistory, Lead, Pipeline, Product, Stage
from app.services.core.errors import ValidationError
from app.services.importing.csv_read import read_table
from app.services.importing.engine import MatchOn, OnMatch, RecordImportService, RecordImportSpec
from app.services.importing.mapping import known_headers, suggest

HUBSPOT_LEADS = (
    "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lead Status,"
    "Original Source,Number of Employees\n"
    "101,Ada,Lovelace, Ada@Engines.example ,+44 20 7946 0958,Analytical Engines,CTO,new,website,120\n"
    "102,Charles,Babbage,charles@engines.example,,Analytical Engines,Founder,working,event,\n"
)
SALESFORCE_DEALS = (
    "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Opportunity Currency,Close Date,Created Date\n"
    'OPP-1,Big order,Acme GmbH,Closed Won,"12,500.50",EUR,2026-03-15,2026-01-14\n'
    "OPP-2,Pilot,Acme GmbH,Proposal,900,USD,2026-12-01,2026-02-01\n"
    "OPP-3,Renewal,Initech,Qualification,3000,JPY,,\n"
)
PRODUCTS = "SKU,Product Name,Unit Price,Currency,VAT\nA-1,Anvil,19.99,EUR,19%\nB-2,Bolt,0.25,EUR,19\n"


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _run(ctx, kind: str, path: Path, **options):
    table = read_table(path, known_headers=known_headers(kind))
    spec = RecordImportSpec(suggest(kind, table.headers), source=path.name, **options)
    return RecordImportService(ctx.uow).run(kind, table, spec).value


def _pipeline(ctx) -> None:
    with ctx.sessions.begin() as s:
        p = Pipeline(name="Sales", is_default=True)
        s.add(p)
        s.flush()
        for i, (name, won, lost) in enumerate(
            [
                ("Qualification", False, False),
                ("Proposal", False, False),
                ("Won", True, False),
                ("Lost", False, True),
            ]
        ):
            s.add(Stage(pipeline_id=p.id, name=name, position=i, is_won=won, is_lost=lost))


def test_hubspot_leads_are_mapped_normalised_scored_matched_and_undone(ctx, tmp_path):
    path = _file(tmp_path, "hubspot.csv", HUBSPOT_LEADS)
    table = read_table(path, known_headers=known_headers("leads"))
    assert suggest("leads", table.headers) == {
        "external_id": "Record ID",
        "first_name": "First Name",
        "last_name": "Last Name",
        "email": "Email",
        "phone": "Phone Number",
        "company": "Company Name",
        "title": "Job Title",
        "status": "Lead Status",
        "source": "Original Source",
        "company_size": "Number of Employees",
    }
    report = _run(ctx, "leads", path)  # HubSpot's 'website' source is web_form by the default table
    assert (report.created, report.updated) == (2, 0)
    with ctx.sessions() as s:
        ada = s.scalar(select(Lead).where(Lead.last_name == "Lovelace"))
        assert (ada.email, ada.phone, ada.company_size, ada.source) == (
            "ada@engines.example",
            "+442079460958",
            120,
            "web_form",
        )
        assert (ada.custom, ada.external_id) == ({}, "101")
        assert ada.score > 0  # scored as the editor would (rules from settings)
    from app.services.core.listing import ListQuery

    assert ctx.leads.count(ListQuery(search="lovelace")) == 1
    again = _run(ctx, "leads", path, on_match=OnMatch.SKIP, values={"source": {"website": "web_form"}})
    assert (again.created, again.skipped) == (0, 2)
    RecordImportService(ctx.uow).undo(report.batch_id)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Lead)) == 0


def test_salesforce_deals_resolve_stage_amount_and_account_and_undo_removes_all(ctx, tmp_path):
    _pipeline(ctx)
    path = _file(tmp_path, "opportunities.csv", SALESFORCE_DEALS)
    report = _run(
        ctx, "deals", path, match=MatchOn.NONE, values={"stage": {"Closed Won": "Won", "Closed Lost": "Lost"}}
    )
    assert report.created == 3
    with ctx.sessions() as s:
        rows = s.execute(
            select(Deal.name, Account.name, Stage.name, Deal.amount_minor, Deal.currency, Deal.closed_at)
            .join(Account, Account.id == Deal.account_id)
            .join(Stage, Stage.id == Deal.stage_id)
            .order_by(Deal.name)
        ).all()
        assert [r[:5] for r in rows] == [
            ("Big order", "Acme GmbH", "Won", 1250050, "EUR"),
            ("Pilot", "Acme GmbH", "Proposal", 90000, "USD"),
            ("Renewal", "Initech", "Qualification", 3000, "JPY"),
        ]
        assert rows[0][5].date().isoformat() == "2026-03-15" and rows[1][5] is None
        assert s.scalar(select(func.count()).select_from(DealStageHistory)) == 3
        assert s.scalar(select(func.count()).select_from(Account)) == 2
    RecordImportService(ctx.uow).undo(report.batch_id)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Deal)) == 0
        assert s.scalar(select(func.count()).select_from(DealStageHistory)) == 0
        assert s.scalar(select(func.count()).select_from(Account)) == 0


def test_a_bad_deal_row_names_row_column_reason_and_stores_nothing(ctx, tmp_path):
    _pipeline(ctx)
    bad = SALESFORCE_DEALS + "OPP-4,,Acme GmbH,Negotiation,1.2.3,EUR,15/03/2026,\n"
    path = _file(tmp_path, "bad.csv", bad)
    with pytest.raises(ValidationError) as err:
        _run(ctx, "deals", path, match=MatchOn.NONE, values={"stage": {"Closed Won": "Won"}})
    found = {(e.row, e.field): e.message for e in err.value.errors}
    assert set(found) == {
        (5, "Opportunity Name"),
        (5, "Stage"),
        (5, "Amount"),
        (5, "Close Date"),
    }
    assert (
        found[(5, "Stage")]
        == "'Negotiation' is not a stage of Sales; allowed: Qualification, Proposal, Won, Lost"
    )
    assert "not a date" in found[(5, "Close Date")]
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Deal)) == 0
        assert s.scalar(select(func.count()).select_from(Account)) == 0


def test_products_match_by_sku_update_the_price_and_a_bad_price_is_named(ctx, tmp_path):
    path = _file(tmp_path, "products.csv", PRODUCTS)
    first = _run(ctx, "products", path, match=MatchOn.SKU)
    assert first.created == 2
    cheaper = _file(tmp_path, "prices.csv", "SKU,Product Name,Unit Price\nA-1,Anvil,17.50\n")
    second = _run(ctx, "products", cheaper, match=MatchOn.SKU)
    assert (second.created, second.updated) == (0, 1)
    with ctx.sessions() as s:
        rows = s.execute(select(Product.sku, Product.name, Product.price_minor, Product.tax_rate_bp)).all()
        assert sorted(rows) == [("A-1", "Anvil", 1750, 1900), ("B-2", "Bolt", 25, 1900)]
    RecordImportService(ctx.uow).undo(second.batch_id)
    with ctx.sessions() as s:
        assert s.scalar(select(Product.price_minor).where(Product.sku == "A-1")) == 1999
    broken = _file(tmp_path, "broken.csv", "SKU,Product Name,Unit Price\nC-3,Clamp,cheap\n")
    with pytest.raises(ValidationError) as err:
        _run(ctx, "products", broken, match=MatchOn.SKU)
    assert [(e.row, e.field) for e in err.value.errors] == [(2, "Unit Price")]
    with pytest.raises(ValidationError, match="products are matched by one of"):
        _run(ctx, "products", broken, match=MatchOn.EMAIL)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 2


def test_large_deal_lead_and_product_imports_take_the_bulk_path_and_undo(ctx, tmp_path):
    """600+ rows go in by the bulk path (SQLite executemany with its index rebuild, PostgreSQL COPY):
    every kind's values, board places and stage history must come out as the row path stores them."""
    _pipeline(ctx)
    stages = ["Qualification", "Proposal", "Won"]
    deals = ["Opportunity Name,Account Name,Stage,Amount,Opportunity Currency,Close Date"] + [
        f"Deal {i},Firm {i % 30},{stages[i % 3]},{1000 + i}.50,EUR,2026-0{1 + i % 9}-15" for i in range(620)
    ]
    report = _run(ctx, "deals", _file(tmp_path, "deals.csv", "\n".join(deals)), match=MatchOn.NONE)
    leads = ["First Name,Last Name,Email,Company,Lead Source"] + [
        f"F{i},L{i},l{i}@leads.example,Co {i},event" for i in range(600)
    ]
    lead_report = _run(ctx, "leads", _file(tmp_path, "leads.csv", "\n".join(leads)))
    products = ["SKU,Product Name,Unit Price,VAT"] + [f"S-{i},Prod {i},{i}.99,19%" for i in range(600)]
    _run(ctx, "products", _file(tmp_path, "products.csv", "\n".join(products)), match=MatchOn.SKU)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Deal)) == 620
        assert s.scalar(select(func.count()).select_from(DealStageHistory)) == 620
        assert s.scalar(select(func.count()).select_from(Account)) == 30
        seven = s.scalar(select(Deal).where(Deal.name == "Deal 7"))
        assert (seven.amount_minor, seven.currency, str(seven.expected_close)) == (
            100750,
            "EUR",
            "2026-08-15",
        )
        positions = s.scalars(select(Deal.position).where(Deal.stage_id == seven.stage_id)).all()
        assert len(set(positions)) == len(positions)  # each deal its own place in its column
        assert s.scalar(select(func.count()).select_from(Lead).where(Lead.source == "event")) == 600
        assert s.scalar(select(func.min(Lead.score))) is not None  # scored as they were built
        assert s.scalar(select(Product.price_minor).where(Product.sku == "S-12")) == 1299
    RecordImportService(ctx.uow).undo(report.batch_id)
    RecordImportService(ctx.uow).undo(lead_report.batch_id)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Deal)) == 0
        assert s.scalar(select(func.count()).select_from(DealStageHistory)) == 0
        assert s.scalar(select(func.count()).select_from(Lead)) == 0
        assert s.scalar(select(func.count()).select_from(Product)) == 600
