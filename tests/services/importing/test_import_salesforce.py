"""`rapport import salesforce DIR_OR_ZIP`: a data export written in Salesforce's documented format (one
CSV per object, API field names, UTF-8 with BOM, 18-character ids) imported whole with every relation."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.models import (
    Account,
    AccountContact,
    Activity,
    Contact,
    Deal,
    DealLine,
    Lead,
    PriceList,
    PriceListItem,
    Product,
    Ticket,
    User,
)

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
    "0068c00000EEEEEEE1,0018c00000BBBBBBB1,Acme renewal,Closed Won,2722.10,2024-03-31,Existing Customer,"
    "0058c00000AAAAAAA1,2024-01-05T09:30:00.000Z\n"
    "0068c00000EEEEEEE2,0018c00000BBBBBBB2,Globex pilot,Prospecting,5000,2024-09-30,New Customer,"
    "0058c00000AAAAAAA2,2024-02-01T10:00:00.000Z\n"
)
ROLES = (
    "Id,OpportunityId,ContactId,Role,IsPrimary\n"
    "00K8c00000FFFFFFF1,0068c00000EEEEEEE1,0038c00000CCCCCCC1,Decision Maker,true\n"
)
TASKS = (
    "Id,WhoId,WhatId,Subject,ActivityDate,Status,Priority,OwnerId,Description,TaskSubtype,IsClosed\n"
    "00T8c00000GGGGGGG1,0038c00000CCCCCCC1,0068c00000EEEEEEE1,Call about renewal,2024-03-20,Completed,"
    "High,0058c00000AAAAAAA1,Agreed terms,Call,true\n"
    "00T8c00000GGGGGGG2,00Q8c00000DDDDDDD1,,Send brochure,2024-04-02,Not Started,Normal,"
    "0058c00000AAAAAAA2,,Task,false\n"
    "00T8c00000GGGGGGG3,,5008c00000HHHHHHH1,Follow up the case,,Not Started,Low,0058c00000AAAAAAA2,,Task,"
    "false\n"
)
EVENTS = (
    "Id,WhoId,WhatId,Subject,StartDateTime,EndDateTime,IsAllDayEvent,ActivityDate,DurationInMinutes,"
    "Location,OwnerId,Description\n"
    "00U8c00000JJJJJJJ1,0038c00000CCCCCCC1,0018c00000BBBBBBB1,Quarterly review,2024-03-10T09:00:00.000Z,"
    '2024-03-10T10:30:00.000Z,false,2024-03-10,90,"Acme HQ, Room 4",0058c00000AAAAAAA1,Agenda\n'
    "00U8c00000JJJJJJJ2,,0068c00000EEEEEEE2,Globex trade fair,2024-05-06T00:00:00.000Z,"
    "2024-05-08T00:00:00.000Z,true,2024-05-06,2880,Messe Berlin,0058c00000AAAAAAA2,\n"
)
PRODUCTS = (
    "Id,Name,ProductCode,Description,IsActive,Family\n"
    "01t8c00000KKKKKKK1,Widget,W-1,A widget,true,Hardware\n"
    "01t8c00000KKKKKKK2,Support plan,SUP,,false,Services\n"
)
PRICE_BOOKS = (
    "Id,Name,IsStandard,IsActive\n"
    "01s8c00000LLLLLLL1,Standard Price Book,true,true\n"
    "01s8c00000LLLLLLL2,Partner Prices,false,true\n"
)
PRICE_ENTRIES = (
    "Id,Pricebook2Id,Product2Id,UnitPrice,CurrencyIsoCode,IsActive\n"
    "01u8c00000MMMMMM01,01s8c00000LLLLLLL1,01t8c00000KKKKKKK1,1234.50,USD,true\n"
    "01u8c00000MMMMMM02,01s8c00000LLLLLLL1,01t8c00000KKKKKKK2,99,USD,true\n"
    "01u8c00000MMMMMM03,01s8c00000LLLLLLL2,01t8c00000KKKKKKK1,999.99,USD,true\n"
)
LINE_ITEMS = (  # the first line names its product only through its price book entry (older exports)
    "Id,OpportunityId,PricebookEntryId,Product2Id,Quantity,UnitPrice,Discount,Description,Name,SortOrder\n"
    "00k8c00000NNNNNNN1,0068c00000EEEEEEE1,01u8c00000MMMMMM01,,2,1234.50,10,,Acme renewal Widget,1\n"
    "00k8c00000NNNNNNN2,0068c00000EEEEEEE1,01u8c00000MMMMMM02,01t8c00000KKKKKKK2,1,500,,"
    '"Support, first year",Acme renewal Support plan,2\n'
)
CASES = (
    "Id,AccountId,ContactId,OwnerId,Subject,Description,Priority,Status,Origin,CreatedDate,ClosedDate,"
    "IsClosed\n"
    "5008c00000HHHHHHH1,0018c00000BBBBBBB1,0038c00000CCCCCCC1,0058c00000AAAAAAA1,Broken widget,It squeaks,"
    "High,Working,Phone,2024-03-01T08:00:00.000Z,,false\n"
    "5008c00000HHHHHHH2,0018c00000BBBBBBB2,0038c00000CCCCCCC2,0058c00000AAAAAAA2,Late delivery,,Critical,"
    "Closed,Email,2024-02-01T09:00:00.000Z,2024-02-03T17:00:00.000Z,true\n"
)
FILES = {
    "User.csv": USERS,
    "Account.csv": ACCOUNTS,
    "Contact.csv": CONTACTS,
    "Lead.csv": LEADS,
    "Opportunity.csv": OPPORTUNITIES,
    "OpportunityContactRole.csv": ROLES,
    "Task.csv": TASKS,
    "Event.csv": EVENTS,
    "Product2.csv": PRODUCTS,
    "Pricebook2.csv": PRICE_BOOKS,
    "PricebookEntry.csv": PRICE_ENTRIES,
    "OpportunityLineItem.csv": LINE_ITEMS,
    "Case.csv": CASES,
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
            _check_activities_and_products(s, users, accounts, contacts, deals, leads)
    finally:
        ctx.close()


def _check_activities_and_products(s, users, accounts, contacts, deals, leads) -> None:
    acts = {a.external_uid: a for a in s.scalars(select(Activity))}
    assert len(acts) == 5
    call = acts["00T8c00000GGGGGGG1"]
    assert (call.kind, call.contact_id, call.deal_id, call.account_id, call.owner_id) == (
        "call",
        contacts["0038c00000CCCCCCC1"].id,
        deals["0068c00000EEEEEEE1"].id,
        accounts["0018c00000BBBBBBB1"].id,  # the deal's account
        users["0058c00000AAAAAAA1"].id,
    )
    assert (call.priority, call.body, call.done_at is not None, call.progress) == (
        "high",
        "Agreed terms",
        True,
        100,
    )
    brochure = acts["00T8c00000GGGGGGG2"]
    assert (brochure.kind, brochure.lead_id, brochure.done_at) == (
        "task",
        leads["00Q8c00000DDDDDDD1"].id,
        None,
    )
    assert brochure.due_at is not None
    assert acts["00T8c00000GGGGGGG3"].account_id is None  # its WhatId is a case: not linked, said so
    review = acts["00U8c00000JJJJJJJ1"]
    assert (review.kind, review.location, review.all_day, review.account_id) == (
        "meeting",
        "Acme HQ, Room 4",
        False,
        accounts["0018c00000BBBBBBB1"].id,
    )
    assert (review.start_at, review.end_at) == (
        datetime(2024, 3, 10, 9, 0, tzinfo=UTC),
        datetime(2024, 3, 10, 10, 30, tzinfo=UTC),
    )
    fair = acts["00U8c00000JJJJJJJ2"]
    assert (fair.all_day, fair.location, fair.deal_id) == (
        True,
        "Messe Berlin",
        deals["0068c00000EEEEEEE2"].id,
    )
    assert (fair.start_at, fair.end_at) == (
        datetime(2024, 5, 6, tzinfo=UTC),
        datetime(2024, 5, 8, tzinfo=UTC),
    )
    products = {p.external_id: p for p in s.scalars(select(Product))}
    widget, support = products["01t8c00000KKKKKKK1"], products["01t8c00000KKKKKKK2"]
    assert (widget.sku, widget.name, widget.price, widget.currency, widget.is_active) == (
        "W-1",
        "Widget",
        Decimal("1234.50"),
        "USD",
        True,
    )
    assert (support.price_minor, support.is_active) == (9900, False)
    partner = s.scalars(select(PriceList)).one()
    assert (partner.name, partner.currency) == ("Partner Prices", "USD")
    item = s.scalars(select(PriceListItem)).one()
    assert (item.price_list_id, item.product_id, item.price_minor) == (partner.id, widget.id, 99999)


def test_the_dry_run_shows_the_plan_and_changes_nothing(tmp_path, capsys):
    export = _export(tmp_path / "export")
    assert main(["import", "salesforce", str(export), "--dry-run", "--db", str(tmp_path / "crm.db")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out if not line.startswith(" ")] == [
        "User",
        "Account",
        "Contact",
        "Opportunity",
        "Lead",
        "OpportunityContactRole",
        "Product2",
        "Pricebook2",
        "PricebookEntry",
        "OpportunityLineItem",
        "Case",
        "Task",
        "Event",
    ]
    assert "OpportunityLineItem: 2 rows -> deal lines" in out and "Case: 2 rows -> tickets" in out
    assert any(line.startswith("Product2: 2 rows -> products; columns: Id -> external_id") for line in out)
    assert any(line.startswith("  not imported: Type") for line in out)  # the opportunity's Type
    assert not (tmp_path / "crm.db").exists()


def test_a_salesforce_export_folder_is_imported_whole_with_its_links(tmp_path, capsys):
    export = _export(tmp_path / "export")
    db = tmp_path / "crm.db"
    assert main(["import", "salesforce", str(export), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "  User: 0 matched, 2 created (inactive)" in out
    assert "  OpportunityContactRole: 1 deals given their contact" in out
    assert "  Task: 3 new, 0 updated activities" in out and "  Event: 2 new, 0 updated activities" in out
    assert "  OpportunityLineItem: 2 lines on 1 deals (1 deals' lines written, 0 as they were)" in out
    assert "  Case: 2 new, 0 updated tickets" in out
    assert "WhatId 5008c00000HHHHHHH1 is not a record this export brought in: not linked" in out
    _check(db)
    assert main(["import", "salesforce", str(export), "--db", str(db)]) == 0  # again: matched by Id
    again = capsys.readouterr().out
    assert "  Contact: 0 new, 0 updated, 2 unchanged" in again
    assert "  Task: 0 new, 0 updated activities" in again
    assert "  PricebookEntry: 1 price list(s), 0 new prices, 0 changed" in again
    assert "  OpportunityLineItem: 2 lines on 1 deals (0 deals' lines written, 1 as they were)" in again
    assert "  Case: 0 new, 0 updated tickets" in again
    _check(db)


def test_a_zipped_export_imports_the_same(tmp_path, capsys):
    archive = tmp_path / "WE_00D8c000001.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for name, text in FILES.items():
            z.writestr(name, ("\ufeff" + text).encode("utf-8"))
    db = tmp_path / "crm.db"
    assert main(["import", "salesforce", str(archive), "--db", str(db)]) == 0
    _check(db)


def test_forgiving_cli_writes_rejects_per_object_and_undo_takes_back_the_whole_export(tmp_path, capsys):
    export = _export(tmp_path / "export")
    bad = "0038c00000CCCCCCC9,0018c00000BBBBBBB1,,,,,not-an-email,,\n"
    (export / "Contact.csv").write_text(CONTACTS + bad, encoding="utf-8-sig")
    db = tmp_path / "crm.db"
    assert main(["import", "salesforce", str(export), "--db", str(db)]) == 1
    refused = capsys.readouterr().out
    assert (
        "Contact.csv: LastName" in refused and "nothing imported: the whole export is one import" in refused
    )
    rejects = tmp_path / "rejects"
    assert main(["import", "salesforce", str(export), "--rejects", str(rejects), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"1 row(s) refused, written with the reason to {rejects / 'Contact.rejects.csv'}" in out
    written = (rejects / "Contact.rejects.csv").read_text(encoding="utf-8").splitlines()
    assert written[0].endswith(",reason") and written[1].startswith("0038c00000CCCCCCC9,")
    assert sorted(p.name for p in rejects.iterdir()) == ["Contact.rejects.csv"]
    _check(db)
    batch = out.rsplit("rapport import undo ", 1)[1].split(")")[0]
    assert main(["import", "undo", batch, "--db", str(db)]) == 0
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        with ctx.sessions() as s:
            for model in (Account, Contact, Deal, DealLine, Lead, Activity, Product, PriceList, Ticket):
                assert s.scalar(select(func.count()).select_from(model)) == 0, model
            assert s.scalar(select(func.count()).select_from(User).where(User.external_id != "")) == 0
    finally:
        ctx.close()
