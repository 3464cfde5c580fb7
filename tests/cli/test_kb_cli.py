"""`rapport kb` and `rapport ticket sla-report` / `list --queue` from the command line."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.cli import main
from app.config import Settings
from app.context import AppContext


def test_add_search_suggest_and_export_an_article(tmp_path, capsys):
    db = tmp_path / "kb.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    text = tmp_path / "e42.md"
    text.write_text("# Error 42\n\nThe **fuser** is too hot.\n\n- Switch it off\n", encoding="utf-8")
    assert (
        main(
            [
                "kb",
                "add",
                "Printer shows error 42",
                "--category",
                "Hardware",
                "--file",
                str(text),
                "--db",
                str(db),
            ]
        )
        == 0
    )
    assert (
        main(["kb", "add", "Password policy", "--text", "Twelve characters", "--draft", "--db", str(db)]) == 0
    )
    assert main(["ticket", "new", "Printer error 42 again", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["kb", "search", "fuser", "--db", str(db)]) == 0
    assert " 1. Printer shows error 42  [Hardware]" in capsys.readouterr().out
    assert main(["kb", "search", "password", "--db", str(db)]) == 0
    assert "no article matches" in capsys.readouterr().out  # a draft is not offered
    number = f"T-{__import__('datetime').date.today().year}-00001"
    assert main(["kb", "suggest", number, "--db", str(db)]) == 0
    assert "Printer shows error 42" in capsys.readouterr().out
    assert main(["kb", "export", "printer", str(tmp_path / "a.pdf"), "--db", str(db)]) == 0
    assert "fuser" in PdfReader(tmp_path / "a.pdf").pages[0].extract_text()
    assert main(["kb", "export", "printer", str(tmp_path / "a.html"), "--db", str(db)]) == 0
    assert "<strong>fuser</strong>" in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert main(["kb", "list", "--db", str(db)]) == 0
    assert "Password policy  (draft)" in capsys.readouterr().out
    assert main(["ticket", "list", "--queue", "breaching", "--db", str(db)]) == 0
    assert main(["ticket", "sla-report", "--by", "priority", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "normal" in out and "all" in out


def test_csat_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "desk.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    assert main(["ticket", "new", "Toner empty", "--priority", "urgent", "--db", str(db)]) == 0
    number = capsys.readouterr().out.split()[0]
    assert main(["ticket", "csat", number, "5", "--db", str(db)]) == 1  # not resolved yet
    assert "ask once it is resolved" in capsys.readouterr().err
    assert main(["ticket", "status", number, "resolved", "--db", str(db)]) == 0
    assert main(["ticket", "csat", number, "5", "--comment", "quick", "--db", str(db)]) == 0
    assert main(["ticket", "feedback", "--by", "priority", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"CSAT 5 recorded for {number}" in out and "urgent" in out and "100.0" in out
    with pytest.raises(SystemExit, match="no contact segment named “none”"):
        main(["ticket", "feedback", "--kind", "nps", "--by", "segment", "--segment", "none", "--db", str(db)])


def test_customer_tiers_from_the_command_line(tmp_path, capsys):
    from app.services.records.accounts import AccountInput

    db = tmp_path / "desk.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    ctx.accounts.create(AccountInput(name="Gold Inc"))
    ctx.close()
    assert main(["ticket", "targets", "gold", "urgent", "30", "240", "--db", str(db)]) == 0
    assert main(["ticket", "tier", "Gold Inc", "gold", "--db", str(db)]) == 0
    assert main(["ticket", "targets", "gold", "urgent", "300", "30", "--db", str(db)]) == 1
    out = capsys.readouterr()
    assert "gold urgent: first response 30 min, resolution 240 min" in out.out
    assert "Gold Inc is now gold" in out.out and "first response must come before" in out.err
