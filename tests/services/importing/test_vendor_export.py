"""A whole CRM export is one import: one transaction (a refused object keeps nothing of the objects before
it), one undo step, forgiving with one rejects file per object, and idempotent on a second import."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from app.models import (
    Account,
    AccountContact,
    Activity,
    Contact,
    Deal,
    ImportBatch,
    Lead,
    Pipeline,
    PriceList,
    PriceListItem,
    Product,
    Stage,
    User,
)
from app.services.core.errors import ValidationError
from app.services.importing import vendor_export
from app.services.importing.rejects import write_rejects
from app.services.importing.salesforce import SALESFORCE
from tests.services.importing.test_import_salesforce import FILES

STAGES = (  # migration 0016's default pipeline (the test databases start empty)
    ("Qualification", 10, False, False),
    ("Proposal", 50, False, False),
    ("Won", 100, True, False),
    ("Lost", 0, False, True),
)
MODELS = (User, Account, AccountContact, Contact, Deal, Lead, Activity, Product, PriceList, PriceListItem)


@pytest.fixture(autouse=True)
def _default_pipeline(ctx):
    with ctx.sessions.begin() as s:
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        for i, (name, chance, won, lost) in enumerate(STAGES):
            s.add(
                Stage(
                    pipeline_id=pipeline.id,
                    name=name,
                    position=i,
                    probability=chance,
                    is_won=won,
                    is_lost=lost,
                )
            )


def _write(folder, files):
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8-sig")
    return folder


def _counts(ctx) -> dict[str, int]:
    with ctx.sessions() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in MODELS}


def _import(ctx, folder, forgiving=False):
    tables = vendor_export.read_export(SALESFORCE, folder)
    return vendor_export.import_export(ctx.uow, SALESFORCE, tables, folder.name, forgiving).value


def test_a_refused_opportunity_file_leaves_no_accounts_behind(ctx, tmp_path):
    before = _counts(ctx)
    bad = FILES["Opportunity.csv"].replace(",5000,2024-09-30,", ",five thousand,2024-09-30,")
    folder = _write(tmp_path / "export", {**FILES, "Opportunity.csv": bad})
    with pytest.raises(ValidationError) as refused:
        _import(ctx, folder)
    assert [(e.field, e.row) for e in refused.value.errors] == [("Opportunity.csv: Amount", 3)]
    assert _counts(ctx) == before  # users, accounts and contacts imported before it are gone too
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_the_whole_export_is_one_undo_step_and_a_second_import_changes_nothing(ctx, tmp_path):
    me_email = ctx.current_user.email  # one exported user is the signed-in one: matched, not created
    users = FILES["User.csv"] + f"0058c00000AAAAAAA3,me,Me,Myself,Me Myself,{me_email},true\n"
    folder = _write(tmp_path / "export", {**FILES, "User.csv": users})
    before = _counts(ctx)
    first = _import(ctx, folder)
    after = _counts(ctx)
    assert {k: after[k] - before[k] for k in after} == {
        "User": 2,
        "Account": 2,
        "AccountContact": 2,
        "Contact": 2,
        "Deal": 2,
        "Lead": 2,
        "Activity": 5,
        "Product": 2,
        "PriceList": 1,
        "PriceListItem": 1,
    }
    by_obj = {r.obj: r for r in first.steps}
    assert (by_obj["Contact"].created, by_obj["Task"].created, by_obj["Product2"].created) == (2, 3, 2)
    assert first.not_imported == ()
    second = _import(ctx, folder)
    assert _counts(ctx) == after
    assert all(r.created == 0 for r in second.steps)
    assert sum(r.updated for r in second.steps if r.obj not in ("User",)) == 0
    # undo of the second import leaves the first one's records; undo of the first takes back all
    ctx.importer.undo(second.batch_id)
    assert _counts(ctx) == after
    ctx.importer.undo(first.batch_id)
    assert _counts(ctx) == before
    with ctx.sessions() as s:
        assert s.scalar(select(User.external_id).where(User.email == me_email)) == ""  # matched: put back


def test_forgiving_writes_one_rejects_file_per_object_and_the_fixed_rows_come_in(ctx, tmp_path):
    contacts = FILES["Contact.csv"] + "0038c00000CCCCCCC3,0018c00000BBBBBBB1,,NoSurname,,,x@y,,\n"
    tasks = FILES["Task.csv"] + "00T8c00000GGGGGGG4,,,Broken date,31.02.2024,,,,,Task,false\n"
    folder = _write(tmp_path / "export", {**FILES, "Contact.csv": contacts, "Task.csv": tasks})
    with pytest.raises(ValidationError):
        _import(ctx, folder)  # strict: refused whole
    report = _import(ctx, folder, forgiving=True)
    by_obj = {r.obj: r for r in report.steps}
    assert [r.row for r in by_obj["Contact"].rejected] == [4]
    assert (
        "Email" in by_obj["Contact"].rejected[0].reason or "LastName" in by_obj["Contact"].rejected[0].reason
    )
    assert [r.row for r in by_obj["Task"].rejected] == [5]
    assert "ActivityDate" in by_obj["Task"].rejected[0].reason
    assert (by_obj["Contact"].created, by_obj["Task"].created) == (2, 3)
    tables = vendor_export.read_export(SALESFORCE, folder)
    rejects = tmp_path / "rejects"
    rejects.mkdir()
    for obj in ("Contact", "Task"):
        write_rejects(rejects / f"{obj}.csv", tables[obj].headers, by_obj[obj].rejected)
    fixed = {}
    for obj, fix in (("Contact", ("NoSurname", "Surname")), ("Task", ("31.02.2024", "2024-02-29"))):
        with (rejects / f"{obj}.csv").open(encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header = rows[0][:-1]
        body = [[c.replace(*fix).replace("x@y", "x@y.example") for c in row[:-1]] for row in rows[1:]]
        if obj == "Contact":
            body = [[*row[:2], "Surname", *row[3:]] for row in body]
        fixed[f"{obj}.csv"] = "\n".join(",".join(r) for r in [header, *body]) + "\n"
    again = _write(tmp_path / "fixed", fixed)
    report = _import(ctx, again)
    by_obj = {r.obj: r for r in report.steps}
    assert (by_obj["Contact"].created, by_obj["Task"].created) == (1, 1)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 3
        assert s.scalar(select(func.count()).select_from(Activity)) == 6  # 3 tasks, 2 events, 1 fixed
