"""A small hand-made CRM for the KPI tests, and the right answers worked out in plain Python over its rows."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from app.context import AppContext
from app.models import (
    Account,
    AccountStatus,
    Activity,
    ActivityKind,
    AuditEntry,
    Deal,
    DealStageHistory,
    Lead,
    LeadLifecycle,
    NpsResponse,
    Pipeline,
    Stage,
    User,
)
from app.services.metrics.service import Scope


def at(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


# name, position, probability, won, lost
SALES_STAGES = [
    ("Qualify", 0, 10, False, False),
    ("Propose", 1, 50, False, False),
    ("Negotiate", 2, 80, False, False),
    ("Won", 3, 100, True, False),
    ("Lost", 4, 0, False, True),
]
PARTNER_STAGES = [("Qualify", 0, 20, False, False), ("Won", 1, 100, True, False), ("Lost", 2, 0, False, True)]


@dataclass
class DealRow:
    name: str
    pipeline: str
    stage: str
    minor: int
    owner: str | None
    created: datetime
    closed: datetime | None = None
    expected: date | None = None
    account: str | None = None
    currency: str = "EUR"
    history: tuple[tuple[str | None, str], ...] = ()  # (from, to) stage names
    deleted: bool = False


@dataclass
class Data:
    users: dict[str, uuid.UUID] = field(default_factory=dict)
    pipelines: dict[str, uuid.UUID] = field(default_factory=dict)
    stages: dict[tuple[str, str], tuple[uuid.UUID, int, int, bool, bool]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    deals: list[DealRow] = field(default_factory=list)
    deal_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    leads: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    nps: list[dict[str, Any]] = field(default_factory=list)


DEALS = [
    # In the Q1 2026 period: won, lost, open; Ann and Bob; EUR; the Sales pipeline unless said.
    DealRow(
        "A1",
        "Sales",
        "Won",
        100_000,
        "Ann",
        at(2025, 11, 1),
        at(2026, 1, 10),
        account="Acme",
        history=((None, "Qualify"), ("Qualify", "Propose"), ("Propose", "Won")),
    ),
    DealRow(
        "A2",
        "Sales",
        "Won",
        250_050,
        "Ann",
        at(2026, 1, 5),
        at(2026, 2, 20),
        account="Globex",
        history=(("Qualify", "Negotiate"), ("Negotiate", "Won")),
    ),
    DealRow(
        "A3",
        "Sales",
        "Lost",
        80_000,
        "Ann",
        at(2026, 1, 7),
        at(2026, 3, 1),
        account="Initech",
        history=(("Qualify", "Propose"), ("Propose", "Lost")),
    ),
    DealRow(
        "B1",
        "Sales",
        "Won",
        40_000,
        "Bob",
        at(2026, 2, 1),
        at(2026, 3, 31, 23),
        account="Acme",
        history=(("Qualify", "Won"),),
    ),
    DealRow("B2", "Sales", "Lost", 10_000, "Bob", at(2026, 2, 2), at(2026, 2, 28)),
    DealRow(
        "B3",
        "Sales",
        "Propose",
        30_000,
        "Bob",
        at(2026, 2, 10),
        expected=date(2026, 3, 15),
        history=(("Qualify", "Propose"),),
    ),
    DealRow(
        "A4",
        "Sales",
        "Negotiate",
        70_000,
        "Ann",
        at(2026, 1, 20),
        expected=date(2026, 2, 1),
        history=(("Qualify", "Propose"), ("Propose", "Negotiate")),
    ),
    DealRow("A5", "Sales", "Qualify", 5_000, "Ann", at(2026, 3, 3), expected=date(2026, 4, 1)),
    DealRow("U1", "Sales", "Qualify", 9_900, None, at(2026, 1, 2), expected=date(2026, 1, 30)),
    DealRow("P1", "Partners", "Won", 60_000, "Bob", at(2026, 1, 1), at(2026, 1, 31), account="Umbrella"),
    DealRow("P2", "Partners", "Qualify", 20_000, "Ann", at(2026, 1, 3), expected=date(2026, 2, 14)),
    # Outside the period, another currency, trashed: must not count (except where the rule says so).
    DealRow("OLD", "Sales", "Won", 500_000, "Ann", at(2025, 6, 1), at(2025, 12, 31, 23), account="Acme"),
    DealRow("LATE", "Sales", "Won", 1_000, "Bob", at(2026, 3, 1), at(2026, 4, 1, 0), account="Globex"),
    DealRow(
        "USD", "Sales", "Won", 99_999, "Ann", at(2026, 1, 5), at(2026, 1, 15), account="Acme", currency="USD"
    ),
    DealRow(
        "DEL", "Sales", "Won", 77_777, "Ann", at(2026, 1, 5), at(2026, 1, 16), account="Acme", deleted=True
    ),
]

ACCOUNTS = {
    # name: status, created, churned (audit time)
    "Acme": (AccountStatus.CUSTOMER, at(2025, 1, 1), None),
    "Globex": (AccountStatus.CUSTOMER, at(2025, 1, 1), None),
    "Initech": (AccountStatus.PROSPECT, at(2025, 1, 1), None),
    "Umbrella": (AccountStatus.CUSTOMER, at(2025, 1, 1), None),
    "Hooli": (AccountStatus.CHURNED, at(2024, 5, 1), at(2026, 2, 14)),  # customer by status, churned in Q1
    "Vandelay": (AccountStatus.CHURNED, at(2024, 5, 1), at(2025, 8, 1)),  # churned before Q1
    "Stark": (AccountStatus.CUSTOMER, at(2026, 2, 1), None),  # a new customer by status, no deal
}

LEADS = [
    # source, lifecycle, created, owner, converted account, converted deal
    ("web_form", LeadLifecycle.LEAD, at(2026, 1, 3), "Ann", None, None),
    ("web_form", LeadLifecycle.CUSTOMER, at(2026, 1, 4), "Ann", None, None),
    ("web_form", LeadLifecycle.OPPORTUNITY, at(2026, 2, 4), "Bob", "Acme", "B1"),  # Acme is a customer
    ("referral", LeadLifecycle.SALES_QUALIFIED, at(2026, 2, 5), "Bob", "Initech", "A3"),  # a prospect
    ("referral", LeadLifecycle.EVANGELIST, at(2026, 3, 30), None, None, None),
    ("", LeadLifecycle.LEAD, at(2026, 3, 1), "Bob", None, None),
    ("event", LeadLifecycle.LEAD, at(2025, 12, 1), "Ann", "Globex", "A2"),  # created before the period
]

ACTIVITIES = [
    ("Ann", at(2026, 1, 5)),
    ("Ann", at(2026, 2, 5)),
    ("Bob", at(2026, 3, 31, 23)),
    (None, at(2026, 1, 9)),
    ("Bob", at(2026, 4, 1, 0)),
    ("Ann", at(2025, 12, 31, 23)),
]

NPS = [
    (10, date(2026, 1, 2)),
    (9, date(2026, 1, 3)),
    (7, date(2026, 2, 2)),
    (6, date(2026, 3, 31)),
    (0, date(2026, 3, 1)),
    (10, date(2026, 4, 1)),
    (3, date(2025, 12, 31)),
]


def seed(ctx: AppContext, deals: list[DealRow] | None = None) -> Data:
    data = Data(deals=list(DEALS if deals is None else deals))
    with ctx.sessions() as s, s.begin():
        for name in ("Ann", "Bob"):
            user = User(name=name, email=f"{name.lower()}@example.com")
            s.add(user)
            s.flush()
            data.users[name] = user.id
        for pname, stages in (("Sales", SALES_STAGES), ("Partners", PARTNER_STAGES)):
            pipeline = Pipeline(name=pname, is_default=pname == "Sales", position=len(data.pipelines))
            s.add(pipeline)
            s.flush()
            data.pipelines[pname] = pipeline.id
            for name, pos, prob, won, lost in stages:
                stage = Stage(
                    pipeline_id=pipeline.id,
                    name=name,
                    position=pos,
                    probability=prob,
                    is_won=won,
                    is_lost=lost,
                )
                s.add(stage)
                s.flush()
                data.stages[(pname, name)] = (stage.id, pos, prob, won, lost)
        for name, (status, created, churned) in ACCOUNTS.items():
            account = Account(name=name, status=status, created_at=created, updated_at=at(2026, 3, 20))
            s.add(account)
            s.flush()
            data.accounts[name] = {"id": account.id, "status": status, "created": created, "churned": churned}
            if churned:
                s.add(
                    AuditEntry(
                        entity_type="account",
                        entity_id=account.id,
                        action="update",
                        field="status",
                        old_value="customer",
                        new_value="churned",
                        created_at=churned,
                    )
                )
        for row in data.deals:
            deal = Deal(
                name=row.name,
                pipeline_id=data.pipelines[row.pipeline],
                stage_id=data.stages[(row.pipeline, row.stage)][0],
                amount_minor=row.minor,
                currency=row.currency,
                owner_id=data.users.get(row.owner or ""),
                created_at=row.created,
                closed_at=row.closed,
                expected_close=row.expected,
                account_id=data.accounts[row.account]["id"] if row.account else None,
                deleted_at=at(2026, 3, 1) if row.deleted else None,
            )
            s.add(deal)
            s.flush()
            data.deal_ids[row.name] = deal.id
            for i, (frm, to) in enumerate(row.history):
                s.add(
                    DealStageHistory(
                        deal_id=deal.id,
                        from_stage_id=data.stages[(row.pipeline, frm)][0] if frm else None,
                        to_stage_id=data.stages[(row.pipeline, to)][0],
                        changed_at=row.created + timedelta(days=i + 1),
                    )
                )
        for i, (source, lifecycle, created, owner, account, deal_name) in enumerate(LEADS):
            lead = Lead(
                last_name=f"Lead{i}",
                source=source,
                lifecycle=lifecycle,
                created_at=created,
                owner_id=data.users.get(owner or ""),
                converted_account_id=data.accounts[account]["id"] if account else None,
                converted_deal_id=data.deal_ids.get(deal_name or ""),
            )
            s.add(lead)
            data.leads.append(
                {
                    "source": source,
                    "lifecycle": lifecycle,
                    "created": created,
                    "owner": owner,
                    "account": account,
                    "deal": deal_name,
                }
            )
        for owner, when in ACTIVITIES:
            s.add(
                Activity(
                    kind=ActivityKind.CALL,
                    subject="call",
                    owner_id=data.users.get(owner or ""),
                    occurred_at=when,
                )
            )
            data.activities.append({"owner": owner, "at": when})
        for score, day in NPS:
            s.add(NpsResponse(score=score, answered_on=day))
            data.nps.append({"score": score, "on": day})
    return data


# --- the right answers, in plain Python over the rows -------------------------------------------------------


class Oracle:
    def __init__(self, data: Data, scope: Scope) -> None:
        self.d, self.scope = data, scope
        self.since, self.until = scope.period.since, scope.period.until
        owners = {name for name, uid in data.users.items() if uid in scope.owner_ids}
        pipeline = next((n for n, pid in data.pipelines.items() if pid == scope.pipeline_id), None)
        self.owners, self.pipeline = owners, pipeline
        self.live = [
            r
            for r in data.deals
            if not r.deleted
            and r.currency == scope.currency
            and (not owners or r.owner in owners)
            and (pipeline is None or r.pipeline == pipeline)
        ]

    def stage(self, r: DealRow) -> tuple[uuid.UUID, int, int, bool, bool]:
        return self.d.stages[(r.pipeline, r.stage)]

    def is_open(self, r: DealRow) -> bool:
        return not self.stage(r)[3] and not self.stage(r)[4]

    def closed(self) -> list[DealRow]:
        return [
            r for r in self.live if not self.is_open(r) and r.closed and self.since <= r.closed < self.until
        ]

    def won(self) -> list[DealRow]:
        return [r for r in self.closed() if self.stage(r)[3]]

    def lost(self) -> list[DealRow]:
        return [r for r in self.closed() if self.stage(r)[4]]

    def pipeline_by_stage(self) -> dict[str, tuple[int, Decimal, Decimal]]:
        out: dict[str, list[Any]] = defaultdict(lambda: [0, Decimal(0), Decimal(0)])
        for r in self.live:
            if self.is_open(r):
                row = out[r.stage]
                row[0] += 1
                row[1] += Decimal(r.minor) / 100
                row[2] += Decimal(r.minor) * self.stage(r)[2] / 100 / 100
        return {k: (n, v, w.quantize(Decimal("0.01"))) for k, (n, v, w) in out.items()}

    def months(self) -> dict[str, tuple[int, int, Decimal, Decimal]]:
        out: dict[str, list[Any]] = {}
        day = self.scope.period.start
        while day < self.scope.period.end:
            out.setdefault(f"{day:%Y-%m}", [0, 0, Decimal(0), Decimal(0)])
            day += timedelta(days=1)
        for r in self.won():
            out[f"{r.closed:%Y-%m}"][0] += 1
            out[f"{r.closed:%Y-%m}"][2] += Decimal(r.minor) / 100
        for r in self.lost():
            out[f"{r.closed:%Y-%m}"][1] += 1
        for r in self.live:
            if (
                self.is_open(r)
                and r.expected
                and self.scope.period.start <= r.expected < self.scope.period.end
            ):
                out[f"{r.expected:%Y-%m}"][3] += Decimal(r.minor) * self.stage(r)[2] / 10000
        return {k: (a, b, c, e.quantize(Decimal("0.01"))) for k, (a, b, c, e) in out.items()}

    def cycle_days(self) -> float | None:
        won = self.won()
        return sum((r.closed - r.created).total_seconds() / 86400 for r in won) / len(won) if won else None  # type: ignore[operator]

    def funnel(self) -> list[tuple[str, int]]:
        pipeline = self.pipeline or "Sales"
        stages = [
            (n, p)
            for n, p, _pr, _w, lost in (SALES_STAGES if pipeline == "Sales" else PARTNER_STAGES)
            if not lost
        ]
        positions = {n: p for n, p, *_ in (SALES_STAGES if pipeline == "Sales" else PARTNER_STAGES)}
        lost_names = {
            n for n, *_rest, lost in (SALES_STAGES if pipeline == "Sales" else PARTNER_STAGES) if lost
        }
        cohort = [
            r
            for r in self.d.deals
            if not r.deleted
            and r.pipeline == pipeline
            and self.since <= r.created < self.until
            and (not self.owners or r.owner in self.owners)
        ]
        furthest = []
        for r in cohort:
            # a deal that is not lost got as far as its stage; a lost one as far as its history shows
            names = {r.stage} if r.stage not in lost_names else {n for pair in r.history for n in pair if n}
            names -= lost_names
            furthest.append(max((positions[n] for n in names), default=-1))
        return [
            (n, len(cohort) if i == 0 else sum(1 for f in furthest if f >= p))
            for i, (n, p) in enumerate(stages)
        ]

    def leads(self) -> list[dict[str, Any]]:
        return [
            ld
            for ld in self.d.leads
            if self.since <= ld["created"] < self.until and (not self.owners or ld["owner"] in self.owners)
        ]

    def lead_is_customer(self, ld: dict[str, Any]) -> bool:
        return ld["lifecycle"] in (LeadLifecycle.CUSTOMER, LeadLifecycle.EVANGELIST) or (
            ld["account"] is not None and self.d.accounts[ld["account"]]["status"] == AccountStatus.CUSTOMER
        )

    def customers(self) -> list[tuple[datetime, datetime | None]]:
        out = []
        for name, acc in self.d.accounts.items():
            won = [
                r.closed
                for r in self.d.deals
                if r.account == name
                and not r.deleted
                and self.d.stages[(r.pipeline, r.stage)][3]
                and r.closed
            ]
            if not won and acc["status"] not in (AccountStatus.CUSTOMER, AccountStatus.CHURNED):
                continue
            since = min(won) if won else acc["created"]  # type: ignore[type-var]
            churned = (acc["churned"] or at(2026, 3, 20)) if acc["status"] == AccountStatus.CHURNED else None
            out.append((since, churned))
        return out
