"""Contacts and accounts import: detection, mapping suggestions, validation report, matching, undo."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import Account, AccountContact, AuditEntry, Contact
from app.services.core.errors import ValidationError
from app.services.importing.csv_read import read_table
from app.services.importing.engine import MatchOn, OnMatch, RecordImportService, RecordImportSpec
from app.services.importing.mapping import known_headers, suggest
from app.services.records.contacts import ContactInput

OUTLOOK = (
    "First Name,Last Name,E-mail Address,Business Phone,Company,Job Title,Business City,"
    "Business Country/Region,Notes\r\n"
    'Jürgen,Müller,J.Mueller@Example.DE,+49 30 1234567,Acme GmbH,CEO,Berlin,Germany,"two\nlines"\r\n'
    "Zoë,Dupont,zoe@example.fr,+33 1 23 45 67 89,Acme GmbH,,Paris,FR,\r\n"
)


def _table(text: str, encoding: str = "utf-8", delimiter: str = ","):
    data = text.replace(",", delimiter).encode(encoding)
    return read_table(data=data, known_headers=known_headers("contacts"))


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1252", "cp1252")],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_encoding_delimiter_header_and_quoted_newline_are_detected(encoding, expected, delimiter):
    table = _table(OUTLOOK, encoding, delimiter)
    assert (table.encoding, table.delimiter, table.has_header) == (expected, delimiter, True)
    assert [n for n, _ in table.rows] == [2, 3]
    first = table.records()[0]
    assert first["First Name"] == "Jürgen" and first["Notes"] == "two\nlines"


def test_header_absent_is_detected():
    table = read_table(data=b"Smith,smith@example.com\nJones,jones@example.com\n")
    assert not table.has_header and table.headers == ("Column 1", "Column 2") and len(table.rows) == 2


def test_mapping_suggested_from_common_exports():
    outlook = suggest("contacts", _table(OUTLOOK).headers)
    assert outlook == {
        "first_name": "First Name",
        "last_name": "Last Name",
        "email": "E-mail Address",
        "phone": "Business Phone",
        "company": "Company",
        "title": "Job Title",
        "city": "Business City",
        "country": "Business Country/Region",
        "notes": "Notes",
    }
    google = suggest("contacts", ["Given Name", "Family Name", "E-mail 1 - Value", "Organization 1 - Name"])
    assert google == {
        "first_name": "Given Name",
        "last_name": "Family Name",
        "email": "E-mail 1 - Value",
        "company": "Organization 1 - Name",
    }
    pipedrive = suggest("contacts", ["Person - Name", "Person - Email", "Person - Organization"])
    assert set(pipedrive) == {"full_name", "email", "company"}
    hubspot = suggest("accounts", ["Record ID", "Company name", "Company Domain Name", "Industry"])
    assert hubspot == {
        "external_id": "Record ID",
        "name": "Company name",
        "domain": "Company Domain Name",
        "industry": "Industry",
    }


def _spec(table, **kw):
    return RecordImportSpec(suggest("contacts", table.headers), **kw)


def test_contacts_import_stores_normalised_values_and_links_companies(ctx):
    table = _table(OUTLOOK)
    report = RecordImportService(ctx.uow).run("contacts", table, _spec(table)).value
    assert (report.rows, report.created, report.updated) == (2, 2, 0)
    with ctx.sessions() as s:
        rows = s.execute(
            select(
                Contact.first_name, Contact.email, Contact.phone, Contact.country, Contact.company_name
            ).order_by(Contact.last_name)
        ).all()
        assert rows == [
            ("Zoë", "zoe@example.fr", "+33123456789", "FR", "Acme GmbH"),
            ("Jürgen", "j.mueller@example.de", "+49301234567", "DE", "Acme GmbH"),
        ]
        assert s.scalar(select(func.count()).select_from(Account)) == 1
        assert s.scalar(select(func.count()).select_from(AccountContact)) == 2
        assert s.scalar(select(func.count()).where(AuditEntry.entity_type == "import")) == 1
    # the list (trigger-kept counters and search index) sees the bulk-inserted rows
    from app.services.core.listing import ListQuery

    assert ctx.contacts.count(ListQuery()) == 2
    assert ctx.contacts.count(ListQuery(search="mueller")) == 1


def test_one_bad_row_imports_nothing_and_names_row_column_reason(ctx):
    text = OUTLOOK + "Ann,,not-an-email,12,,,,Narnia,\r\nBob,Ray,bob@example.com\r\n"
    table = _table(text)
    with pytest.raises(ValidationError) as err:
        RecordImportService(ctx.uow).run("contacts", table, _spec(table))
    found = {(e.row, e.field) for e in err.value.errors}
    assert found == {  # the phone '12' is not refused: it would be kept as typed (for review)
        (4, "Last Name"),
        (4, "E-mail Address"),
        (4, "Business Country/Region"),
        (5, "(row)"),
    }
    assert "ragged row: 3 cells, the header has 9" in str(err.value)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
        assert s.scalar(select(func.count()).select_from(Account)) == 0


def test_match_by_email_updates_skips_or_creates_and_undo_restores(ctx):
    service = RecordImportService(ctx.uow)
    ctx.contacts.create(ContactInput(last_name="Mueller", first_name="J", email="j.mueller@example.de"))
    table = _table(OUTLOOK)
    dry = service.run("contacts", table, _spec(table, dry_run=True)).value
    assert (dry.created, dry.updated, dry.dry_run) == (1, 1, True)
    assert dry.preview[0]["email"] == "zoe@example.fr"
    skipped = service.run("contacts", table, _spec(table, on_match=OnMatch.SKIP, dry_run=True)).value
    assert (skipped.created, skipped.skipped) == (1, 1)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 1
    report = service.run("contacts", table, _spec(table)).value
    assert (report.created, report.updated) == (1, 1)
    with ctx.sessions() as s:
        assert s.scalar(select(Contact.first_name).where(Contact.last_name == "Müller")) == "Jürgen"
    service.undo(report.batch_id)
    with ctx.sessions() as s:
        assert s.execute(select(Contact.first_name, Contact.last_name, Contact.company_name)).all() == [
            ("J", "Mueller", "")
        ]
        assert s.scalar(select(func.count()).select_from(Account)) == 0
    with pytest.raises(Exception, match="does not exist"):
        service.undo(report.batch_id)


def test_match_by_external_id_and_name_company(ctx):
    service = RecordImportService(ctx.uow)
    text = "Id,Account Name,City\n001A,Acme GmbH,Berlin\n001B,Initech,Austin\n"
    table = read_table(data=text.encode(), known_headers=known_headers("accounts"))
    spec = RecordImportSpec(suggest("accounts", table.headers), match=MatchOn.EXTERNAL_ID)
    assert service.run("accounts", table, spec).value.created == 2
    again = read_table(data=b"Id,Account Name,City\n001A,Acme AG,Munich\n")
    report = service.run("accounts", again, spec).value
    assert (report.created, report.updated) == (0, 1)
    with ctx.sessions() as s:
        assert s.scalar(select(Account.city).where(Account.name == "Acme AG")) == "Munich"
    table = _table(OUTLOOK)
    service.run("contacts", table, _spec(table, match=MatchOn.NAME_COMPANY))
    spec = _spec(table, match=MatchOn.NAME_COMPANY, on_match=OnMatch.SKIP)
    report = service.run("contacts", table, spec).value
    assert (report.created, report.skipped) == (0, 2)


def test_cli_import_contacts_dry_run_refusal_and_undo(tmp_path, capsys):
    db = tmp_path / "cli.db"
    good = tmp_path / "contacts.csv"
    good.write_bytes(OUTLOOK.replace(",", ";").encode("cp1252"))
    assert main(["--db", str(db), "import", "contacts", str(good), "--dry-run"]) == 0
    assert "would import 2 new" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Email\nAnn Lee,nope\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": {"full_name": "Name"}}))
    assert main(["--db", str(db), "import", "contacts", str(bad), "--mapping", str(mapping)]) == 1
    out = capsys.readouterr().out
    assert "row 2, Email: 'nope' is not a valid email address" in out and "nothing imported" in out
    assert main(["--db", str(db), "import", "contacts", str(good)]) == 0
    out = capsys.readouterr().out
    batch = out.split("import id ")[1].split()[0]
    assert main(["--db", str(db), "import", "undo", batch]) == 0


def test_large_import_keeps_search_index_and_counter_right_and_triggers_survive(ctx):
    from sqlalchemy import text

    from app.services.access.users import UserInput
    from app.services.core.listing import ListQuery

    for owner in ("Olga", "Otis"):  # the rows' owners: the per-owner counters must follow a bulk insert
        ctx.users.add(UserInput(owner, f"{owner.lower()}@example.com"))
    lines = ["First Name,Last Name,Email,Owner"] + [
        f"F{i},Bulk{i:04d},bulk{i}@example.com,{('Olga', 'Otis')[i % 2]}" for i in range(700)
    ]
    table = read_table(data="\n".join(lines).encode())
    service = RecordImportService(ctx.uow)

    def schema():
        if ctx.engine.dialect.name != "sqlite":
            return []
        with ctx.sessions() as s:
            return sorted(s.execute(text("SELECT type, name, sql FROM sqlite_master")).all())

    before = schema()
    dry = service.run("contacts", table, _spec(table, dry_run=True)).value
    assert dry.created == 700
    assert schema() == before  # the dropped indexes and triggers came back with the rollback
    ctx.contacts.create(ContactInput(last_name="Before"))
    assert ctx.contacts.count(ListQuery()) == 1  # the dry run rolled its DDL back: triggers still count
    assert service.run("contacts", table, _spec(table)).value.created == 700
    ctx.contacts.create(ContactInput(last_name="Afterwards", email="after@example.com"))
    assert ctx.contacts.count(ListQuery()) == 702
    assert ctx.contacts.count(ListQuery(search="bulk0699")) == 1
    assert ctx.contacts.count(ListQuery(search="afterwards")) == 1
    with ctx.sessions() as s:
        assert s.scalar(text("SELECT live FROM row_counts WHERE table_name = 'contacts'")) == 702
        owned = "SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND owner_id IS NOT NULL"
        per_owner = "SELECT sum(live) FROM owner_row_counts WHERE table_name = 'contacts'"
        assert s.scalar(text(per_owner)) == s.scalar(text(owned)) >= 700  # the rep's counts (0030)
        if ctx.engine.dialect.name == "sqlite":
            s.execute(text("INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"))
            names = s.scalars(
                text("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='contacts'")
            )
            assert len(list(names)) == 9  # search (3), live count (3), live count per owner (3, 0030)


def test_cancel_after_the_rows_are_written_rolls_everything_back(ctx):
    from app.services.importing.engine import ImportCancelled

    table = _table(OUTLOOK)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < total  # cancel once the rows are written, before the commit

    with pytest.raises(ImportCancelled):
        RecordImportService(ctx.uow).run("contacts", table, _spec(table), progress)
    # two steps a row: checking (the first half), then writing; never backwards
    assert calls[0] == (0, 4) and calls[-1] == (4, 4) and {t for _, t in calls} == {4}
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and (2, 4) in calls
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
        assert s.scalar(select(func.count()).select_from(Account)) == 0


def test_large_import_links_memberships_records_its_batch_and_undoes(ctx):
    """700 rows take the bulk path on SQLite (memberships and batch items made in SQL, indexes rebuilt)
    and the row path on PostgreSQL: both must store the same thing."""
    import uuid

    from sqlalchemy import text

    from app.models import ImportBatchItem

    lines = ["First Name,Last Name,Email,Company"] + [
        f"F{i},Big{i:04d},big{i}@example.com,{'Firm ' + str(i % 7) if i % 10 else ''}" for i in range(700)
    ]
    table = read_table(data="\n".join(lines).encode())
    with ctx.sessions() as s:
        indexes = (
            sorted(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
            if (ctx.engine.dialect.name == "sqlite")
            else []
        )
    report = RecordImportService(ctx.uow).run("contacts", table, _spec(table)).value
    assert report.created == 700
    with ctx.sessions() as s:
        links = s.execute(
            select(Contact.last_name, Account.name, AccountContact.id, AccountContact.is_primary)
            .join(AccountContact, AccountContact.contact_id == Contact.id)
            .join(Account, Account.id == AccountContact.account_id)
        ).all()
        assert len(links) == 630  # every tenth row names no company
        assert {(last, name) for last, name, _, _ in links} == {
            (f"Big{i:04d}", f"Firm {i % 7}") for i in range(700) if i % 10
        }
        ids = [link_id for _, _, link_id, _ in links]
        assert len(set(ids)) == 630 and all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
        assert all(primary for *_, primary in links)
        items = s.execute(select(ImportBatchItem.action, func.count()).group_by(ImportBatchItem.action)).all()
        assert dict(items) == {"created": 700, "account": 7}
        if indexes:
            after = sorted(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
            assert after == indexes
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert RecordImportService(ctx.uow).undo(report.batch_id).value == 707
    with ctx.sessions() as s:
        for model in (Contact, Account, AccountContact):
            assert s.scalar(select(func.count()).select_from(model)) == 0
