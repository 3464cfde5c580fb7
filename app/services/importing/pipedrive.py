"""A Pipedrive export (a folder or zip of the CSVs Pipedrive writes) as a plan (importing.crm_plan).

Pipedrive exports each list view as its own CSV ("organizations-1234567-12.csv", "people-...",
"deals-...", "activities-...", "notes-..."), with headers "<Object> - <Field>": "Organization - ID",
"Person - Name", "Person - Email - Work", "Deal - Title", "Deal - Value", "Deal - Currency",
"Deal - Stage", "Deal - Status" (open, won, lost), "Deal - Pipeline", "Activity - Type" ..., and the
linked records' columns beside them ("Organization - ID" in a person's row, "Person - ID" in a deal's).
An account's export in the EU writes decimal commas and day-first dates, often with ';' between cells:
the engine detects each per column. A file is recognised by the object most of its headers name, else
by its name. Ids become `pipedrive:<id>` external ids; a won or lost deal goes to the won or lost stage
whatever its last open stage was; labels are left out (--keep-unmapped keeps them as custom fields).
"""

from __future__ import annotations

from collections import Counter
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
from app.services.importing.vendor_values import DEAL_STATUS_STAGE

VENDOR = "pipedrive"
PREFIX = "pipedrive:"
OBJECTS = {
    "organization": "accounts",
    "person": "contacts",
    "deal": "deals",
    "activity": "activity",
    "note": "note",
}
ORDER = ("accounts", "contacts", "deals", "activity", "note")
BY_NAME = (
    ("organization", "accounts"),
    ("people", "contacts"),
    ("person", "contacts"),
    ("deal", "deals"),
    ("activit", "activity"),
    ("note", "note"),
)
_ADDRESS = "Organization - Address"
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "accounts": {
        "external_id": ("Organization - ID",),
        "name": ("Organization - Name",),
        "owner": ("Organization - Owner",),
        "status": ("Organization - Label",),  # 'Customer' (a default label) -> customer; others: noted
        "address": (f"{_ADDRESS} - Street/road name", f"{_ADDRESS} - Full/combined address", _ADDRESS),
        "city": (f"{_ADDRESS} - City/town/village/locality",),
        "region": (f"{_ADDRESS} - State/county",),
        "postal_code": (f"{_ADDRESS} - ZIP/Postal code",),
        "country": (f"{_ADDRESS} - Country",),
        "domain": ("Organization - Website",),
        "industry": ("Organization - Industry",),
        "employee_count": ("Organization - Number of employees",),
        "annual_revenue": ("Organization - Annual revenue",),
    },
    "contacts": {
        "external_id": ("Person - ID",),
        "first_name": ("Person - First name",),
        "last_name": ("Person - Last name",),
        "full_name": ("Person - Name",),
        "email": ("Person - Email - Work", "Person - Email"),
        "other_email": ("Person - Email - Home", "Person - Email - Other"),
        "phone": ("Person - Phone - Work", "Person - Phone"),
        "other_phone": ("Person - Phone - Mobile", "Person - Phone - Home", "Person - Phone - Other"),
        "title": ("Person - Job title",),
        "owner": ("Person - Owner",),
        "company": ("Person - Organization",),
        "account_ref": ("Person - Organization ID", "Organization - ID"),
        "street": ("Person - Postal address - Street/road name", "Person - Postal address"),
        "city": ("Person - Postal address - City/town/village/locality",),
        "postal_code": ("Person - Postal address - ZIP/Postal code",),
        "country": ("Person - Postal address - Country",),
        "birthday": ("Person - Birthday",),
    },
    "deals": {
        "external_id": ("Deal - ID",),
        "name": ("Deal - Title",),
        "amount": ("Deal - Value",),
        "currency": ("Deal - Currency",),
        "stage": ("Deal - Stage",),
        "owner": ("Deal - Owner",),
        "account": ("Deal - Organization",),
        "account_ref": ("Deal - Organization ID", "Organization - ID"),
        "contact_ref": ("Deal - Contact person ID", "Person - ID"),
        "expected_close": ("Deal - Expected close date",),
        "closed_at": ("Deal - Close time", "Deal - Won time", "Deal - Lost time"),
        "created_at": ("Deal - Deal created", "Deal - Add time"),
        "lost_reason": ("Deal - Lost reason",),
    },
}
LINKS = {
    "account": ("Organization - ID", "Activity - Organization ID", "Note - Organization ID"),
    "contact": ("Person - ID", "Activity - Person ID", "Note - Person ID"),
    "deal": ("Deal - ID", "Activity - Deal ID", "Note - Deal ID"),
}


