"""A fresh database is ready to sell: its default pipeline, `rapport pipeline`, a deals import with no set-up."""

from __future__ import annotations

from app.cli import main
from app.config import Settings
from app.context import AppContext


def _fresh(tmp_path):
    """A brand-new database, as the app's first start makes it (a mistyped --db is refused by the CLI)."""
    db = tmp_path / "fresh.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    return db


def test_a_fresh_database_has_the_default_pipeline_with_win_probabilities(tmp_path, capsys):
    db = _fresh(tmp_path)
    assert main(["pipeline", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == ["* Sales (6 stages)"]
    assert main(["pipeline", "stages", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1. Qualification  10%",
        "2. Needs analysis  25%",
        "3. Proposal  50%",
        "4. Negotiation  75%",
        "5. Won  100% won",
        "6. Lost  0% lost",
    ]


def test_pipeline_add_with_its_own_stages_and_as_default(tmp_path, capsys):
    db = _fresh(tmp_path)
    args = ["pipeline", "add", "Renewals", "--stage", "Due=20", "--stage", "Renewed=100:won"]
    assert main([*args, "--stage", "Gone:lost", "--default", "--db", str(db)]) == 0
    assert "pipeline Renewals created with 3 stages" in capsys.readouterr().out
    assert main(["pipeline", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == ["  Sales (6 stages)", "* Renewals (3 stages)"]
    assert main(["pipeline", "stages", "Renewals", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == ["1. Due  20%", "2. Renewed  100% won", "3. Gone  0% lost"]


def test_pipeline_add_refuses_a_taken_name_and_a_bad_percent(tmp_path, capsys):
    db = _fresh(tmp_path)
    assert main(["pipeline", "add", "sales", "--db", str(db)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["pipeline", "add", "X", "--stage", "A=150", "--db", str(db)]) == 1
    assert "150 is not between 0 and 100" in capsys.readouterr().err
    assert main(["pipeline", "stages", "Nope", "--db", str(db)]) == 1
    assert "no pipeline named 'Nope' (pipelines: Sales)" in capsys.readouterr().out


def test_import_deals_on_a_fresh_database_needs_no_set_up(tmp_path, capsys):
    db = tmp_path / "fresh.db"  # the import itself creates the database
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "Opportunity Name,Account Name,Stage,Amount,Close Date\n"
        "Big order,Acme,Proposal,1200.50,2026-03-01\n"
        "Small order,Globex,Won,99,2026-01-15\n",
        encoding="utf-8",
    )
    assert main(["import", "deals", str(deals), "--db", str(db)]) == 0
    assert "imported 2 new" in capsys.readouterr().out
    assert main(["pipeline", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == ["* Sales (6 stages)"]
