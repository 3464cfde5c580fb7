"""Export: every row of the list's query, in its order, formulas neutralised; CSV and XLSX.

vCard export and import are tested in test_vcard.py.
"""

from __future__ import annotations

import csv

from openpyxl import load_workbook
from sqlalchemy import select

from app.cli import main
from app.models import Contact
from app.services.core.listing import ListQuery
from app.services.importing.csv_read import read_table
from app.services.importing.engine import RecordImportService, RecordImportSpec
from app.services.importing.export import list_rows, neutralise, row_cells, write_table
from app.services.records.contacts import ContactInput


def test_neutralise_prefixes_formula_starts_only():
    assert [neutralise(v) for v in ("=1+1", "+49 30", "-5", "@SUM(A1)", "\tx", "plain", "")] == [
        "'=1+1",
        "'+49 30",
        "'-5",
        "'@SUM(A1)",
        "'\tx",
        "plain",
        "",
    ]


def _people(ctx, n=1205):
    service = RecordImportService(ctx.uow)
    lines = ["First Name,Last Name,Email,City"]
    lines += [f"P{i},Person {i:05d},p{i}@example.com,{'=cmd|calc' if i == 7 else 'Berlin'}" for i in range(n)]
    table = read_table(data="\n".join(lines).encode())
    service.run(
        "contacts",
        table,
        RecordImportSpec(
            {"first_name": "First Name", "last_name": "Last Name", "email": "Email", "city": "City"}
        ),
    )


def test_list_rows_pages_through_the_whole_query_in_order(ctx):
    _people(ctx)
    rows = list(list_rows(ctx.contacts, ListQuery(sort="name")))
    assert len(rows) == 1205
    assert [r.last_name for r in rows[:2]] == ["Person 00000", "Person 00001"]
    assert rows[-1].last_name == "Person 01204"
    found = list(list_rows(ctx.contacts, ListQuery(search="p1200@example.com")))
    assert [r.last_name for r in found] == ["Person 01200"]


def test_csv_and_xlsx_hold_every_row_with_formulas_neutralised(ctx, tmp_path):
    _people(ctx, 30)
    names = ["last_name", "email", "city"]
    for fmt in ("csv", "xlsx"):
        path = tmp_path / f"out.{fmt}"
        rows = list_rows(ctx.contacts, ListQuery(sort="name"))
        assert write_table(path, fmt, names, rows, lambda r: row_cells(r, names)) == 30
        if fmt == "csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                data = list(csv.reader(handle))
        else:
            data = [[c or "" for c in row] for row in load_workbook(path).active.iter_rows(values_only=True)]
        assert data[0] == names and len(data) == 31
        assert data[8] == ["Person 00007", "p7@example.com", "'=cmd|calc"]


def test_cli_export_every_format(tmp_path, capsys):
    db = tmp_path / "e.db"
    assert main(["demo", "--size", "200", "--db", str(db)]) == 0
    for fmt in ("csv", "xlsx", "vcf"):
        out = tmp_path / f"c.{fmt}"
        assert main(["--db", str(db), "export", "contacts", "--format", fmt, "-o", str(out)]) == 0
        assert f"exported 200 contacts to {out}" in capsys.readouterr().out
    assert len(read_table(tmp_path / "c.csv").rows) == 200
    assert (tmp_path / "c.vcf").read_text().count("BEGIN:VCARD") == 200


def test_cli_export_writes_custom_fields_as_columns(tmp_path, capsys):
    from app.config import Settings
    from app.context import AppContext
    from app.services.core.custom_fields import FieldInput

    db = tmp_path / "c.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    ctx.custom_fields.create(FieldInput("contact", "Budget", "money", currency="EUR"))
    ctx.contacts.create(ContactInput(last_name="Ada", custom={"budget": "1234.5"}))
    ctx.contacts.create(ContactInput(last_name="Bob"))
    ctx.close()
    out = tmp_path / "c.csv"
    assert main(["--db", str(db), "export", "contacts", "-o", str(out)]) == 0
    table = read_table(out)
    assert "custom" not in table.headers and table.headers[-1] == "custom.budget"
    budgets = {r["last_name"]: r["custom.budget"] for r in table.records()}
    assert budgets == {"Ada": "1,234.50 EUR", "Bob": ""}


def test_an_exported_csv_imports_back_with_its_custom_columns(tmp_path, capsys):
    """Export from one database, import into another with the same custom field: every value arrives."""
    from app.config import Settings
    from app.context import AppContext
    from app.services.core.custom_fields import FieldInput

    def database(name):
        ctx = AppContext.open(Settings(db_url=f"sqlite:///{tmp_path / name}"))
        ctx.custom_fields.create(FieldInput("contact", "Budget", "money", currency="EUR"))
        ctx.custom_fields.create(FieldInput("contact", "Tier", "choice", choices=("Gold", "Silver")))
        return ctx

    source = database("a.db")
    ada = source.contacts.create(
        ContactInput(last_name="Ada", email="ada@example.com", custom={"budget": "1234.5", "tier": "Gold"})
    ).value
    source.contacts.create(ContactInput(last_name="Bob", email="bob@example.com"))
    source.close()
    database("b.db").close()
    out = tmp_path / "c.csv"
    assert main(["--db", str(tmp_path / "a.db"), "export", "contacts", "-o", str(out)]) == 0
    assert main(["--db", str(tmp_path / "b.db"), "import", "contacts", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "custom.budget -> custom.budget" in printed and "custom.tier -> custom.tier" in printed
    target = AppContext.open(Settings(db_url=f"sqlite:///{tmp_path / 'b.db'}"))
    try:
        rows = {r.last_name: r.custom for r in target.contacts.page(ListQuery(), 0, 10, 2).rows}
        with target.uow.read() as session:
            source_ids = dict(session.execute(select(Contact.last_name, Contact.external_id)).all())
    finally:
        target.close()
    assert source_ids["Ada"] == str(ada.id)  # the source's id, to match a later re-import
    assert source_ids["Bob"]
    assert rows == {"Ada": {"budget": 123450, "tier": "Gold"}, "Bob": {}}
