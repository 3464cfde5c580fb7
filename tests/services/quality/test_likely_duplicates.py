"""Likely duplicates of a record about to be saved: found through indexes, scored like the review."""

from __future__ import annotations

from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput
from app.services.sales.leads import LeadInput


def test_contacts_are_found_by_email_phone_or_swapped_name(ctx):
    grace = ctx.contacts.create(
        ContactInput(
            last_name="Hopper", first_name="Grace", email="grace@navy.example", phone="+1 202 555 0100"
        )
    ).value
    by_email = ctx.dedupe.likely(
        "contact", {"first_name": "G.", "last_name": "Hoper", "email": "GRACE@navy.example"}
    )
    assert [d.id for d in by_email] == [grace.id] and "email" in by_email[0].matched
    swapped = ctx.dedupe.likely("contact", {"first_name": "Hopper", "last_name": "Grace"})
    assert [d.id for d in swapped] == [grace.id]
    by_phone = ctx.dedupe.likely(
        "contact", {"first_name": "Grace", "last_name": "Hopper-Murray", "phone": "(202) 555-0100"}
    )
    assert [d.id for d in by_phone] == [grace.id] and "phone" in by_phone[0].matched
    assert ctx.dedupe.likely("contact", {"first_name": "Alan", "last_name": "Turing"}) == []
    assert (
        ctx.dedupe.likely("contact", {"first_name": "Grace", "last_name": "Hopper"}, exclude=grace.id) == []
    )


def test_likely_duplicates_service_for_accounts_and_leads(ctx):
    ctx.accounts.create(AccountInput(name="Acme GmbH", domain="acme.example"))
    found = ctx.dedupe.likely("account", {"name": "ACME GmbH", "domain": "acme.example"})
    assert [(d.label, d.matched) for d in found] == [("Acme GmbH", ("name", "domain"))]
    assert ctx.dedupe.likely("account", {"name": "Initech"}) == []

    lead = ctx.leads.create(
        LeadInput(last_name="Curie", first_name="Marie", email="marie@radium.example")
    ).value
    found = ctx.dedupe.likely(
        "lead", {"first_name": "Marie", "last_name": "Curie", "email": "marie@radium.example"}
    )
    assert [d.id for d in found] == [lead.id]
    assert ctx.dedupe.likely("lead", {"first_name": "Marie", "last_name": "Curie"}, exclude=lead.id) == []
    # a typo in the surname: found by the email or the phone (the name lookup is exact)
    pierre = ctx.leads.create(
        LeadInput(last_name="Sklodowska", first_name="Pierre", phone="+33 1 23 45 67 89")
    ).value
    by_email = ctx.dedupe.likely(
        "lead", {"first_name": "Marie", "last_name": "Curi", "email": "MARIE@radium.example"}
    )
    assert [d.id for d in by_email] == [lead.id] and "email" in by_email[0].matched
    by_phone = ctx.dedupe.likely(
        "lead", {"first_name": "Pierre", "last_name": "Sklodowski", "phone": "+33 123456789"}
    )
    assert [d.id for d in by_phone] == [pierre.id] and "phone" in by_phone[0].matched


def test_an_import_lists_rows_that_look_like_existing_records_and_can_skip_them(ctx, tmp_path):
    from sqlalchemy import func, select

    from app.models import Contact
    from app.services.importing.csv_read import read_table
    from app.services.importing.engine import RecordImportService, RecordImportSpec
    from app.services.importing.mapping import known_headers, suggest

    grace = ctx.contacts.create(
        ContactInput(last_name="Hopper", first_name="Grace", email="grace@navy.example", city="Arlington")
    ).value
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,Email,City\nGrace,Hopper,,Arlington\nAlan,Turing,,London\n",
        encoding="utf-8",
    )
    table = read_table(path, known_headers=known_headers("contacts"))
    service = RecordImportService(ctx.uow)
    spec = RecordImportSpec(suggest("contacts", table.headers), dry_run=True)
    dry = service.run("contacts", table, spec).value
    assert (dry.created, dry.skipped) == (2, 0)
    assert [(r.row, r.label, r.existing_id) for r in dry.likely] == [(2, "Grace Hopper", grace.id)]
    assert str(dry.likely[0]).startswith("row 2, Grace Hopper: looks like Grace Hopper (")
    report = service.run("contacts", table, RecordImportSpec(spec.columns, skip_likely=True)).value
    assert (report.created, report.skipped, len(report.likely)) == (1, 1, 1)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 2