def _object(name: str, table: Table) -> str:
    prefixes = Counter(h.split(" - ", 1)[0].strip().lower() for h in table.headers if " - " in h)
    for prefix, _count in prefixes.most_common():
        if prefix in OBJECTS:
            return OBJECTS[prefix]
    lower = name.lower()
    return next((kind for word, kind in BY_NAME if word in lower), "")


def _ids(table: Table, kind: str) -> dict[str, Rewrite]:
    """Every id column ('Organization - ID', 'Deal - Organization ID' ...) prefixed; an activity's or
    a note's own id is its own (its uid says what it is)."""
    own = {"activity": "Activity - ID", "note": "Note - ID"}.get(kind, "")
    return {
        h: prefixed(PREFIX)
        for h in table.headers
        if h.lower().endswith(" id") and h.strip().lower() != own.lower()
    }


def _won_or_lost(table: Table) -> dict[str, Rewrite]:
    """A won or lost deal's stage cell becomes 'won' or 'lost' (the pipeline's won or lost stage)."""
    stage = first_present(table.headers, ("Deal - Stage",))
    status = first_present(table.headers, ("Deal - Status",))
    if not (stage and status):
        return {}
    at = table.headers.index(status)

    def change(cell: str, row: tuple[str, ...]) -> str:
        said = row[at].strip().lower() if at < len(row) else ""
        return said if said in DEAL_STATUS_STAGE else cell

    return {stage: change}


def _closed_time(table: Table) -> tuple[dict[str, Rewrite], str]:
    """A lost deal's close time is its lost time (the won time column is read for both): (rewrite, the
    lost time's header, read this way)."""
    won = first_present(table.headers, ("Deal - Won time",))
    lost = first_present(table.headers, ("Deal - Lost time",))
    if not (won and lost) or first_present(table.headers, ("Deal - Close time",)):
        return {}, ""
    at = table.headers.index(lost)

    def change(cell: str, row: tuple[str, ...]) -> str:
        return cell or (row[at] if at < len(row) else "")

    return {won: change}, lost


def _activity_columns(kind: str, table: Table) -> ActivityColumns:
    def present(*names: str) -> tuple[str, ...]:
        return tuple(h for h in (first_present(table.headers, (n,)) for n in names) if h)

    links = {name: first_present(table.headers, headers) for name, headers in LINKS.items()}
    if kind == "note":
        return ActivityColumns(
            uid_prefix=f"{PREFIX}note:",
            id=first_present(table.headers, ("Note - ID",)),
            default_kind="note",
            body=present("Note - Content"),
            date=present("Note - Add time", "Note - Date"),
            owner=present("Note - User", "Note - Author", "Note - Creator"),
            account=links["account"],
            contact=links["contact"],
            deal=links["deal"],
        )
    return ActivityColumns(
        uid_prefix=f"{PREFIX}activity:",
        id=first_present(table.headers, ("Activity - ID",)),
        default_kind="task",
        kind=first_present(table.headers, ("Activity - Type",)),
        subject=present("Activity - Subject"),
        body=present("Activity - Note", "Activity - Public description"),
        date=present("Activity - Due date", "Activity - Add time"),
        time=first_present(table.headers, ("Activity - Due time",)),
        done=first_present(table.headers, ("Activity - Done",)),
        owner=present("Activity - Assigned to user", "Activity - Owner", "Activity - User"),
        account=links["account"],
        contact=links["contact"],
        deal=links["deal"],
    )


def _rewrites(table: Table, kind: str) -> tuple[dict[str, Rewrite], tuple[str, ...]]:
    """Ids prefixed; a deal's stage made won or lost by its status, its close time its won or lost time."""
    if kind != "deals":
        return _ids(table, kind), ()
    closed, lost_time = _closed_time(table)
    status = first_present(table.headers, ("Deal - Status",))
    used = tuple(h for h in (status, lost_time) if h)
    return {**_ids(table, kind), **_won_or_lost(table), **closed}, used


PIPEDRIVE = CrmFormat(
    VENDOR,
    ORDER,
    COLUMNS,
    _object,
    _rewrites,
    _activity_columns,
    pipeline="Deal - Pipeline",
    unknown="not a Pipedrive organizations, people, deals, activities or notes export",
)


def plan_export(path: Path) -> ExportPlan:
    """Read the export at `path` and say what each file becomes (nothing is written)."""
    return crm_plan.plan_export(PIPEDRIVE, path)
