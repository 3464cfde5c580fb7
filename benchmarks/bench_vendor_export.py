"""Issue 16 figure: a whole Salesforce data export (100,000 contacts, 20,000 accounts, 50,000
opportunities, their contact roles, tasks and events) imported in one transaction into a fresh SQLite
database; `python -m benchmarks --only vendor-export [--size small|large]`."""

from __future__ import annotations

import csv
import random
import resource
import tempfile
import time
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.services.importing import vendor_export
from app.services.importing.salesforce import SALESFORCE
from benchmarks.common import Result

SECTION = "Whole CRM export (issue 16)"
NOTE = (
    "`rapport import salesforce DIR` of a generated export in Salesforce's Data Export format (one CSV "
    "per object, API field names, 18-character ids, UTF-8 with BOM): users, accounts with billing "
    "addresses, contacts with mailing addresses, phones and birthdays linked by AccountId, opportunities "
    "with stages, amounts and owners, one contact role per fifth opportunity, tasks and events linked by "
    "WhoId/WhatId; all objects in one transaction and one undo step, every id resolved. The clock runs "
    "from reading the folder to the commit; per-object figures are each object's share of it."
)
SIZES = {  # accounts, contacts, opportunities, tasks, events
    "small": (200, 1_000, 500, 200, 50),
    "large": (20_000, 100_000, 50_000, 10_000, 2_000),
}
USERS = 30
STAGES = [
    "Prospecting",
    "Qualification",
    "Proposal/Price Quote",
    "Negotiation/Review",
    "Closed Won",
    "Closed Lost",
]
FIRST = ["Anna", "Ben", "Chloé", "David", "Emma", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Karin", "Lars"]
LAST = ["Müller", "Schmidt", "Dupont", "Rossi", "García", "Smith", "Jones", "Nowak", "Jansen", "Berg"]
STATES = [("Springfield", "IL", "62701"), ("Austin", "TX", "73301"), ("Portland", "OR", "97201")]


def _id(prefix: str, n: int) -> str:
    return f"{prefix}8c{n:010d}AAA"  # 18 characters, as Salesforce exports them


def _write(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        out = csv.writer(handle)
        out.writerow(headers)
        out.writerows(rows)


def write_export(folder: Path, size: str, seed: int = 16) -> dict[str, int]:
    """Write the export's CSVs into `folder`; returns rows per object."""
    accounts, contacts, opportunities, tasks, events = SIZES.get(size, SIZES["small"])
    rng = random.Random(seed)
    users = [_id("005", i) for i in range(USERS)]
    _write(
        folder / "User.csv",
        ["Id", "Username", "FirstName", "LastName", "Name", "Email", "IsActive"],
        [
            [
                u,
                f"rep{i}@acme.example",
                FIRST[i % 12],
                LAST[i % 10],
                f"{FIRST[i % 12]} {LAST[i % 10]}",
                f"rep{i}@acme.example",
                "true",
            ]
            for i, u in enumerate(users)
        ],
    )
    account_ids = [_id("001", i) for i in range(accounts)]
    rows = []
    for i, account in enumerate(account_ids):
        city, state, postal = STATES[i % 3]
        rows.append(
            [
                account,
                f"Company {i} {LAST[i % 10]}",
                rng.choice(["Customer - Direct", "Prospect", ""]),
                f"{i % 900 + 1} Main St",
                city,
                state,
                postal,
                "USA",
                f"(217) 555-{i % 10000:04d}",
                str(rng.randrange(10_000, 10_000_000)),
                str(rng.randrange(1, 5000)),
                users[i % USERS],
            ]
        )
    _write(
        folder / "Account.csv",
        [
            "Id",
            "Name",
            "Type",
            "BillingStreet",
            "BillingCity",
            "BillingState",
            "BillingPostalCode",
            "BillingCountry",
            "Phone",
            "AnnualRevenue",
            "NumberOfEmployees",
            "OwnerId",
        ],
        rows,
    )
    contact_ids = [_id("003", i) for i in range(contacts)]
    rows = []
    for i, contact in enumerate(contact_ids):
        city, state, postal = STATES[i % 3]
        first, last = FIRST[i % 12], LAST[(i // 12) % 10]
        rows.append(
            [
                contact,
                account_ids[i % accounts],
                rng.choice(["Mr.", "Ms.", "Dr.", ""]),
                first,
                last,
                f"{first.lower()}.{i}@example.com",
                f"(415) 555-{i % 10000:04d}",
                f"{i % 800 + 1} Oak Ave",
                city,
                state,
                postal,
                "USA",
                f"19{rng.randrange(50, 99)}-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}",
                users[i % USERS],
            ]
        )
    _write(
        folder / "Contact.csv",
        [
            "Id",
            "AccountId",
            "Salutation",
            "FirstName",
            "LastName",
            "Email",
            "Phone",
            "MailingStreet",
            "MailingCity",
            "MailingState",
            "MailingPostalCode",
            "MailingCountry",
            "Birthdate",
            "OwnerId",
        ],
        rows,
    )
    opportunity_ids = [_id("006", i) for i in range(opportunities)]
    _write(
        folder / "Opportunity.csv",
        ["Id", "AccountId", "Name", "StageName", "Amount", "CloseDate", "OwnerId", "CreatedDate"],
        [
            [
                o,
                account_ids[i % accounts],
                f"Deal {i}",
                STAGES[i % len(STAGES)],
                f"{rng.randrange(1, 500_000)}.50",
                f"2024-{i % 12 + 1:02d}-15",
                users[i % USERS],
                "2024-01-05T09:30:00.000Z",
            ]
            for i, o in enumerate(opportunity_ids)
        ],
    )
    roles = opportunity_ids[::5]
    _write(
        folder / "OpportunityContactRole.csv",
        ["Id", "OpportunityId", "ContactId", "Role", "IsPrimary"],
        [
            [_id("00K", i), o, contact_ids[i % contacts], "Decision Maker", "true"]
            for i, o in enumerate(roles)
        ],
    )
    _write(
        folder / "Task.csv",
        ["Id", "WhoId", "WhatId", "Subject", "ActivityDate", "Status", "Priority", "OwnerId", "TaskSubtype"],
        [
            [
                _id("00T", i),
                contact_ids[i % contacts],
                opportunity_ids[i % opportunities],
                f"Follow up {i}",
                f"2024-{i % 12 + 1:02d}-10",
                "Completed" if i % 3 else "Not Started",
                "Normal",
                users[i % USERS],
                "Call" if i % 2 else "Task",
            ]
            for i in range(tasks)
        ],
    )
    _write(
        folder / "Event.csv",
        [
            "Id",
            "WhoId",
            "WhatId",
            "Subject",
            "StartDateTime",
            "EndDateTime",
            "IsAllDayEvent",
            "Location",
            "OwnerId",
        ],
        [
            [
                _id("00U", i),
                contact_ids[i % contacts],
                account_ids[i % accounts],
                f"Meeting {i}",
                f"2024-{i % 12 + 1:02d}-11T09:00:00.000Z",
                f"2024-{i % 12 + 1:02d}-11T10:00:00.000Z",
                "false",
                f"Room {i % 20}",
                users[i % USERS],
            ]
            for i in range(events)
        ],
    )
    return {
        "Account": accounts,
        "Contact": contacts,
        "Opportunity": opportunities,
        "Task": tasks,
        "Event": events,
    }


def run(size: str) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "export"
        folder.mkdir()
        counts = write_export(folder, size)
        warm = Path(tmp) / "warm"
        warm.mkdir()
        write_export(warm, "small", seed=3)
        _import(Path(tmp) / "warm.db", warm)  # first-use imports (phonenumbers ...) out of the figures
        seconds, cpu, report = _import(Path(tmp) / "crm.db", folder)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    by_obj = {r.obj: r for r in report.steps}
    assert all(by_obj[obj].created == n for obj, n in counts.items()), by_obj
    names = {"Account": "accounts", "Contact": "contacts", "Opportunity": "opportunities", "Task": "tasks"}
    label = ", ".join(f"{n:,} {names.get(obj, 'events')}" for obj, n in counts.items())
    results = [
        Result(
            f"whole Salesforce export: {label}",
            seconds * 1000,
            target=30_000,
            note=f"one transaction, one undo step; CPU {cpu:.1f} s; peak RSS {peak_mb:,.0f} MB",
        )
    ]
    for r in report.steps:
        results.append(
            Result(f"  of which {r.obj} ({r.created + r.updated + r.unchanged:,})", r.seconds * 1000)
        )
    return results


def _import(db: Path, folder: Path) -> tuple[float, float, vendor_export.ExportReport]:
    """(wall seconds, CPU seconds of this process, report)."""
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        started, cpu = time.perf_counter(), time.process_time()
        tables = vendor_export.read_export(SALESFORCE, folder)
        report = vendor_export.import_export(ctx.uow, SALESFORCE, tables, folder.name).value
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        ctx.close()
    return seconds, cpu, report
