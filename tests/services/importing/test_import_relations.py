"""Relations kept across a Salesforce-shaped export imported file by file: accounts, then contacts and
opportunities linked by AccountId/ContactId, owners by OwnerId; standard picklist values translated."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.models import Account, AccountContact, Contact, Deal, Lead, Stage, User

# Column names and values as Salesforce's data export writes them (API names, UTF-8 with BOM).
ACCOUNTS = (
    "Id,Name,Type,BillingStreet,BillingCity,BillingState,BillingPostalCode,BillingCountry,AnnualRevenue,"
    "NumberOfEmployees,OwnerId\n"
    '001A,Acme Corp,Customer - Direct,1 Main St,Springfield,IL,62701,US,"1,250,000.50",120,005X\n'
    "001B,Globex,Channel Partner / Reseller,,Paris,,,France,,8,005Y\n"
)
CONTACTS = (
    "Id,AccountId,Salutation,FirstName,LastName,MailingStreet,MailingCity,MailingState,MailingPostalCode,"
    "MailingCountry,Phone,HomePhone,Email,Birthdate,OwnerId\n"
    "003A,001A,Ms.,Ada,Lovelace,2 Elm St,Springfield,IL,62702,US,(217) 555-0100,217-555-0199,"
    "ada@acme.example,12/10/1985,005X\n"
    "003B,001B,Mr.,Jean,Dupont,,Paris,,,France,,,jean@globex.example,,005Y\n"
)
OPPORTUNITIES = (
    "Id,AccountId,ContactId,Name,StageName,Amount,CurrencyIsoCode,CloseDate,OwnerId\n"
    "006A,001A,003A,Big deal,Closed Won,5000,USD,02/03/24,005X\n"
    "006B,001B,,Small deal,Negotiation/Review,700,EUR,12/31/24,005Y\n"
    "006C,001B,,Lost deal,Closed Lost,100,EUR,01/15/24,005Y\n"
)
LEADS = (
    "Id,LastName,Company,Status,LeadSource,Street,City,State,PostalCode,Country,OwnerId\n"
    "00QA,Babbage,Engines Ltd,Closed - Converted,Web,,London,,,GB,005X\n"
    "00QB,Hopper,Navy,Closed - Not Converted,Partner Referral,,,,,,005Y\n"
)


def _import(tmp_path, kind: str, text: str, *extra: str) -> int:
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, encoding="utf-8-sig")
    return main(["import", kind, str(path), "--db", str(tmp_path / "crm.db"), "--create-missing", *extra])


def test_a_salesforce_export_is_linked_by_its_ids_with_its_values_translated(tmp_path, capsys):
    assert _import(tmp_path, "accounts", ACCOUNTS) == 0
    assert _import(tmp_path, "contacts", CONTACTS) == 0
    assert _import(tmp_path, "deals", OPPORTUNITIES) == 0
    assert _import(tmp_path, "leads", LEADS) == 0
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{tmp_path / 'crm.db'}"))
    try:
        with ctx.sessions() as s:
            owners = {u.external_id: u for u in s.scalars(select(User).where(User.external_id != ""))}
            assert sorted(owners) == ["005X", "005Y"]  # two reps, two inactive users
            assert not any(u.is_active for u in owners.values())
            acme = s.scalars(select(Account).where(Account.external_id == "001A")).one()
            assert (acme.status, acme.address, acme.postal_code, acme.region, acme.country) == (
                "customer",
                "1 Main St",
                "62701",
                "IL",
                "US",
            )
            assert (acme.annual_revenue_minor, acme.annual_revenue_currency, acme.employee_count) == (
                125000050,
                "EUR",
                120,
            )
            assert acme.owner_id == owners["005X"].id
            globex = s.scalars(select(Account).where(Account.external_id == "001B")).one()
            assert (globex.status, globex.country) == ("partner", "FR")
            assert s.scalars(select(Account.name)).all().__len__() == 2  # no account named after an id
            ada = s.scalars(select(Contact).where(Contact.external_id == "003A")).one()
            assert (ada.salutation, ada.street, ada.region, ada.postal_code, ada.birthday) == (
                "Ms.",
                "2 Elm St",
                "IL",
                "62702",
                date(1985, 12, 10),
            )
            assert (ada.phone, ada.other_phone, ada.company_name) == (
                "+12175550100",
                "+12175550199",
                "Acme Corp",
            )
            assert ada.owner_id == owners["005X"].id
            links = dict(s.execute(select(AccountContact.contact_id, AccountContact.account_id)).all())
            jean = s.scalars(select(Contact).where(Contact.external_id == "003B")).one()
            assert links == {ada.id: acme.id, jean.id: globex.id}
            stages = {st.id: st.name for st in s.scalars(select(Stage))}
            deals = {d.external_id: d for d in s.scalars(select(Deal))}
            big = deals["006A"]
            assert (stages[big.stage_id], big.account_id, big.contact_id, big.amount_minor, big.currency) == (
                "Won",
                acme.id,
                ada.id,
                500000,
                "USD",
            )
            assert big.expected_close == date(2024, 2, 3)
            assert stages[deals["006B"].stage_id] == "Negotiation"
            assert stages[deals["006C"].stage_id] == "Lost"
            assert deals["006B"].owner_id == owners["005Y"].id
            leads = {lead.external_id: lead for lead in s.scalars(select(Lead))}
            assert (leads["00QA"].status, leads["00QA"].source, leads["00QA"].country) == (
                "converted",
                "web_form",
                "GB",
            )
            assert (leads["00QB"].status, leads["00QB"].disqualified_reason, leads["00QB"].source) == (
                "disqualified",
                "Closed - Not Converted",
                "referral",
            )
    finally:
        ctx.close()
    out = capsys.readouterr().out
    assert "Status: no reason given: 'Closed - Not Converted' recorded" in out


def test_an_account_id_that_was_not_imported_is_refused_by_name(tmp_path, capsys):
    assert _import(tmp_path, "contacts", CONTACTS) == 1
    out = capsys.readouterr().out
    assert "row 2, AccountId: no account was imported with the id '001A'" in out
    assert "nothing imported" in out


def test_hubspot_and_pipedrive_standard_headers_are_suggested():
    from app.services.importing.mapping import suggest

    hubspot_contacts = [
        "Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number",
        "Street Address", "City", "State/Region", "Postal Code", "Country/Region", "Job Title",
        "Associated Company", "Contact owner", "Date of birth",
    ]  # fmt: skip
    assert set(suggest("contacts", hubspot_contacts)) == {
        "external_id", "first_name", "last_name", "email", "phone", "other_phone", "street", "city",
        "region", "postal_code", "country", "title", "company", "owner", "birthday",
    }  # fmt: skip
    hubspot_companies = [
        "Record ID", "Company name", "Company Domain Name", "Industry", "Phone Number", "Street Address",
        "City", "State/Region", "Postal Code", "Country/Region", "Annual Revenue", "Number of Employees",
        "Company owner",
    ]  # fmt: skip
    assert set(suggest("accounts", hubspot_companies)) == {
        "external_id", "name", "domain", "industry", "phone", "address", "city", "region", "postal_code",
        "country", "annual_revenue", "employee_count", "owner",
    }  # fmt: skip
    pipedrive_organizations = [
        "Organization - ID", "Organization - Name", "Organization - Address", "Organization - Owner",
        "Organization - Number of employees", "Organization - Annual revenue",
    ]  # fmt: skip
    assert set(suggest("accounts", pipedrive_organizations)) == {
        "external_id", "name", "address", "owner", "employee_count", "annual_revenue",
    }  # fmt: skip


def test_the_import_applies_the_editors_rules_to_birthdays_and_employee_counts(tmp_path, capsys):
    future = "Id,FirstName,LastName,Email,Birthdate\n003Z,Ada,Lovelace,ada@x.example,12/10/2999\n"
    assert _import(tmp_path, "contacts", future) == 1
    said = capsys.readouterr()
    assert "row 2, Birthdate: 2999-12-10 is in the future" in said.out + said.err
    huge = "Id,Name,NumberOfEmployees\n001Z,Acme,99999999999\n"
    assert _import(tmp_path, "accounts", huge) == 1
    said = capsys.readouterr()
    assert "row 2, NumberOfEmployees: is more than 10,000,000 employees" in said.out + said.err
