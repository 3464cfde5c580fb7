"""A Pipedrive export from an EU account (tests/data/pipedrive: ';' between cells, decimal commas,
day-first dates, UTF-8 with BOM, '<Object> - <Field>' headers) imported whole, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import zipfile
from datetime import UTC, date, datetime

from sqlalchemy import select

from app.models import Account, AccountContact, Activity, Contact, Deal, Stage, User
from app.services.importing import crm_export, pipedrive
from app.services.importing.export_plan import ExportOptions
from tests.services.importing.export_helpers import DATA, counts, ensure_pipeline

FOLDER = DATA / "pipedrive"
EVERYTHING = {"accounts": 2, "contacts": 3, "deals": 3, "activities": 5, "inactive users": 2}


def _import(ctx, export=FOLDER, **options):
    ensure_pipeline(ctx)
    return crm_export.run_export(ctx.uow, pipedrive.plan_export(export), ExportOptions(**options)).value


def test_files_are_recognised_by_the_object_their_headers_name():
    plan = pipedrive.plan_export(FOLDER)
    assert [f.kind for f in plan.files] == ["accounts", "contacts", "deals", "activities", "activities"]
    deals = plan.files[2]
    assert deals.table.delimiter == ";" and deals.pipeline == "Pipeline"
    assert "Deal - Status" not in deals.unmapped and "Deal - Lost time" not in deals.unmapped
    assert plan.owners == ("Anna Schmidt", "Luc Martin")


def test_a_pipedrive_export_is_imported_with_every_link(ctx):
    _import(ctx)
    assert counts(ctx) == EVERYTHING
    with ctx.uow.read() as s:
        users = {u.name: u.id for u in s.scalars(select(User).where(User.is_active.is_(False)))}
        accounts = {a.external_id: a for a in s.scalars(select(Account))}
        mueller, dupont = accounts["pipedrive:1"], accounts["pipedrive:2"]
        assert (mueller.name, mueller.status, mueller.owner_id) == (
            "Müller & Söhne KG",
            "customer",
            users["Anna Schmidt"],
        )
        contacts = {c.external_id: c for c in s.scalars(select(Contact))}
        links = dict(s.execute(select(AccountContact.contact_id, AccountContact.account_id)).all())
        klaus, claire = contacts["pipedrive:1"], contacts["pipedrive:2"]
        assert links[klaus.id] == mueller.id and links[claire.id] == dupont.id
        assert contacts["pipedrive:3"].id not in links
        assert (claire.email, claire.other_email) == ("claire@dupont.example", "claire@home.example")
        assert klaus.other_phone == "+491712345678"
        stages = {st.id: st for st in s.scalars(select(Stage))}
        deals = {d.external_id: d for d in s.scalars(select(Deal))}
        frame, licence, upkeep = deals["pipedrive:1"], deals["pipedrive:2"], deals["pipedrive:3"]
        assert (frame.amount_minor, frame.currency, frame.expected_close) == (
            1250050,
            "EUR",
            date(2024, 12, 31),
        )
        assert (frame.account_id, frame.contact_id, frame.owner_id) == (
            mueller.id,
            klaus.id,
            users["Anna Schmidt"],
        )
        assert stages[frame.stage_id].name == "Proposal"  # 'Proposal Made': the nearest open stage
        assert stages[licence.stage_id].is_won  # status won, whatever its last stage
        assert licence.closed_at.replace(tzinfo=UTC) == datetime(2024, 2, 27, 16, 0, tzinfo=UTC)
        assert stages[upkeep.stage_id].is_lost and upkeep.lost_reason == "Zu teuer"
        assert upkeep.closed_at.date() == date(2024, 4, 15)  # its lost time
        assert (upkeep.amount_minor, upkeep.currency) == (180000, "CHF")
        activities = {a.external_uid: a for a in s.scalars(select(Activity))}
        call = activities["pipedrive:activity:1"]
        assert (call.kind, call.deal_id, call.contact_id, call.account_id) == (
            "call",
            frame.id,
            klaus.id,
            mueller.id,
        )
        assert call.start_at.replace(tzinfo=UTC) == datetime(2024, 1, 16, 10, 0, tzinfo=UTC)
        assert call.done_at is not None
        follow_up = activities["pipedrive:activity:2"]
        assert (follow_up.kind, follow_up.done_at) == ("task", None)
        assert follow_up.due_at.date() == date(2025, 1, 15)
        assert activities["pipedrive:activity:3"].kind == "meeting"
        note = activities["pipedrive:note:2"]
        assert (note.kind, note.deal_id, note.contact_id, note.owner_id) == (
            "note",
            None,
            claire.id,
            users["Luc Martin"],
        )


def test_a_zipped_export_imported_twice_is_imported_once(ctx, tmp_path):
    archive = tmp_path / "pipedrive-export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in FOLDER.iterdir():
            z.write(path, f"export/{path.name}")
    _import(ctx, archive)
    again = _import(ctx, archive)
    assert sum(f.created + f.updated for f in again.files) == 0
    assert counts(ctx) == EVERYTHING


def test_a_bad_amount_and_a_bad_day_are_refused_alone_in_the_forgiving_mode(ctx, tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(FOLDER, folder)
    deals = folder / "deals-1234567-3.csv"
    deals.write_text(deals.read_text(encoding="utf-8-sig").replace("4.200,00", "vier"), encoding="utf-8-sig")
    activities = folder / "activities-1234567-4.csv"
    text = activities.read_text(encoding="utf-8-sig").replace("27.02.2024;15:00", "31.02.2024;15:00")
    activities.write_text(text, encoding="utf-8-sig")
    report = _import(ctx, folder, forgiving=True)
    (rejected,) = report.files[2].rejected
    assert (rejected.row, rejected.cells[0]) == (3, "2")
    assert "Deal - Value" in rejected.reason
    activities = {f.name: f for f in report.files[3:]}["activities-1234567-4.csv"]
    (bad_day,) = activities.rejected  # 31 February: refused alone, as the file has it
    assert (bad_day.row, bad_day.cells[3]) == (4, "31.02.2024")
    assert "Activity - Due date" in bad_day.reason
    assert counts(ctx) == {**EVERYTHING, "deals": 2, "activities": 4}


def test_deals_exported_without_their_organizations_are_linked_by_name(ctx, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    shutil.copy(FOLDER / "deals-1234567-3.csv", folder)
    (report,) = _import(ctx, folder).files
    assert report.note.endswith(
        "the export has no accounts, contacts: Organization - ID, Person - ID not read"
    )
    assert counts(ctx) == {**dict.fromkeys(EVERYTHING, 0), "deals": 3, "accounts": 2, "inactive users": 2}
    with ctx.uow.read() as s:
        named = dict(
            s.execute(select(Deal.name, Account.name).join(Account, Deal.account_id == Account.id)).all()
        )
    assert named["Dupont Lizenz"] == "Dupont SARL"
