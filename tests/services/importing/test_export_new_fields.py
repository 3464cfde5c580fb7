"""Issue 16: the export carries the address, person fields, revenue and employees, and such a file
imports back into another database with every one of them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.services.core.listing import ListQuery
from app.services.importing.csv_read import read_table
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput
from app.services.sales.leads import LeadInput

PERSON = {
    "street": "Hauptstr. 5",
    "postal_code": "10115",
    "region": "Berlin",
    "salutation": "Dr.",
    "birthday": date(1980, 2, 29),
    "other_phone": "+49 30 7654321",
    "other_email": "ada.private@example.org",
}


def _source(tmp_path) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{tmp_path / 'a.db'}"))
    try:
        ctx.contacts.create(ContactInput(last_name="Ada", country="DE", **PERSON))
        ctx.leads.create(LeadInput(last_name="Lee", city="Berlin", country="DE", **PERSON))
        ctx.accounts.create(
            AccountInput(
                name="Acme",
                address="Hauptstr. 5",
                postal_code="10115",
                region="Berlin",
                annual_revenue="1250000.55",
                annual_revenue_currency="EUR",
                employee_count=1200,
            )
        )
    finally:
        ctx.close()


def test_csv_export_holds_the_new_fields(tmp_path, capsys):
    _source(tmp_path)
    for entity in ("contacts", "leads", "accounts"):
        out = tmp_path / f"{entity}.csv"
        assert main(["--db", str(tmp_path / "a.db"), "export", entity, "-o", str(out)]) == 0
    contact = read_table(tmp_path / "contacts.csv").records()[0]
    lead = read_table(tmp_path / "leads.csv").records()[0]
    for row in (contact, lead):
        assert {k: row[k] for k in PERSON} == {
            **PERSON,
            "birthday": "1980-02-29",
            "other_phone": "'+49 30 7654321",  # neutralised like every cell starting with '+'
        }
    assert (lead["city"], lead["country"]) == ("Berlin", "DE")
    account = read_table(tmp_path / "accounts.csv").records()[0]
    assert (account["address"], account["postal_code"], account["region"]) == (
        "Hauptstr. 5",
        "10115",
        "Berlin",
    )
    assert (account["annual_revenue"], account["annual_revenue_currency"]) == ("1250000.55", "EUR")
    assert account["employee_count"] == "1200"


def test_an_exported_csv_imports_back_with_the_new_fields(tmp_path, capsys):
    _source(tmp_path)
    AppContext.open(Settings(db_url=f"sqlite:///{tmp_path / 'b.db'}")).close()
    for entity in ("accounts", "contacts"):
        out = tmp_path / f"{entity}.csv"
        assert main(["--db", str(tmp_path / "a.db"), "export", entity, "-o", str(out)]) == 0
        assert main(["--db", str(tmp_path / "b.db"), "import", entity, str(out)]) == 0
    target = AppContext.open(Settings(db_url=f"sqlite:///{tmp_path / 'b.db'}"))
    try:
        contact = target.contacts.get(target.contacts.page(ListQuery(), 0, 5, 1).rows[0].id)
        account = target.accounts.get(target.accounts.page(ListQuery(), 0, 5, 1).rows[0].id)
    finally:
        target.close()
    assert (contact.street, contact.postal_code, contact.region, contact.salutation) == (
        "Hauptstr. 5",
        "10115",
        "Berlin",
        "Dr.",
    )
    assert (contact.birthday, contact.other_phone, contact.other_email) == (
        date(1980, 2, 29),
        "+49307654321",
        "ada.private@example.org",
    )
    assert (account.postal_code, account.region, account.employee_count) == ("10115", "Berlin", 1200)
    assert account.annual_revenue == Decimal("1250000.55") and account.annual_revenue_currency == "EUR"
