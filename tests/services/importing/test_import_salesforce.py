"""`rapport import salesforce DIR_OR_ZIP`: a data export written in Salesforce's documented format (one
CSV per object, API field names, UTF-8 with BOM, 18-character ids) imported whole with every relation."""

from __future__ import annotations

import zipfile

from sqlalchemy import func, select

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.models import Account, AccountContact, Contact, Deal, Lead, User

USERS = (
    "Id,Username,LastName,FirstName,Name,Email,IsActive\n"
    "0058c00000AAAAAAA1,rep1@acme.example,Mulder,Fox,Fox Mulder,fox@acme.example,true\n"
    "0058c00000AAAAAAA2,rep2@acme.example,Scully,Dana,Dana Scully,dana@acme.example,true\n"
)
ACCOUNTS = (
    "Id,Name,Type,BillingStreet,BillingCity,BillingState,BillingPostalCode,BillingCountry,Phone,"
    "AnnualRevenue,NumberOfEmployees,OwnerId\n"
    "0018c00000BBBBBBB1,Acme Corp,Customer - Direct,1 Main St,Springfield,IL,62701,USA,(217) 555-0100,"
    "1000000,50,0058c00000AAAAAAA1\n"
    "0018c00000BBBBBBB2,Globex,Prospect,,,,,,,,,0058c00000AAAAAAA2\n"
)
CONTACTS = (
    "Id,AccountId,LastName,FirstName,Salutation,MailingCity,Email,Birthdate,OwnerId\n"
    "0038c00000CCCCCCC1,0018c00000BBBBBBB1,Lovelace,Ada,Ms.,Springfield,ada@acme.example,1985-12-10,"
    "0058c00000AAAAAAA1\n"
    "0038c00000CCCCCCC2,0018c00000BBBBBBB2,Dupont,Jean,Mr.,,jean@globex.example,,0058c00000AAAAAAA2\n"
)
LEADS = (
    "Id,LastName,FirstName,Company,Status,LeadSource,IsConverted,ConvertedAccountId,ConvertedContactId,"
    "ConvertedOpportunityId,OwnerId\n"
    "00Q8c00000DDDDDDD1,Babbage,Charles,Engines Ltd,Open - Not Contacted,Web,false,,,,0058c00000AAAAAAA1\n"
    "00Q8c00000DDDDDDD2,Dupont,Jean,Globex,Closed - Converted,Partner Referral,true,0018c00000BBBBBBB2,"
    "0038c00000CCCCCCC2,0068c00000EEEEEEE2,0058c00000AAAAAAA2\n"
)
OPPORTUNITIES = (
    "Id,AccountId,Name,StageName,Amount,CloseDate,Type,OwnerId,CreatedDate\n"
    "0068c00000EEEEEEE1,0018c00000BBBBBBB1,Acme renewal,Closed Won,25000,2024-03-31,Existing Customer,"
    "0058c00000AAAAAAA1,2024-01-05T09:30:00.000Z\n"
    "0068c00000EEEEEEE2,0018c00000BBBBBBB2,Globex pilot,Prospecting,5000,2024-09-30,New Customer,"
    "0058c00000AAAAAAA2,2024-02-01T10:00:00.000Z\n"
)
ROLES = (
    "Id,OpportunityId,ContactId,Role,IsPrimary\n"
    "00K8c00000FFFFFFF1,0068c00000EEEEEEE1,0038c00000CCCCCCC1,Decision Maker,true\n"
)
TASKS = "Id,WhoId,Subject\n00T8c00000GGGGGGG1,0038c00000CCCCCCC1,Call\n"
FILES = {
    "User.csv": USERS,
    "Account.csv": ACCOUNTS,
    "Contact.csv": CONTACTS,
    "Lead.csv": LEADS,
    "Opportunity.csv": OPPORTUNITIES,
    "OpportunityContactRole.csv": ROLES,
    "Task.csv": TASKS,
}


def _export(folder):
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8-sig")
    return folder


def _check(db) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        with ctx.sessions() as s:
            users = {u.external_id: u for u in s.scalars(select(User).where(User.external_id != ""))}
            assert {u.name for u in users.values()} == {"Fox Mulder", "Dana Scully"}
            assert not any(u.is_active for u in users.values())
            accounts = {a.external_id: a for a in s.scalars(select(Account))}
            acme = accounts["0018c00000BBBBBBB1"]
            assert (acme.status, acme.owner_id, acme.country, acme.employee_count) == (
                "customer",
                users["0058c00000AAAAAAA1"].id,
                "US",
                50,
            )
            contacts = {c.external_id: c for c in s.scalars(select(Contact))}
            ada = contacts["0038c00000CCCCCCC1"]
            links = dict(s.execute(select(AccountContact.contact_id, AccountContact.account_id)).all())
            assert links[ada.id] == acme.id
            assert links[contacts["0038c00000CCCCCCC2"].id] == accounts["0018c00000BBBBBBB2"].id
            deals = {d.external_id: d for d in s.scalars(select(Deal))}
            renewal = deals["0068c00000EEEEEEE1"]
            assert (renewal.account_id, renewal.contact_id, renewal.owner_id) == (
                acme.id,
                ada.id,
                users["0058c00000AAAAAAA1"].id,
            )
            assert renewal.closed_at is not None  # Closed Won: the won stage
            leads = {lead.external_id: lead for lead in s.scalars(select(Lead))}
            assert {k: lead.status for k, lead in leads.items()} == {
                "00Q8c00000DDDDDDD1": "new",
                "00Q8c00000DDDDDDD2": "converted",
            }
            jean = leads["00Q8c00000DDDDDDD2"]  # converted, linked to what it became
            assert (jean.converted_account_id, jean.converted_contact_id, jean.converted_deal_id) == (
                accounts["0018c00000BBBBBBB2"].id,
                contacts["0038c00000CCCCCCC2"].id,
                deals["0068c00000EEEEEEE2"].id,
            )
            assert s.scalar(select(func.count()).select_from(Account)) == 2  # none named after an id
    finally:
        ctx.close()


def test_the_dry_run_shows_the_plan_and_changes_nothing(tmp_path, capsys):
    export = _export(tmp_path / "export")
    assert main(["import", "salesforce", str(export), "--dry-run", "--db", str(tmp_path / "crm.db")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out if not line.startswith(" ")][:6] == [
        "User",
        "Account",
        "Contact",
        "Opportunity",
        "Lead",
        "OpportunityContactRole",
    ]
    assert "objects not imported (no matching feature): Task" in out
    assert any(line.startswith("  not imported: Type") for line in out)  # the opportunity's Type
    assert not (tmp_path / "crm.db").exists()


def test_a_salesforce_export_folder_is_imported_whole_with_its_links(tmp_path, capsys):
    export = _export(tmp_path / "export")
    db = tmp_path / "crm.db"
    assert main(["import", "salesforce", str(export), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "User: 0 matched, 2 created (inactive)" in out
    assert "OpportunityContactRole: 1 deals given their contact" in out
    _check(db)
    assert main(["import", "salesforce", str(export), "--db", str(db)]) == 0  # again: matched by Id
    assert "Contact: 0 new" in capsys.readouterr().out
    _check(db)


def test_a_zipped_export_imports_the_same(tmp_path, capsys):
    archive = tmp_path / "WE_00D8c000001.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for name, text in FILES.items():
            z.writestr(name, ("\ufeff" + text).encode("utf-8"))
    db = tmp_path / "crm.db"
    assert main(["import", "salesforce", str(archive), "--db", str(db)]) == 0
    _check(db)
