"""A HubSpot CRM export (a folder or zip of the CSVs HubSpot writes) as a plan (importing.crm_plan).

HubSpot exports one CSV per object, named after it ("hubspot-crm-exports-all-companies-2024-05-01.csv",
"all-contacts.csv", "deals.csv", and "calls", "meetings", "tasks", "emails", "notes" for activities),
UTF-8 with the properties' labels as headers: "Record ID", "Company name", "First Name", "Deal Name",
"Deal Stage", "Pipeline", owners by name in "Contact owner"/"Company owner"/"Deal owner", and the
associations as "Associated Company IDs", "Associated Contact IDs", "Associated Deal IDs" (several ids
separated by ';': the first, HubSpot's primary, is the one linked). A file is recognised by its name,
else by its headers. Record ids become `hubspot:<id>` external ids, so a Pipedrive or Salesforce import
into the same database never meets them.
"""

from __future__ import annotations

from pathlib import Path

from app.services.importing import crm_plan
from app.services.importing.crm_plan import CrmFormat
from app.services.importing.csv_read import Table
from app.services.importing.export_files import (
    Rewrite,
    first_present,
    prefixed,
)
from app.services.importing.export_plan import ActivityColumns, ExportPlan

VENDOR = "hubspot"
PREFIX = "hubspot:"
ORDER = ("accounts", "contacts", "deals", "call", "meeting", "email", "task", "note")
# A file's object by the words of its name (checked in this order: 'emails' before 'contacts' ...).
BY_NAME = (
    ("compan", "accounts"),
    ("deal", "deals"),
    ("call", "call"),
    ("meeting", "meeting"),
    ("email", "email"),
    ("task", "task"),
    ("note", "note"),
    ("contact", "contacts"),
)
# ... else by a header only that object's export has.
BY_HEADER = (
    ("Deal Name", "deals"),
    ("Call Title", "call"),
    ("Meeting name", "meeting"),
    ("Task Title", "task"),
    ("Email subject", "email"),
    ("Note body", "note"),
    ("First Name", "contacts"),
    ("Company Domain Name", "accounts"),
    ("Company name", "accounts"),
)
ID = ("Record ID", "Record ID - Contact", "Record ID - Company", "Record ID - Deal", "Object ID")
COMPANY_IDS = ("Associated Company IDs (Primary)", "Associated Company IDs", "Associated Company ID")
CONTACT_IDS = ("Associated Contact IDs", "Associated Contact ID")
DEAL_IDS = ("Associated Deal IDs", "Associated Deal ID")
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "accounts": {
        "external_id": ID,
        "name": ("Company name", "Name"),
        "domain": ("Company Domain Name", "Website URL"),
        "industry": ("Industry",),
        "phone": ("Phone Number",),
        "address": ("Street Address", "Address"),
        "city": ("City",),
        "region": ("State/Region",),
        "postal_code": ("Postal Code", "Zip"),
        "country": ("Country/Region", "Country"),
        "annual_revenue": ("Annual Revenue",),
        "employee_count": ("Number of Employees",),
        "status": ("Type", "Company Type"),
        "owner": ("Company owner", "HubSpot Owner"),
        "notes": ("Description", "About Us"),
    },
    "contacts": {
        "external_id": ID,
        "first_name": ("First Name",),
        "last_name": ("Last Name",),
        "email": ("Email",),
        "other_email": ("Additional email addresses",),
        "phone": ("Phone Number",),
        "other_phone": ("Mobile Phone Number",),
        "title": ("Job Title",),
        "salutation": ("Salutation",),
        "birthday": ("Date of birth", "Birthdate"),
        "street": ("Street Address",),
        "city": ("City",),
        "region": ("State/Region",),
        "postal_code": ("Postal Code", "Zip"),
        "country": ("Country/Region", "Country"),
        "owner": ("Contact owner", "HubSpot Owner"),
        "account_ref": COMPANY_IDS,
        "company": ("Associated Company", "Company Name"),
    },
    "deals": {
        "external_id": ID,
        "name": ("Deal Name",),
        "stage": ("Deal Stage",),
        "amount": ("Amount", "Amount in company currency"),
        "currency": ("Deal currency code", "Currency"),
        "expected_close": ("Close Date",),
        "created_at": ("Create Date",),
        "owner": ("Deal owner", "HubSpot Owner"),
        "lost_reason": ("Closed Lost Reason",),
        "account_ref": COMPANY_IDS,
        "contact_ref": CONTACT_IDS,
        "account": ("Associated Company",),
    },
}
OWNER = ("Activity assigned to", "Assigned to", "Activity owner", "HubSpot Owner", "Owner")
ACTIVITIES: dict[str, dict[str, tuple[str, ...]]] = {
    "call": {"subject": ("Call Title",), "body": ("Call notes", "Notes"), "date": ("Activity date",)},
    "meeting": {
        "subject": ("Meeting name",),
        "body": ("Meeting description", "Internal meeting notes"),
        "date": ("Meeting start time", "Activity date"),
    },
    "email": {
        "subject": ("Email subject",),
        "body": ("Email text", "Email body"),
        "date": ("Activity date",),
    },
    "task": {
        "subject": ("Task Title",),
        "body": ("Notes", "Task notes"),
        "date": ("Due date", "Activity date"),
    },
    "note": {"subject": (), "body": ("Note body",), "date": ("Activity date", "Create Date")},
}


def _object(name: str, table: Table) -> str:
    lower = name.lower()
    found = next((kind for word, kind in BY_NAME if word in lower), "")
    if found:
        return found
    return next((kind for header, kind in BY_HEADER if first_present(table.headers, (header,))), "")


def _ids(table: Table, kind: str) -> tuple[dict[str, Rewrite], tuple[str, ...]]:
    """The rewrites that turn the file's record ids (an activity's id is its own) and association ids
    into prefixed single ids."""
    links = (COMPANY_IDS, CONTACT_IDS, DEAL_IDS)
    names = (ID, *links) if kind in COLUMNS else links
    headers = [first_present(table.headers, candidates) for candidates in names]
    return {h: prefixed(PREFIX) for h in headers if h}, ()


def _activity_columns(kind: str, table: Table) -> ActivityColumns:
    spec = ACTIVITIES[kind]

    def present(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(h for h in (first_present(table.headers, (n,)) for n in names) if h)

    return ActivityColumns(
        uid_prefix=f"{PREFIX}{kind}:",
        id=first_present(table.headers, ID),
        default_kind=kind,
        subject=present(spec["subject"]),
        body=present(spec["body"]),
        date=present(spec["date"]),
        done=first_present(table.headers, ("Task status",)) if kind == "task" else "",
        priority=first_present(table.headers, ("Priority", "Task priority")) if kind == "task" else "",
        owner=present(OWNER),
        account=first_present(table.headers, COMPANY_IDS),
        contact=first_present(table.headers, CONTACT_IDS),
        deal=first_present(table.headers, DEAL_IDS),
    )


HUBSPOT = CrmFormat(
    VENDOR,
    ORDER,
    COLUMNS,
    _object,
    _ids,
    _activity_columns,
    pipeline="Pipeline",
    unknown="not a HubSpot companies, contacts, deals or activities export",
)


def plan_export(path: Path) -> ExportPlan:
    """Read the export at `path` and say what each file becomes (nothing is written)."""
    return crm_plan.plan_export(HUBSPOT, path)
