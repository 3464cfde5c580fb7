"""Shared pieces of the demo generator: countries and name pools, deterministic ids, phone numbers, and
the `Writer` base class that stamps base columns and bulk-inserts rows in batches.

Every draw goes through the one seeded random.Random that `demo.generate` creates, in the order it calls
the writers (people, deals, leads), so the same seed gives the same data.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import DeclarativeBase

BATCH = 5000
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


class Ids:
    """Deterministic UUIDv7-shaped ids: time-ordered from a fixed epoch, random bits from the seed."""

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self.rng = rng
        self.ms = int(start.timestamp() * 1000)

    def __call__(self) -> uuid.UUID:
        self.ms += 1
        rand_a, rand_b = self.rng.getrandbits(12), self.rng.getrandbits(62)
        return uuid.UUID(int=(self.ms << 80) | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b)


class Pools:
    """Name, company and city pools drawn once from Faker per locale."""

    def __init__(self, seed: int, scale: int) -> None:
        from faker import Faker  # heavy; only demo generation needs it

        self.first: dict[str, list[str]] = {}
        self.last: dict[str, list[str]] = {}
        self.city: dict[str, list[str]] = {}
        self.street: dict[str, list[str]] = {}
        self.postcode: dict[str, dict[str, str]] = {}
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
            # drawn last, so adding them left every name, city and company of the demo as it was
            self.postcode[country] = {city: fake.postcode() for city in self.city[country]}
        self.companies = sorted(companies)


def ascii_only(text_: str) -> str:
    """Lower-case ASCII letters and digits only, for made-up email addresses and domains."""
    plain = unicodedata.normalize("NFKD", text_.lower().replace("ß", "ss"))
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())


def phone_number(rng: random.Random, country: str) -> tuple[str, str]:
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


def table_of(model: type[DeclarativeBase]) -> Table:
    return cast(Table, model.__table__)


class Cancelled(Exception):
    """The progress callback asked to stop: raised out of the transaction, which rolls back."""


class Writer:
    """Base of the per-area generators: the shared connection, random generator, ids and pools."""

    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        ids: Ids,
        pools: Pools,
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
                    raise Cancelled(stage)
        if batch:
            self.conn.execute(insert(table), batch)
            self.report(stage, total, total)
