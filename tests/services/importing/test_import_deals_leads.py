"""Deals and leads import: column and value mapping, find-or-create by name, history kept as given."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from app.cli import main
from app.models import Account, Deal, DealStageHistory, Lead, Pipeline, Stage, User
from app.services.core.errors import ValidationError
from app.services.importing.csv_read import read_table
from app.services.importing.engine import MatchOn, RecordImportService, RecordImportSpec
from app.services.importing.parsing import parse_amount
from app.services.sales.forecast import ForecastService

CSV = """Opportunity,Company,Rep,Phase,Value,Close,Created
Big order,Acme GmbH,Dana Scully,Closed Won,"12,500.00",2026-03-15,2026-01-14
Pilot,Acme GmbH,Dana Scully,Closed Lost,900,2026-04-02,2026-02-01
Renewal,Initech,,Proposal,"€ 3,000",2026-12-01,
"""


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


SPEC = RecordImportSpec(
    columns={
        "name": "Opportunity",
        "account": "Company",
        "owner": "Rep",
        "stage": "Phase",
        "amount": "Value",
        "expected_close": "Close",
        "created_at": "Created",
    },
    values={"stage": {"Closed Won": "Won", "Closed Lost": "Lost"}},
    match=MatchOn.NONE,
)


def _table(text):
    return read_table(data=text.encode())


def test_deals_resolve_by_name_map_values_and_keep_history(ctx):
    _pipeline(ctx)
    with pytest.raises(ValidationError) as err:  # an unknown owner is refused unless asked otherwise
        RecordImportService(ctx.uow).run("deals", _table(CSV), SPEC)
    assert {(e.field, e.row) for e in err.value.errors} == {("Rep", 2), ("Rep", 3)}
    spec = RecordImportSpec(**{**SPEC.__dict__, "create_missing": True})  # the importing user owns them
    report = RecordImportService(ctx.uow).run("deals", _table(CSV), spec).value
    assert report.created == 3
    with ctx.sessions() as s:
        won = s.scalar(select(Deal).where(Deal.name == "Big order"))
        assert won.amount_minor == 1250000 and won.closed_at.date() == date(2026, 3, 15)
        assert won.created_at.date() == date(2026, 1, 14)
        assert s.scalar(select(Stage.name).where(Stage.id == won.stage_id)) == "Won"
        history = s.scalar(select(DealStageHistory).where(DealStageHistory.deal_id == won.id))
        assert history.changed_at.date() == date(2026, 3, 15)
        renewal = s.scalar(select(Deal).where(Deal.name == "Renewal"))
        assert (renewal.amount_minor, renewal.closed_at, renewal.expected_close) == (
            300000,
            None,
            date(2026, 12, 1),
        )
        assert s.scalar(select(Account.id).where(Account.name == "Initech")) == renewal.account_id
        assert s.scalar(select(Account.id).where(Account.name == "Acme GmbH")) == won.account_id
        dana = s.scalars(select(User).where(User.name == "Dana Scully")).one()  # created, not merged into me
        assert (dana.is_active, dana.email, won.owner_id) == (False, "dana.scully@imported.invalid", dana.id)
        assert renewal.owner_id == ctx.current_user.id  # no owner in the file: the importing user
    forecast = ForecastService(ctx.uow).forecast(date(2026, 1, 1), date(2026, 12, 31))
    assert (forecast.won, forecast.lost, round(forecast.avg_cycle_days)) == (1, 1, 60)
    assert forecast.win_rate == 0.5
    by_month = {m.month: m for m in forecast.months}
    assert by_month[date(2026, 3, 1)].won == Decimal("12500.00")
    assert by_month[date(2026, 12, 1)].weighted == Decimal("1500.00")


def test_amount_parsing():
    assert parse_amount("€ 1,234.50") == Decimal("1234.50")
    assert parse_amount("1234,5") == Decimal("1234.5")
    with pytest.raises(ValueError):
        parse_amount("1.2.3")


def test_cli_imports_leads_and_deals_with_a_mapping_file(tmp_path, capsys):
    db = tmp_path / "crm.db"
    assert main(["demo", "--size", "10", "--db", str(db)]) == 0
    leads = tmp_path / "leads.csv"
    leads.write_text(
        "Surname,Given,Firm,Mail,Channel\nCurie,Marie,Radium Ltd,marie@radium.example,Trade fair\n"
    )
    assert (
        main(
            [
                "import",
                "leads",
                str(leads),
                "--db",
                str(db),
                "--map",
                "last_name=Surname",
                "--map",
                "first_name=Given",
                "--map",
                "company=Firm",
                "--map",
                "email=Mail",
                "--map",
                "source=Channel",
                "--value",
                "source:Trade fair=event",
            ]
        )
        == 0
    )
    assert "imported 1 new, 0 updated, 0 skipped leads" in capsys.readouterr().out
    deals = tmp_path / "deals.csv"
    deals.write_text(CSV)
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": SPEC.columns, "values": SPEC.values}))
    assert (
        main(
            [
                "import",
                "deals",
                str(deals),
                "--db",
                str(db),
                "--mapping",
                str(mapping),
                "--dry-run",
                "--create-missing",
            ]
        )
        == 0
    )
    assert "would import 3 new, 0 updated, 0 skipped deals" in capsys.readouterr().out
    assert main(["import", "deals", str(deals), "--db", str(db), "--mapping", str(mapping)]) == 1
    assert "nothing imported" in capsys.readouterr().out
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as s:
        lead = s.scalar(select(Lead).where(Lead.last_name == "Curie"))
        assert (lead.source, lead.company, lead.email) == ("event", "Radium Ltd", "marie@radium.example")
        assert s.scalar(select(Deal.id).where(Deal.name == "Big order")) is None
    engine.dispose()


def test_a_first_bulk_import_of_deals_keeps_the_index_their_rollup_trigger_reads(sqlite_ctx):
    """The bulk path drops a new table's indexes and rebuilds them after the insert; deal_stage_history's
    rollup trigger reads the table per inserted row, so without its index each row scanned all earlier
    ones (50,000 deals: about half an hour). Contacts, whose triggers go, still drop theirs."""
    _pipeline(sqlite_ctx)
    statements: list[str] = []
    event.listen(sqlite_ctx.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    rows = "\n".join(f"Deal {i},Acme GmbH,,Proposal,100,2026-03-15,2026-01-14" for i in range(600))
    spec = RecordImportSpec(**{**SPEC.__dict__, "create_missing": True})
    assert RecordImportService(sqlite_ctx.uow).run("deals", _table(CSV.split("\n")[0] + "\n" + rows), spec)
    dropped = [s for s in statements if s.startswith("DROP INDEX")]
    assert not [s for s in dropped if "deal_stage_history" in s]
    contacts = "First Name,Last Name,Email\n" + "\n".join(f"F{i},L{i},f{i}@x.example" for i in range(600))
    contact_spec = RecordImportSpec({"first_name": "First Name", "last_name": "Last Name", "email": "Email"})
    RecordImportService(sqlite_ctx.uow).run("contacts", _table(contacts), contact_spec)
    assert any("ix_contacts" in s for s in statements if s.startswith("DROP INDEX"))
