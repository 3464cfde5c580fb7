"""A HubSpot CRM export (tests/data/hubspot: the CSVs HubSpot writes, UTF-8 with BOM, CRLF, labels as
headers, ';'-separated association ids) imported whole in one transaction, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from sqlalchemy import select

from app.models import Account, AccountContact, Activity, Contact, Deal, Stage, User
from app.services.core.errors import ValidationError
from app.services.importing import crm_export, hubspot
from app.services.importing.export_plan import ExportOptions
from tests.services.importing.export_helpers import DATA, counts, ensure_pipeline

FOLDER = DATA / "hubspot"
EVERYTHING = {"accounts": 2, "contacts": 3, "deals": 3, "activities": 4, "inactive users": 3}


def _import(ctx, folder=FOLDER, **options):
    ensure_pipeline(ctx)
    return crm_export.run_export(ctx.uow, hubspot.plan_export(folder), ExportOptions(**options)).value


def test_the_plan_reads_each_file_in_dependency_order_and_names_what_it_leaves_out():
    plan = hubspot.plan_export(FOLDER)
    assert [(f.kind, len(f.table.rows)) for f in plan.files] == [
        ("accounts", 2),
        ("contacts", 3),
        ("deals", 3),
        ("activities", 1),  # calls
        ("activities", 2),  # tasks
        ("activities", 1),  # notes
    ]
    assert plan.owners == ("Carla Support", "Jane Smith", "bob@sales.example")
    contacts = plan.files[1]
    assert contacts.columns["account_ref"] == "Associated Company IDs"
    assert contacts.unmapped == ("Lifecycle Stage", "Lead Status", "Create Date")
    assert plan.files[2].pipeline == "Sales Pipeline"
    assert plan.skipped == (
        "hubspot-crm-exports-all-tickets-2024-05-01.csv (not a HubSpot companies, contacts, deals or"
        " activities export)",
    )


def test_a_hubspot_export_is_imported_with_every_link(ctx):
    report = _import(ctx)
    assert (report.owners_matched, report.owners_created) == (0, 3)
    assert counts(ctx) == {**EVERYTHING, "accounts": 2}
    with ctx.uow.read() as s:
        users = {u.name: u for u in s.scalars(select(User).where(User.is_active.is_(False)))}
        assert set(users) == {"Jane Smith", "bob", "Carla Support"}  # one each, never merged
        assert users["bob"].email == "bob@sales.example"
        accounts = {a.external_id: a for a in s.scalars(select(Account))}
        acme, globex = accounts["hubspot:5001"], accounts["hubspot:5002"]
        assert (acme.name, acme.status, acme.owner_id, acme.employee_count) == (
            "Acme Corp",
            "partner",
            users["Jane Smith"].id,
            250,
        )
        assert (acme.country, acme.region, acme.postal_code) == ("US", "MA", "02110")
        contacts = {c.external_id: c for c in s.scalars(select(Contact))}
        links = dict(s.execute(select(AccountContact.contact_id, AccountContact.account_id)).all())
        assert links[contacts["hubspot:101"].id] == acme.id
        assert links[contacts["hubspot:102"].id] == globex.id  # '5002;5001': the first, HubSpot's primary
        assert contacts["hubspot:103"].id not in links
        assert contacts["hubspot:102"].owner_id == users["bob"].id
        assert contacts["hubspot:102"].first_name == "Jürgen"
        stages = {st.id: st for st in s.scalars(select(Stage))}
        deals = {d.external_id: d for d in s.scalars(select(Deal))}
        renewal, pilot, expansion = deals["hubspot:9001"], deals["hubspot:9002"], deals["hubspot:9003"]
        assert (renewal.account_id, renewal.contact_id, renewal.owner_id) == (
            acme.id,
            contacts["hubspot:101"].id,
            users["Jane Smith"].id,
        )
        assert stages[renewal.stage_id].is_won and renewal.closed_at is not None
        assert not (stages[pilot.stage_id].is_won or stages[pilot.stage_id].is_lost)
        assert pilot.amount_minor == 500050
        assert stages[expansion.stage_id].is_lost
        assert expansion.lost_reason == "Went with a competitor"
        activities = {a.external_uid: a for a in s.scalars(select(Activity))}
        call = activities["hubspot:call:70001"]
        assert (call.kind, call.contact_id, call.account_id, call.deal_id) == (
            "call",
            contacts["hubspot:101"].id,
            acme.id,
            renewal.id,
        )
        assert call.done_at is not None and call.owner_id == users["Jane Smith"].id
        contract = activities["hubspot:task:70002"]
        assert (contract.kind, contract.done_at, contract.deal_id) == ("task", None, pilot.id)
        assert contract.priority == "high"
        assert contract.due_at is not None and contract.due_at.month == 6
        assert activities["hubspot:task:70003"].done_at is not None  # 'Completed'
        assert activities["hubspot:task:70003"].owner_id == users["Carla Support"].id
        note = activities["hubspot:note:70004"]
        assert (note.kind, note.body, note.account_id) == (
            "note",
            "Asked for a discount on three years",
            globex.id,
        )


def test_importing_the_export_again_changes_nothing(ctx):
    _import(ctx)
    again = _import(ctx)
    assert (again.owners_matched, again.owners_created) == (3, 0)
    assert [(f.created, f.updated) for f in again.files] == [(0, 0)] * 6
    assert sum(f.unchanged for f in again.files) == 12
    assert counts(ctx) == EVERYTHING


def test_one_undo_removes_the_whole_export(ctx):
    report = _import(ctx)
    assert crm_export.is_export(ctx.uow, report.batch_id)
    crm_export.undo_export(ctx.uow, report.batch_id)
    assert counts(ctx) == dict.fromkeys(EVERYTHING, 0)


def test_a_dry_run_changes_nothing(ctx):
    report = _import(ctx, dry_run=True)
    assert report.dry_run and sum(f.created for f in report.files) == 12
    assert counts(ctx) == dict.fromkeys(EVERYTHING, 0)


def _broken(tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(FOLDER, folder)
    contacts = folder / "hubspot-crm-exports-all-contacts-2024-05-01.csv"
    text = contacts.read_text(encoding="utf-8-sig").replace("zoe@freelance.example", "zoe@@nowhere")
    contacts.write_text(text, encoding="utf-8-sig")
    return folder


def test_one_bad_row_refuses_the_whole_export_in_the_strict_mode(ctx, tmp_path):
    with pytest.raises(ValidationError) as refused:
        _import(ctx, _broken(tmp_path))
    (error,) = refused.value.errors
    assert (error.field, error.row) == ("hubspot-crm-exports-all-contacts-2024-05-01.csv: Email", 4)
    assert counts(ctx) == dict.fromkeys(EVERYTHING, 0)  # companies and owners rolled back too


def test_the_forgiving_mode_imports_the_rest_and_returns_the_bad_row_as_the_file_has_it(ctx, tmp_path):
    report = _import(ctx, _broken(tmp_path), forgiving=True)
    contacts = report.files[1]
    (rejected,) = contacts.rejected
    assert rejected.row == 4 and rejected.cells[0] == "103"  # the file's own id, not the prefixed one
    assert "Email" in rejected.reason
    assert counts(ctx) == {**EVERYTHING, "contacts": 2}


def test_unmapped_columns_are_kept_as_custom_fields_when_asked(ctx):
    report = _import(ctx, keep_unmapped=True)
    assert report.files[1].kept == ("Lifecycle Stage", "Lead Status", "Create Date")
    with ctx.uow.read() as s:
        ada = s.scalar(select(Contact).where(Contact.external_id == "hubspot:101"))
        assert ada.custom["lifecycle_stage"] == "Customer"
    again = _import(ctx, keep_unmapped=True)  # the fields exist now: mapped, not made twice
    assert again.files[1].kept == ()


def test_files_named_otherwise_are_recognised_by_their_headers(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for n, path in enumerate(sorted(FOLDER.glob("*.csv"))):
            z.write(path, f"export/file-{n}.csv")
    plan = hubspot.plan_export(archive)
    assert sorted(f.kind for f in plan.files) == sorted(
        ["accounts", "contacts", "deals", "activities", "activities", "activities"]
    )
    assert len(plan.skipped) == 1  # the tickets
