"""Demo leads (scored, with their activities), NPS answers, churned customers and converted leads.

Drawn after the people and deals, in this order: leads, NPS, churn, conversions.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from app.models import Account, AccountFirstWon, Activity, AuditEntry, Lead, LeadLifecycle, NpsResponse
from app.services.demo.common import COUNTRIES, INDUSTRIES, SUBJECTS, TITLES, Writer, ascii_only, table_of


class Leads(Writer):
    def leads(self, n: int, users: list[uuid.UUID]) -> int:
        """Leads with a few activities each, scored by the default rules as they are made."""
        from app.services.sales.leads import LEAD_SOURCES
        from app.services.sales.scoring import DEFAULT_RULES, LeadFacts, evaluate

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
                domain = f"{ascii_only(company)[:20] or 'company'}.example"
                status = self.rng.choice(statuses)
                created = self.anchor - timedelta(days=self.rng.randint(1, 300))
                row = {
                    **self._base(created),
                    "first_name": first,
                    "last_name": last,
                    "company": company,
                    "title": self.rng.choice(TITLES),
                    "email": f"{ascii_only(first)}.{ascii_only(last)}@{domain}",
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

        self._insert(table_of(Lead), rows(), n, "leads")
        self._insert(table_of(Activity), iter(activities), len(activities), "lead activities")
        return n

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

        self._insert(table_of(NpsResponse), rows(), n, "nps")

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
                update(table_of(Account))
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
            self.conn.execute(insert(table_of(AuditEntry)), audit)

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
                update(table_of(Lead))
                .where(Lead.id == lead_id)
                .values(
                    status="converted", lifecycle="customer", converted_account_id=self.rng.choice(customers)
                )
            )
