"""Demo users, tags, accounts, contacts (with their account memberships) and taggings."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import insert

from app.models import Account, AccountContact, Contact, Role, Tag, Tagging, Team, User
from app.services.demo.common import COUNTRIES, INDUSTRIES, TITLES, Writer, ascii_only, phone_number, table_of

ROLES = ["Decision maker", "Buyer", "Influencer", "Technical contact", "Billing", ""]
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


class People(Writer):
    def users(self) -> list[uuid.UUID]:
        """The sales team: a manager and two teams of reps (none has a password: the demo file opens
        without signing in, as its OS user, an administrator)."""
        teams = [{**self._base(), "name": name} for name in ("North", "South")]
        self.conn.execute(insert(table_of(Team)), teams)
        roles = [(Role.SALES_MANAGER, None)] + [
            (Role.SALES_REP, teams[i // 2]["id"]) for i in range(len(USERS) - 1)
        ]
        rows = [
            {
                **self._base(),
                "name": n,
                "email": f"{login}@rapport-demo.example",
                "is_active": True,
                "role": role,
                "team_id": team,
            }
            for (n, login), (role, team) in zip(USERS, roles, strict=True)
        ]
        self.conn.execute(insert(table_of(User)), rows)
        return [r["id"] for r in rows]

    def tags(self) -> list[uuid.UUID]:
        rows = [{**self._base(), "name": n, "color": c} for n, c in TAGS]
        self.conn.execute(insert(table_of(Tag)), rows)
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
                domain = f"{ascii_only(name)[:24] or 'company'}{'' if i < len(self.pools.companies) else i}.example"
                phone, display = phone_number(self.rng, country)
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
                row["postal_code"] = self.pools.postcode[country].get(row["city"], "")
                out.append((row["id"], name, country))
                yield row

        self._insert(table_of(Account), rows(), n, "accounts")
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
                domain = f"{ascii_only(company)[:24] or 'company'}.example"
                email = (
                    f"{ascii_only(first)}.{ascii_only(last)}{i}@{domain}" if self.rng.random() < 0.93 else ""
                )
                phone, display = phone_number(self.rng, country) if self.rng.random() < 0.85 else ("", "")
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

        self._insert(table_of(Contact), rows(), n, "contacts")
        self._insert(table_of(AccountContact), iter(links), len(links), "memberships")
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

        self._insert(table_of(Tagging), rows(), len(contacts) // 5, "tags")
