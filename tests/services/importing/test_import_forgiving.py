"""Forgiving imports: good rows in, refused rows to a rejects file that imports after a fix; values that
cannot be normalised but are not wrong kept and flagged; national numbers in the company's country."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import Contact, ImportBatch, Lead
from app.services.core.errors import ValidationError
from app.services.documents.company import CompanySettings
from app.services.importing.csv_read import read_table
from app.services.importing.engine import RecordImportService, RecordImportSpec
from app.services.importing.mapping import known_headers, suggest

CONTACTS = (
    "First Name,Last Name,Email,Phone,Country\n"
    "Ada,Lovelace,ada@example.com,+44 20 7946 0958,GB\n"
    "Bob,,bob@example.com,,\n"  # no last name
    "Cy,Young,not-an-email,,\n"
    "Di,Prince,di@example.com,12,\n"  # an unusual phone: kept as typed, flagged
    "Ed,Stone,ed@example.com,,Narnia\n"
)


def _table(text: str):
    return read_table(data=text.encode(), known_headers=known_headers("contacts"))


def _count(ctx, model) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_a_forgiving_import_takes_the_good_rows_in_one_batch_and_returns_the_refused_unchanged(ctx):
    table = _table(CONTACTS)
    spec = RecordImportSpec(suggest("contacts", table.headers), forgiving=True)
    report = RecordImportService(ctx.uow).run("contacts", table, spec).value
    assert (report.rows, report.created) == (5, 2)
    assert [(r.row, r.cells) for r in report.rejected] == [
        (3, ("Bob", "", "bob@example.com", "", "")),
        (4, ("Cy", "Young", "not-an-email", "", "")),
        (6, ("Ed", "Stone", "ed@example.com", "", "Narnia")),
    ]
    assert report.rejected[0].reason == "Last Name: is required"
    assert "'not-an-email' is not a valid email address" in report.rejected[1].reason
    assert [str(n) for n in report.review] == [
        "row 5, Phone: '12' has the wrong number of digits for a phone number: kept as typed"
    ]
    with ctx.sessions() as s:
        di = s.scalars(select(Contact).where(Contact.last_name == "Prince")).one()
        assert (di.phone, di.phone_display) == ("", "12")
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 1
    ctx.importer.undo(report.batch_id)  # one undo step takes the whole import back
    assert _count(ctx, Contact) == 0


def test_strict_mode_still_refuses_the_whole_file(ctx):
    table = _table(CONTACTS)
    with pytest.raises(ValidationError) as err:
        RecordImportService(ctx.uow).run(
            "contacts", table, RecordImportSpec(suggest("contacts", table.headers))
        )
    assert {e.row for e in err.value.errors} == {3, 4, 6}
    assert _count(ctx, Contact) == 0


def test_the_rejects_file_reimported_after_a_fix_brings_every_row_in(tmp_path, capsys):
    db, source, rejects = tmp_path / "crm.db", tmp_path / "contacts.csv", tmp_path / "rejects.csv"
    source.write_text(CONTACTS, encoding="utf-8")
    assert main(["import", "contacts", str(source), "--rejects", str(rejects), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "imported 2 new" in out
    assert "3 row(s) refused, written with the reason to" in out
    assert "contacts.csv: row 5, Phone: '12' has the wrong number of digits" in out
    with rejects.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["First Name", "Last Name", "Email", "Phone", "Country", "reason"]
    assert [r[:5] for r in rows[1:]] == [
        ["Bob", "", "bob@example.com", "", ""],
        ["Cy", "Young", "not-an-email", "", ""],
        ["Ed", "Stone", "ed@example.com", "", "Narnia"],
    ]
    assert rows[3][5].startswith("Country: ")
    rows[1][1], rows[2][2], rows[3][4] = "Builder", "cy@example.com", "NL"  # the fix
    with rejects.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    assert (
        main(["import", "contacts", str(rejects), "--rejects", str(tmp_path / "again.csv"), "--db", str(db)])
        == 0
    )
    out = capsys.readouterr().out
    assert "imported 3 new" in out and "refused" not in out
    assert main(["import", "contacts", str(source), "--db", str(db), "--dry-run"]) == 1  # strict: refused
    assert "nothing imported: 3 problem(s)" in capsys.readouterr().out
    from app.config import Settings
    from app.context import AppContext

    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        assert _count(ctx, Contact) == 5
    finally:
        ctx.close()


def test_national_numbers_are_read_in_the_company_country_or_the_rows(ctx):
    ctx.company.save(CompanySettings(country="FR"))
    text = "Last Name,Phone,Country\nA,01 23 45 67 89,\nB,030 1234567,DE\n"
    table = _table(text)
    RecordImportService(ctx.uow).run("contacts", table, RecordImportSpec(suggest("contacts", table.headers)))
    with ctx.sessions() as s:
        phones = dict(s.execute(select(Contact.last_name, Contact.phone)).all())
    assert phones == {"A": "+33123456789", "B": "+49301234567"}


def test_a_refused_value_is_shown_as_the_file_has_it_with_the_allowed_values(ctx):
    text = "Last Name,Lead Source,Lead Status\nA,Fax Blast,Pending Review\n"
    table = read_table(data=text.encode(), known_headers=known_headers("leads"))
    with pytest.raises(ValidationError) as err:
        RecordImportService(ctx.uow).run("leads", table, RecordImportSpec(suggest("leads", table.headers)))
    messages = {e.field: e.message for e in err.value.errors}
    assert messages["Lead Source"].startswith("'Fax Blast' is not a lead source; allowed: web_form, referral")
    assert messages["Lead Status"].startswith("'Pending Review' is not a lead status; allowed: new, working")
    assert _count(ctx, Lead) == 0


def test_a_phone_too_long_to_keep_as_typed_is_refused_not_cut(ctx):
    table = _table("Last Name,Phone\nA," + "9" * 70 + "\n")
    with pytest.raises(ValidationError, match="row 2, Phone: is too long \\(70 characters, at most 64\\)"):
        RecordImportService(ctx.uow).run(
            "contacts", table, RecordImportSpec(suggest("contacts", table.headers))
        )
