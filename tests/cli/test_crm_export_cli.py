"""`rapport import hubspot|pipedrive EXPORT`: the plan first, one transaction, every link, a re-import
that changes nothing, one undo for the whole export, and the forgiving mode's rejects folder."""

from __future__ import annotations

import csv
import shutil
import zipfile

from sqlalchemy import func, select

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.models import Account, AccountContact, Activity, Contact, Deal, User
from tests.services.importing.export_helpers import DATA


def _look(db):
    """(accounts, contacts linked to an account, deals with account and contact and owner, activities)."""
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        with ctx.sessions() as s:

            def count(model, *where):
                return s.scalar(
                    select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
                )

            linked = s.scalar(select(func.count(func.distinct(AccountContact.contact_id))))
            deals = count(
                Deal, Deal.account_id.is_not(None), Deal.contact_id.is_not(None), Deal.owner_id.is_not(None)
            )
            owners = s.scalar(select(func.count()).select_from(User).where(User.is_active.is_(False)))
            return count(Account), count(Contact), linked, deals, count(Activity), owners
    finally:
        ctx.close()


def test_a_hubspot_export_folder_shows_its_plan_and_imports_once(tmp_path, capsys):
    db = tmp_path / "crm.db"
    export = str(DATA / "hubspot")
    assert main(["import", "hubspot", export, "--dry-run", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.index("owners (3): Carla Support, Jane Smith, bob@sales.example") < out.index("would import")
    assert "  not imported: Lifecycle Stage, Lead Status, Create Date" in out
    assert "dry run: nothing was changed" in out
    assert _look(db) == (0, 0, 0, 0, 0, 0)
    assert main(["import", "hubspot", export, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "hubspot-crm-exports-all-contacts-2024-05-01.csv: imported 3 new, 0 updated, 0 unchanged" in out
    assert _look(db) == (2, 3, 2, 2, 4, 3)  # 2 of 3 deals have a contact too
    assert main(["import", "hubspot", export, "--db", str(db)]) == 0  # again: matched by Record ID
    out = capsys.readouterr().out
    assert "imported 0 new, 0 updated, 3 unchanged contacts" in out
    assert _look(db) == (2, 3, 2, 2, 4, 3)


def _undo_id(out: str) -> str:
    return out.rsplit("rapport import undo ", 1)[1].split(")")[0]


def test_undo_of_a_hubspot_export_removes_every_file_of_it(tmp_path, capsys):
    db = tmp_path / "crm.db"
    assert main(["import", "hubspot", str(DATA / "hubspot"), "--db", str(db)]) == 0
    batch = _undo_id(capsys.readouterr().out)
    assert main(["import", "undo", batch, "--db", str(db)]) == 0
    assert "import undone" in capsys.readouterr().out
    assert _look(db) == (0, 0, 0, 0, 0, 0)


def test_a_pipedrive_zip_with_a_bad_row_strict_refuses_and_forgiving_writes_the_rejects(tmp_path, capsys):
    folder = tmp_path / "export"
    shutil.copytree(DATA / "pipedrive", folder)
    people = folder / "people-1234567-2.csv"
    people.write_text(
        people.read_text(encoding="utf-8-sig").replace("sven@olsen.example", "sven(at)olsen"),
        encoding="utf-8-sig",
    )
    archive = tmp_path / "pipedrive.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in folder.iterdir():
            z.write(path, path.name)
    db = tmp_path / "crm.db"
    assert main(["import", "pipedrive", str(archive), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "row 4, people-1234567-2.csv: Person - Email - Work:" in out
    assert "nothing imported: 1 problem(s)" in out
    assert _look(db) == (0, 0, 0, 0, 0, 0)
    rejects = tmp_path / "rejects"
    assert main(["import", "pipedrive", str(archive), "--rejects", str(rejects), "--db", str(db)]) == 0
    assert "people-1234567-2.csv: 1 row(s) refused" in capsys.readouterr().out
    with (rejects / "people-1234567-2.rejects.csv").open(encoding="utf-8") as f:
        header, row = list(csv.reader(f))
    assert header[0] == "Person - ID" and header[-1] == "reason"
    assert row[:2] == ["3", "Sven Olsen"] and "sven(at)olsen" in row  # as the file had it
    assert _look(db) == (2, 2, 2, 3, 5, 2)
    people.write_text(  # fixed, the export imported again brings in exactly the missing person
        people.read_text(encoding="utf-8-sig").replace("sven(at)olsen", "sven@olsen.example"),
        encoding="utf-8-sig",
    )
    assert main(["import", "pipedrive", str(folder), "--db", str(db)]) == 0
    assert "people-1234567-2.csv: imported 1 new, 0 updated, 2 unchanged contacts" in capsys.readouterr().out
    assert _look(db) == (2, 3, 2, 3, 5, 2)
