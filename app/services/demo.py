"""Deterministic demo data: realistic accounts, contacts, deals, activities and tags.

Faker with a fixed seed fills pools of names; a seeded random.Random combines them, so the same size
gives the same data (ids included). Rows go in through Core bulk inserts in one transaction: valid by
construction (normalised emails and E.164 phones), they skip per-row validation to reach a million
contacts in reasonable time.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, func, insert, select, text, update
from sqlalchemy.orm import DeclarativeBase

from app.models import (
    Account,
    AccountContact,
    AccountFirstWon,
    Activity,
    AuditEntry,
    Contact,
    Deal,
    DealStageHistory,
    Lead,
    LeadLifecycle,
    NpsResponse,
    Pipeline,
    Stage,
    Tag,
    Tagging,
    User,
)
from app.services import demo_custom, demo_documents, demo_schedule

SEED = 20261123
BATCH = 5000
SIZES = {"small": 3000, "large": 1_000_000}
Progress = Callable[[str, int, int], bool]  # (stage, done, total) -> keep going?

# country -> (Faker locale, calling code, national pattern, display pattern)
COUNTRIES = {
    "US": ("en_US", "1", "{a}555{n4}", "({a}) 555-{n4}"),
    "GB": ("en_GB", "44", "20{n8}", "020 {n8a} {n8b}"),
    "DE": ("de_DE", "49", "30{n8}", "030 {n8}"),
    "FR": ("fr_FR", "33", "1{n8}", "01 {n8p}"),
    "NL": ("nl_NL", "31", "20{n7}", "020 {n7}"),
    "CA": ("en_CA", "1", "{a}555{n4}", "({a}) 555-{n4}"),
}
INDUSTRIES = [
    "Manufacturing",
    "Retail",
    "Software",
    "Healthcare",
    "Logistics",
    "Construction",
    "Finance",
    "Education",
    "Hospitality",
    "Energy",
    "Agriculture",
    "Media",
]
TITLES = [
    "CEO",
    "CFO",
    "Head of Purchasing",
    "Office Manager",
    "Sales Director",
    "IT Manager",
    "Buyer",
    "Operations Manager",
    "Project Manager",
    "Accountant",
    "Marketing Lead",
    "Engineer",
]
ROLES = ["Decision maker", "Buyer", "Influencer", "Technical contact", "Billing", ""]
STAGES = [
    ("Qualification", 10, False, False),
    ("Needs analysis", 25, False, False),
    ("Proposal", 50, False, False),
    ("Negotiation", 75, False, False),
    ("Won", 100, True, False),
    ("Lost", 0, False, True),
]
TAGS = [
    ("VIP", "#c62828"),
    ("Newsletter", "#1565c0"),
    ("Trade show 2026", "#6a1b9a"),
    ("Key account", "#ef6c00"),
    ("Reference customer", "#2e7d32"),
]
USERS = [
    ("Alex Morgan", "alex.morgan"),
    ("Priya Natarajan", "priya.natarajan"),
    ("Jonas Becker", "jonas.becker"),
    ("Camille Laurent", "camille.laurent"),
    ("Sam Okafor", "sam.okafor"),
]
SUBJECTS = {
    "call": ["Intro call", "Follow-up call", "Pricing call", "Check-in call"],
    "meeting": ["Site visit", "Product demo", "Quarterly review", "Kick-off meeting"],
    "email": ["Sent brochure", "Sent quote", "Answered questions", "Sent contract draft"],
    "note": [
        "Budget approved for Q3",
        "Prefers phone over email",
        "New purchasing process",
        "Competitor in play",
    ],
    "task": ["Prepare quote", "Send samples", "Schedule demo", "Update contact details"],
}


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


class _Ids:
    """Deterministic UUIDv7-shaped ids: time-ordered from a fixed epoch, random bits from the seed."""

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self.rng = rng
        self.ms = int(start.timestamp() * 1000)

    def __call__(self) -> uuid.UUID:
        self.ms += 1
        rand_a, rand_b = self.rng.getrandbits(12), self.rng.getrandbits(62)
        return uuid.UUID(int=(self.ms << 80) | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b)


class _Pools:
    """Name, company and city pools drawn once from Faker per locale."""

    def __init__(self, seed: int, scale: int) -> None:
        from faker import Faker  # heavy; only demo generation needs it

        self.first: dict[str, list[str]] = {}
        self.last: dict[str, list[str]] = {}
        self.city: dict[str, list[str]] = {}
        self.street: dict[str, list[str]] = {}
        companies: set[str] = set()
        n_names = min(400, 50 + scale // 50)
        for country, (locale, *_rest) in COUNTRIES.items():
            fake = Faker(locale)
            fake.seed_instance(seed + len(country) * 31 + ord(country[0]))
            self.first[country] = sorted({fake.first_name() for _ in range(n_names)})
            self.last[country] = sorted({fake.last_name() for _ in range(n_names * 2)})
            self.city[country] = sorted({fake.city() for _ in range(60)})
            self.street[country] = [fake.street_address().replace("\n", ", ") for _ in range(200)]
            for _ in range(max(60, scale // 40)):
                companies.add(fake.company())
        self.companies = sorted(companies)


def _ascii(text_: str) -> str:
    """Lower-case ASCII letters and digits only, for made-up email addresses and domains."""
    plain = unicodedata.normalize("NFKD", text_.lower().replace("ß", "ss"))
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())


def _phone(rng: random.Random, country: str) -> tuple[str, str]:
    _locale, code, national, display = COUNTRIES[country]
    a = str(rng.randint(201, 989))
    while a[1] == "1" or a[1:] == "11":
        a = str(rng.randint(201, 989))
    n4, n7, n8 = (
        f"{rng.randint(0, 9999):04d}",
        f"{rng.randint(0, 9999999):07d}",
        f"{rng.randint(0, 99999999):08d}",
    )
    parts = {
        "a": a,
        "n4": n4,
        "n7": n7,
        "n8": n8,
        "n8a": n8[:4],
        "n8b": n8[4:],
        "n8p": " ".join(n8[i : i + 2] for i in range(0, 8, 2)),
    }
    return f"+{code}{national.format(**parts)}", display.format(**parts)


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
    ids = _Ids(rng, anchor - timedelta(days=800))
    pools = _Pools(seed, n_contacts)
    report = progress or (lambda _stage, _done, _total: True)
    with engine.begin() as conn:
        if conn.execute(text("SELECT count(*) FROM contacts")).scalar():
            raise ValueError("the database already holds contacts; demo data goes into a new database")
        gen = _Generator(conn, rng, ids, pools, anchor, report)
        users = gen.users()
        tags = gen.tags()
        accounts = gen.accounts(n_accounts, users)
        contacts = gen.contacts(n_contacts, accounts, users)
        gen.taggings(tags, accounts, contacts)
        stages = gen.pipeline()
        n_deals = max(10, n_accounts * 2 if n_contacts <= 10_000 else n_contacts // 10)
        deals = gen.deals(n_deals, accounts, contacts, stages, users)
        n_acts = max(20, n_contacts + n_contacts // 3 if n_contacts <= 10_000 else n_contacts // 5)
        n_activities = gen.activities(n_acts, accounts, contacts, deals, users)
        n_docs = max(6, min(n_accounts, 300))
        n_documents = demo_documents.generate(conn, rng, ids, anchor, accounts, n_docs)
        n_leads = gen.leads(max(20, min(n_contacts // 10, 5000)), users)  # drawn last: earlier data unchanged
        gen.nps(max(10, min(n_contacts // 4, 2000)), contacts)  # after the leads, for the same reason
        gen.churn()  # last of all, for the same reason
        gen.conversions()  # after the churn: converted into accounts that are customers today
        demo_custom.generate(conn, rng, ids, anchor, [c[0] for c in contacts], [a[0] for a in accounts])
        n_activities += demo_schedule.generate(conn, rng, ids, anchor, accounts, deals, users)  # last too
    return DemoSummary(
        len(users), len(accounts), len(contacts), len(deals), n_activities, n_documents, n_leads
    )


def _table(model: type[DeclarativeBase]) -> Table:
    return cast(Table, model.__table__)


class _Cancelled(Exception):
    pass


class _Generator:
    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        ids: _Ids,
        pools: _Pools,
        anchor: datetime,
        report: Progress,
    ) -> None:
        self.conn, self.rng, self.ids, self.pools, self.anchor, self.report = (
            conn,
            rng,
            ids,
            pools,
            anchor,
            report,
        )

    def _base(self, when: datetime | None = None) -> dict[str, Any]:
        when = when or self.anchor - timedelta(
            days=self.rng.randint(30, 720), minutes=self.rng.randint(0, 1439)
        )
        return {
            "id": self.ids(),
            "created_at": when,
            "updated_at": when,
            "version": 1,
            "deleted_at": None,
            "custom": {},
        }

    def _insert(self, table: Table, rows: Iterator[dict[str, Any]], total: int, stage: str) -> None:
        batch: list[dict[str, Any]] = []
        done = 0
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                self.conn.execute(insert(table), batch)
                done += len(batch)
                batch = []
                if not self.report(stage, done, total):
                    raise _Cancelled(stage)
        if batch:
            self.conn.execute(insert(table), batch)
            self.report(stage, total, total)

    def users(self) -> list[uuid.UUID]:
        rows = [
            {**self._base(), "name": n, "email": f"{login}@rapport-demo.example", "is_active": True}
            for n, login in USERS
        ]
        self.conn.execute(insert(_table(User)), rows)
        return [r["id"] for r in rows]

    def tags(self) -> list[uuid.UUID]:
        rows = [{**self._base(), "name": n, "color": c} for n, c in TAGS]
        self.conn.execute(insert(_table(Tag)), rows)
        return [r["id"] for r in rows]

    def accounts(self, n: int, users: list[uuid.UUID]) -> list[tuple[uuid.UUID, str, str]]:
        out: list[tuple[uuid.UUID, str, str]] = []
        countries = list(COUNTRIES)
        weights = [40, 15, 20, 10, 8, 7]
        statuses = ["customer"] * 5 + ["prospect"] * 4 + ["partner", "supplier", "churned", "inactive"]

        unique_names = list(self.pools.companies)
        self.rng.shuffle(unique_names)

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(n):
                country = self.rng.choices(countries, weights)[0]
                # each pool name once; past the pool, suffixed variants (large sizes only)
                base = unique_names[i] if i < len(unique_names) else self.rng.choice(unique_names)
                name = (
                    base
                    if i < len(self.pools.companies)
                    else f"{base} {self.rng.choice(['Group', 'Holding', 'Services', 'International', 'Solutions'])} {i}"
                )
                domain = (
                    f"{_ascii(name)[:24] or 'company'}{'' if i < len(self.pools.companies) else i}.example"
                )
                phone, display = _phone(self.rng, country)
                row = {
                    **self._base(),
                    "name": name,
                    "domain": domain,
                    "industry": self.rng.choice(INDUSTRIES),
                    "email": f"info@{domain}",
                    "phone": phone,
                    "phone_display": display,
                    "address": self.rng.choice(self.pools.street[country]),
                    "city": self.rng.choice(self.pools.city[country]),
                    "country": country,
                    "status": self.rng.choice(statuses),
                    "owner_id": self.rng.choice(users),
                    "notes": "",
                }
                out.append((row["id"], name, country))
                yield row

        self._insert(_table(Account), rows(), n, "accounts")
        return out

    def contacts(
        self, n: int, accounts: list[tuple[uuid.UUID, str, str]], users: list[uuid.UUID]
    ) -> list[tuple[uuid.UUID, uuid.UUID]]:
        out: list[tuple[uuid.UUID, uuid.UUID]] = []
        links: list[dict[str, Any]] = []

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(n):
                account_id, company, country = (
                    accounts[i % len(accounts)] if i < len(accounts) else self.rng.choice(accounts)
                )
                first = self.rng.choice(self.pools.first[country])
                last = self.rng.choice(self.pools.last[country])
                domain = f"{_ascii(company)[:24] or 'company'}.example"
                email = f"{_ascii(first)}.{_ascii(last)}{i}@{domain}" if self.rng.random() < 0.93 else ""
                phone, display = _phone(self.rng, country) if self.rng.random() < 0.85 else ("", "")
                row = {
                    **self._base(),
                    "first_name": first,
                    "last_name": last,
                    "email": email,
                    "phone": phone,
                    "phone_display": display,
                    "title": self.rng.choice(TITLES),
                    "city": self.rng.choice(self.pools.city[country]),
                    "country": country,
                    "status": "active" if self.rng.random() < 0.9 else "inactive",
                    "owner_id": self.rng.choice(users),
                    "company_name": company,
                    "notes": "",
                }
                out.append((row["id"], account_id))
                links.append(
                    {
                        **self._base(row["created_at"]),
                        "account_id": account_id,
                        "contact_id": row["id"],
                        "role": self.rng.choice(ROLES),
                        "is_primary": True,
                    }
                )
                if self.rng.random() < 0.05:  # a few people work with a second company
                    other = self.rng.choice(accounts)[0]
                    if other != account_id:
                        links.append(
                            {
                                **self._base(row["created_at"]),
                                "account_id": other,
                                "contact_id": row["id"],
                                "role": "Advisor",
                                "is_primary": False,
                            }
                        )
                yield row

        self._insert(_table(Contact), rows(), n, "contacts")
        self._insert(_table(AccountContact), iter(links), len(links), "memberships")
        return out

    def taggings(
        self,
        tags: list[uuid.UUID],
        accounts: list[tuple[uuid.UUID, str, str]],
        contacts: list[tuple[uuid.UUID, uuid.UUID]],
    ) -> None:
        def rows() -> Iterator[dict[str, Any]]:
            for entity, items in (
                ("account", [a[0] for a in accounts]),
                ("contact", [c[0] for c in contacts]),
            ):
                for entity_id in items:
                    if self.rng.random() < 0.12:
                        for tag_id in self.rng.sample(tags, self.rng.randint(1, 2)):
                            yield {
                                **self._base(),
                                "tag_id": tag_id,
                                "entity_type": entity,
                                "entity_id": entity_id,
                            }

        self._insert(_table(Tagging), rows(), len(contacts) // 5, "tags")

    def pipeline(self) -> list[tuple[uuid.UUID, int, bool, bool]]:
        pipeline = {**self._base(), "name": "Sales", "position": 0, "is_default": True}
        self.conn.execute(insert(_table(Pipeline)), [pipeline])
        rows = [
            {
                **self._base(),
                "pipeline_id": pipeline["id"],
                "name": name,
                "position": i,
                "probability": p,
                "is_won": won,
                "is_lost": lost,
            }
            for i, (name, p, won, lost) in enumerate(STAGES)
        ]
        self.conn.execute(insert(_table(Stage)), rows)
        self.pipeline_id = pipeline["id"]
        return [(r["id"], r["probability"], r["is_won"], r["is_lost"]) for r in rows]

    def deals(
        self,
        n: int,
        accounts: list[tuple[uuid.UUID, str, str]],
        contacts: list[tuple[uuid.UUID, uuid.UUID]],
        stages: list[tuple[uuid.UUID, int, bool, bool]],
        users: list[uuid.UUID],
    ) -> list[tuple[uuid.UUID, uuid.UUID]]:
        out: list[tuple[uuid.UUID, uuid.UUID]] = []
        history: list[dict[str, Any]] = []
        products = [
            "Annual licence",
            "Service contract",
            "Equipment order",
            "Consulting package",
            "Spare parts",
            "Training days",
            "Maintenance renewal",
            "Pilot project",
        ]

        column_ends: dict[uuid.UUID, int] = {}  # board order: each stage's cards GAP apart, oldest first

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(n):
                contact_id, account_id = self.rng.choice(contacts)
                created = self.anchor - timedelta(days=self.rng.randint(5, 540))
                stage_index = self.rng.choices(range(len(stages)), [18, 14, 12, 8, 28, 20])[0]
                stage_id, _p, won, lost = stages[stage_index]
                closed = created + timedelta(days=self.rng.randint(7, 120)) if won or lost else None
                if closed and closed > self.anchor:
                    closed = self.anchor - timedelta(days=self.rng.randint(0, 4))
                expected = (
                    closed.date()
                    if closed
                    else (self.anchor + timedelta(days=self.rng.randint(-10, 150))).date()
                )
                row = {
                    **self._base(created),
                    "name": f"{self.rng.choice(products)}",
                    "account_id": account_id,
                    "contact_id": contact_id,
                    "pipeline_id": self.pipeline_id,
                    "stage_id": stage_id,
                    "amount_minor": self.rng.randint(5, 1500) * 10000,
                    "currency": "EUR",
                    "expected_close": expected,
                    "closed_at": closed,
                    "lost_reason": self.rng.choice(["Price", "Timing", "Chose a competitor"]) if lost else "",
                    "owner_id": self.rng.choice(users),
                    "position": 0,
                }
                path = list(range(min(stage_index, 3) + 1)) + ([stage_index] if stage_index > 3 else [])
                previous = None
                for step, index in enumerate(path):
                    when = created + timedelta(days=step * 9)
                    history.append(
                        {
                            **self._base(when),
                            "deal_id": row["id"],
                            "from_stage_id": previous,
                            "to_stage_id": stages[index][0],
                            "changed_at": when,
                            "changed_by_id": row["owner_id"],
                        }
                    )
                    previous = stages[index][0]
                row["stage_entered_at"] = history[-1]["changed_at"]
                row["position"] = column_ends.get(stage_id, 0)
                column_ends[stage_id] = row["position"] + 1024
                out.append((row["id"], account_id))
                yield row

        self._insert(_table(Deal), rows(), n, "deals")
        self._insert(_table(DealStageHistory), iter(history), len(history), "deal history")
        return out

    def activities(
        self,
        n: int,
        accounts: list[tuple[uuid.UUID, str, str]],
        contacts: list[tuple[uuid.UUID, uuid.UUID]],
        deals: list[tuple[uuid.UUID, uuid.UUID]],
        users: list[uuid.UUID],
    ) -> int:
        kinds = list(SUBJECTS)

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(n):
                kind = self.rng.choices(kinds, [30, 15, 25, 15, 15])[0]
                contact_id, account_id = self.rng.choice(contacts)
                deal_id = None
                if self.rng.random() < 0.3:
                    deal_id, account_id = self.rng.choice(deals)
                # emails and notes are records of what happened; calls, meetings and tasks may be planned
                latest = 30 if kind in ("call", "meeting", "task") else -1
                when = self.anchor + timedelta(
                    days=self.rng.randint(-400, latest), hours=self.rng.randint(8, 17)
                )
                past = when < self.anchor
                start = when if kind in ("meeting", "call") else None
                yield {
                    **self._base(min(when, self.anchor)),
                    "kind": kind,
                    "subject": self.rng.choice(SUBJECTS[kind]),
                    "body": "",
                    "account_id": account_id,
                    "contact_id": contact_id,
                    "lead_id": None,
                    "deal_id": deal_id,
                    "owner_id": self.rng.choice(users),
                    "due_at": when if kind == "task" else None,
                    "start_at": start,
                    "end_at": start + timedelta(minutes=30) if start else None,
                    "done_at": when if past and kind != "note" else None,
                    "occurred_at": when,
                }

        self._insert(_table(Activity), rows(), n, "activities")
        return n

    def churn(self) -> None:
        """Some long-standing customers left during the last year, with the audit entry that dates it,
        so the demo dashboard shows churn (docs/metrics.md: churn is dated by that entry)."""
        long_ago = self.anchor - timedelta(days=400)
        since = func.coalesce(AccountFirstWon.first_won_at, Account.created_at)
        candidates = self.conn.execute(
            select(Account.id)
            .outerjoin(AccountFirstWon, AccountFirstWon.account_id == Account.id)
            .where(Account.status == "customer", since < long_ago)
            .order_by(Account.id)
        ).scalars()
        audit = []
        for account_id in candidates:
            if self.rng.random() >= 0.12:
                continue
            when = self.anchor - timedelta(days=self.rng.randint(5, 330), minutes=self.rng.randint(0, 1439))
            self.conn.execute(
                update(_table(Account))
                .where(Account.id == account_id)
                .values(status="churned", updated_at=when)
            )
            audit.append(
                {
                    **self._base(),
                    "created_at": when,
                    "updated_at": when,
                    "user_id": None,
                    "entity_type": "account",
                    "entity_id": account_id,
                    "action": "update",
                    "field": "status",
                    "old_value": "customer",
                    "new_value": "churned",
                }
            )
        if audit:
            self.conn.execute(insert(_table(AuditEntry)), audit)

    def conversions(self) -> None:
        """About a quarter of the qualified leads older than two weeks were converted into customer
        accounts, so the demo's lead-to-customer rate and leads-by-source chart are not empty."""
        customers = list(
            self.conn.execute(
                select(Account.id).where(Account.status == "customer").order_by(Account.id)
            ).scalars()
        )
        qualified = self.conn.execute(
            select(Lead.id)
            .where(Lead.status == "qualified", Lead.created_at < self.anchor - timedelta(days=14))
            .order_by(Lead.id)
        ).scalars()
        for lead_id in list(qualified):
            if not customers or self.rng.random() >= 0.25:
                continue
            self.conn.execute(
                update(_table(Lead))
                .where(Lead.id == lead_id)
                .values(
                    status="converted", lifecycle="customer", converted_account_id=self.rng.choice(customers)
                )
            )

    def nps(self, n: int, contacts: list[tuple[uuid.UUID, uuid.UUID]]) -> None:
        """Survey answers over the last 13 months, mostly favourable."""
        scores = [10] * 5 + [9] * 6 + [8] * 5 + [7] * 3 + [6] * 2 + [5, 4, 3, 2, 0]
        comments = ["", "", "", "Great support", "Easy to use", "Too expensive", "Slow to respond", "Love it"]

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(n):
                when = self.anchor - timedelta(days=self.rng.randint(0, 395))
                yield {
                    **self._base(when),
                    "contact_id": self.rng.choice(contacts)[0],
                    "score": self.rng.choice(scores),
                    "answered_on": when.date(),
                    "comment": self.rng.choice(comments),
                }

        self._insert(_table(NpsResponse), rows(), n, "nps")

    def leads(self, n: int, users: list[uuid.UUID]) -> int:
        """Leads with a few activities each, scored by the default rules as they are made."""
        from app.services.leads import LEAD_SOURCES
        from app.services.scoring import DEFAULT_RULES, LeadFacts, evaluate

        countries = list(COUNTRIES)
        statuses = ["new"] * 4 + ["working"] * 3 + ["nurturing"] * 2 + ["qualified"] * 2 + ["disqualified"]
        reasons = ["No budget", "Student", "Competitor", "Wrong region"]
        lifecycles = ["subscriber", "lead", "lead", "lead", "sales_qualified"]
        activities: list[dict[str, Any]] = []

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(n):
                country = self.rng.choice(countries)
                first = self.rng.choice(self.pools.first[country])
                last = self.rng.choice(self.pools.last[country])
                company = self.rng.choice(self.pools.companies)
                domain = f"{_ascii(company)[:20] or 'company'}.example"
                status = self.rng.choice(statuses)
                created = self.anchor - timedelta(days=self.rng.randint(1, 300))
                row = {
                    **self._base(created),
                    "first_name": first,
                    "last_name": last,
                    "company": company,
                    "title": self.rng.choice(TITLES),
                    "email": f"{_ascii(first)}.{_ascii(last)}@{domain}",
                    "phone": "",
                    "phone_display": "",
                    "source": self.rng.choice(LEAD_SOURCES[:6]),
                    "status": status,
                    "owner_id": self.rng.choice(users),
                    "notes": "",
                    "converted_account_id": None,
                    "converted_contact_id": None,
                    "converted_deal_id": None,
                    "lifecycle": self.rng.choice(lifecycles),
                    "disqualified_reason": self.rng.choice(reasons) if status == "disqualified" else "",
                    "industry": self.rng.choice(INDUSTRIES),
                    "company_size": self.rng.choice([5, 20, 50, 120, 250, 800, 3000]),
                    "website": domain,
                }
                counts = {"other": 0, "email": 0}
                last_when = None
                for _ in range(self.rng.choice([0, 0, 1, 1, 2, 3, 5])):
                    kind = self.rng.choice(["call", "email", "email", "meeting", "note"])
                    when = min(created + timedelta(days=self.rng.randint(0, 120)), self.anchor)
                    counts["email" if kind == "email" else "other"] += 1
                    last_when = max(last_when or when, when)
                    activities.append(
                        {
                            **self._base(when),
                            "kind": kind,
                            "subject": self.rng.choice(SUBJECTS[kind]),
                            "body": "",
                            "account_id": None,
                            "contact_id": None,
                            "lead_id": row["id"],
                            "deal_id": None,
                            "owner_id": row["owner_id"],
                            "due_at": None,
                            "start_at": None,
                            "end_at": None,
                            "done_at": when if kind != "note" else None,
                            "occurred_at": when,
                        }
                    )
                facts = LeadFacts(
                    row["industry"],
                    row["title"],
                    row["company_size"],
                    row["source"],
                    company,
                    row["email"],
                    domain,
                    counts["other"],
                    counts["email"],
                    last_when,
                    created,
                )
                row["score"] = evaluate(DEFAULT_RULES, facts, self.anchor).total
                if row["score"] >= DEFAULT_RULES.threshold and row["lifecycle"] in ("subscriber", "lead"):
                    row["lifecycle"] = LeadLifecycle.MARKETING_QUALIFIED.value
                yield row

        self._insert(_table(Lead), rows(), n, "leads")
        self._insert(_table(Activity), iter(activities), len(activities), "lead activities")
        return n
