"""`rapport print labels|envelopes|list`: the PDFs, their summaries and clear refusals."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.services.records.accounts import AccountInput


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "print.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    for n in range(25):
        ctx.accounts.create(
            AccountInput(
                name=f"Firm {n:02d}", address=f"{n} Ring", postal_code="20457", city="Hamburg", country="DE"
            )
        )
    ctx.accounts.create(AccountInput(name="No Address Ltd"))
    ctx.close()
    return path


def _pages(path):
    return [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_labels_on_a_sheet_say_who_was_left_out(db, tmp_path, capsys):
    out = tmp_path / "labels.pdf"
    assert (
        main(
            [
                "print",
                "labels",
                "accounts",
                "--sheet",
                "l7160",
                "--skip",
                "20",
                "-o",
                str(out),
                "--db",
                str(db),
            ]
        )
        == 0
    )
    said = capsys.readouterr().out
    assert (
        "printed 25 accounts; 1 left out with no postal address (No Address Ltd) on 3 sheets of L7160" in said
    )
    pages = _pages(out)
    assert len(pages) == 3  # 1 label left on the first sheet, 21 on the second, 3 on the third
    assert "FIRM 00" not in pages[0] and "Firm 00" in pages[0] and "20457 HAMBURG" in pages[0]


def test_envelopes_and_a_list(db, tmp_path, capsys):
    envelopes = tmp_path / "envelopes.pdf"
    assert (
        main(["print", "envelopes", "accounts", "--size", "C5", "-o", str(envelopes), "--db", str(db)]) == 0
    )
    assert len(_pages(envelopes)) == 25
    table = tmp_path / "list.pdf"
    args = ["print", "list", "accounts", "--search", "Firm 1", "--columns", "name,city", "-o", str(table)]
    assert main([*args, "--db", str(db)]) == 0
    assert "printed 10 accounts" in capsys.readouterr().out
    (text,) = _pages(table)
    assert "search 'Firm 1'" in text and "Firm 19" in text and "Firm 20" not in text and "Page 1 of 1" in text


def test_unknown_sheets_and_columns_are_named(db, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["print", "labels", "accounts", "--sheet", "L1", "-o", str(out), "--db", str(db)]) == 1
    assert "no label sheet 'L1'; known: L7160, L7163, 5160, 5163" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="accounts have no column colour"):
        main(["print", "list", "accounts", "--columns", "name,colour", "-o", str(out), "--db", str(db)])
    assert not out.exists()
