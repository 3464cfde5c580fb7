"""Deterministic demo data: realistic accounts, contacts, deals, activities, leads, documents and more.

Faker with a fixed seed fills pools of names; a seeded random.Random combines them, so the same size
gives the same data (ids included). Rows go in through Core bulk inserts in one transaction: valid by
construction (normalised emails and E.164 phones), they skip per-row validation to reach a million
contacts in reasonable time.

`generate` runs the per-area writers in a fixed order (people, deals, documents, leads,
custom, schedule, reports, deal lines): each new area draws after the existing ones, so adding one
leaves the data of the others unchanged.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, text

from app.services.demo import custom, customer_value, deal_lines, documents, schedule
from app.services.demo.common import Ids, Pools, Progress
from app.services.demo.deals import Deals
from app.services.demo.leads import Leads
from app.services.demo.people import People
from app.services.reports import demo as demo_reports

SEED = 20261123
SIZES = {"small": 3000, "large": 1_000_000}


@dataclass(frozen=True)
class DemoSummary:
    users: int
    accounts: int
    contacts: int
    deals: int
    activities: int
    documents: int = 0
    leads: int = 0


def contacts_for(size: str | int) -> int:
    if isinstance(size, int) or str(size).isdigit():
        return max(10, int(size))
    if size not in SIZES:
        raise ValueError(f"size must be small, large or a number of contacts, not {size!r}")
    return SIZES[size]


def generate(
    engine: Engine,
    size: str | int = "small",
    seed: int = SEED,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database with demo data in one transaction."""
    n_contacts = contacts_for(size)
    n_accounts = max(5, n_contacts // 10 if n_contacts <= 10_000 else n_contacts // 5)
    rng = random.Random(seed)
    anchor = datetime.combine(today or datetime.now(UTC).date(), datetime.min.time(), UTC)
    ids = Ids(rng, anchor - timedelta(days=800))
    pools = Pools(seed, n_contacts)
    report = progress or (lambda _stage, _done, _total: True)
    with engine.begin() as conn:
        if conn.execute(text("SELECT count(*) FROM contacts")).scalar():
            raise ValueError("the database already holds contacts; demo data goes into a new database")
        people = People(conn, rng, ids, pools, anchor, report)
        users = people.users()
        tags = people.tags()
        accounts = people.accounts(n_accounts, users)
        contacts = people.contacts(n_contacts, accounts, users)
        people.taggings(tags, accounts, contacts)
        sales = Deals(conn, rng, ids, pools, anchor, report)
        stages = sales.pipeline()
        n_deals = max(10, n_accounts * 2 if n_contacts <= 10_000 else n_contacts // 10)
        deals = sales.deals(n_deals, accounts, contacts, stages, users)
        n_acts = max(20, n_contacts + n_contacts // 3 if n_contacts <= 10_000 else n_contacts // 5)
        n_activities = sales.activities(n_acts, accounts, contacts, deals, users)
        n_docs = max(6, min(n_accounts, 300))
        n_documents = documents.generate(conn, rng, ids, anchor, accounts, n_docs)
        leads = Leads(conn, rng, ids, pools, anchor, report)
        # leads, NPS, churn and conversions were each added after the data above: drawn after it, in order
        n_leads = leads.leads(max(20, min(n_contacts // 10, 5000)), users)
        leads.nps(max(10, min(n_contacts // 4, 2000)), contacts)
        leads.churn()
        leads.conversions()  # after the churn: converted into accounts that are customers today
        custom.generate(conn, rng, ids, anchor, [c[0] for c in contacts], [a[0] for a in accounts])
        n_activities += schedule.generate(conn, rng, ids, anchor, accounts, deals, users)  # last too
        demo_reports.generate(conn, ids, anchor)  # saved reports: after the schedule
        deal_lines.generate(conn, rng, ids)  # product lines on some open deals (issue 17)
        customer_value.generate(conn, ids, anchor)  # churn reasons, upgrades, pairs, scores: drawing last
    return DemoSummary(
        len(users), len(accounts), len(contacts), len(deals), n_activities, n_documents, n_leads
    )
