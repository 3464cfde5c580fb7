"""Lead, customer and activity KPIs: conversion, sources, churn and retention, CLV, ACV, NPS, activities."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, DateTime, String, case, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from app.models import (
    Account,
    AccountFirstWon,
    AccountStatus,
    Activity,
    AuditEntry,
    CustomerStatusEvent,
    Deal,
    DealClosedDaily,
    Lead,
    LeadLifecycle,
    NpsResponse,
    Stage,
    StatusChange,
    User,
)
from app.services.metrics.sales import closed_in, rollup_filters, won_total
from app.services.metrics.scope import Period, Scope, money, ratio


@dataclass(frozen=True)
class SourceRow:
    source: str  # '' for leads without a source and won deals that came from no lead
    leads: int
    customers: int
    won_value: Decimal


@dataclass(frozen=True)
class LeadSummary:
    leads: int
    customers: int

    @property
    def conversion(self) -> float | None:
        return ratio(self.customers, self.leads)


@dataclass(frozen=True)
class Retention:
    customers_at_start: int
    churned: int  # of those, churned in the period
    new_customers: int

    @property
    def churn_rate(self) -> float | None:
        return ratio(self.churned, self.customers_at_start)

    @property
    def retention_rate(self) -> float | None:
        return ratio(self.customers_at_start - self.churned, self.customers_at_start)


@dataclass(frozen=True)
class Nps:
    responses: int
    promoters: int
    detractors: int

    @property
    def score(self) -> float | None:
        return 100 * (self.promoters - self.detractors) / self.responses if self.responses else None


def _lead_is_customer() -> ColumnElement[bool]:
    # A correlated EXISTS looks up only the converted leads' accounts; an IN over the customer accounts
    # listed every customer account for each request.
    customer_account = (
        select(Account.id)
        .where(
            Account.id == Lead.converted_account_id,
            Account.deleted_at.is_(None),
            Account.status == AccountStatus.CUSTOMER,
        )
        .exists()
    )
    return or_(
        Lead.lifecycle.in_((LeadLifecycle.CUSTOMER, LeadLifecycle.EVANGELIST)),
        Lead.converted_account_id.is_not(None) & customer_account,
    )


def _lead_filters(scope: Scope) -> list[ColumnElement[bool]]:
    p = scope.period
    where = [Lead.deleted_at.is_(None), Lead.created_at >= p.since, Lead.created_at < p.until]
    if scope.owner_ids:
        where.append(Lead.owner_id.in_(scope.owner_ids))
    return where


def lead_summary(s: Session, scope: Scope) -> LeadSummary:
    """Leads created in the period and how many became customers (the previous period's tile)."""
    rows = _lead_counts(s, scope)
    return LeadSummary(sum(r[0] for r in rows.values()), sum(r[1] for r in rows.values()))


def _lead_counts(s: Session, scope: Scope) -> dict[str, list[Any]]:
    is_customer = case((_lead_is_customer(), 1), else_=0)
    rows: dict[str, list[Any]] = defaultdict(lambda: [0, 0, 0])
    for source, n, customers in s.execute(
        select(Lead.source, func.count(), func.sum(is_customer))
        .where(*_lead_filters(scope))
        .group_by(Lead.source)
    ).all():
        rows[source][0] += int(n)
        rows[source][1] += int(customers or 0)
    return rows


def leads_by_source(s: Session, scope: Scope) -> tuple[LeadSummary, list[SourceRow]]:
    """Leads created in the period and how many became customers, by source, with won revenue by source."""
    rows = _lead_counts(s, scope)
    # Won revenue by the source of the lead the deal came from, driven from the (few) converted leads;
    # what is left of the period's won revenue came from no lead.
    sourced_ids = (
        select(Lead.converted_deal_id.label("id"))
        .where(Lead.deleted_at.is_(None), Lead.converted_deal_id.is_not(None))
        .distinct()
        .subquery()
    )
    for source, minor in s.execute(
        select(Lead.source, func.sum(Deal.amount_minor))
        .select_from(Lead)
        .join(Deal, Deal.id == Lead.converted_deal_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(
            Lead.deleted_at.is_(None), Lead.converted_deal_id.is_not(None), *closed_in(scope), Stage.is_won
        )
        .group_by(Lead.source)
    ).all():
        rows[source][2] += int(minor)
    n_sourced, minor_sourced = s.execute(
        select(func.count(), func.coalesce(func.sum(Deal.amount_minor), 0))
        .select_from(sourced_ids)
        .join(Deal, Deal.id == sourced_ids.c.id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(*closed_in(scope), Stage.is_won)
    ).one()
    n_won, minor_won = won_total(s, scope)
    if n_won > int(n_sourced):
        rows[""][2] += minor_won - int(minor_sourced)
    summary = LeadSummary(sum(r[0] for r in rows.values()), sum(r[1] for r in rows.values()))
    out = [SourceRow(src, n, c, money(minor, scope.currency)) for src, (n, c, minor) in rows.items()]
    return summary, sorted(out, key=lambda r: (-r.leads, -r.won_value, r.source))


def activities_by_owner(s: Session, scope: Scope) -> list[tuple[str, int]]:
    """Activities that happened (or are planned) in the period, per owner."""
    p = scope.period
    names: dict[Any, str] = {i: n for i, n in s.execute(select(User.id, User.name)).all()}
    # Counted per owner id, then named: a join per activity row cost more than the count. Everyone's are
    # counted as each user's range of ix_activities_live_owner (no sort of the period's activities), and
    # the activities without an owner apart.
    live = [Activity.deleted_at.is_(None), Activity.occurred_at >= p.since, Activity.occurred_at < p.until]
    owners = scope.owner_ids or tuple(names)
    counts: list[tuple[Any, Any]] = list(
        s.execute(
            select(Activity.owner_id, func.count())
            .where(*live, Activity.owner_id.in_(owners))
            .group_by(Activity.owner_id)
        ).all()
    )
    if not scope.owner_ids:
        counts.append((None, s.scalar(select(func.count()).where(*live, Activity.owner_id.is_(None)))))
    by_name: dict[str, int] = defaultdict(int)
    for owner_id, n in counts:
        if n:
            by_name[names.get(owner_id, "") if owner_id else ""] += int(n)
    return sorted(by_name.items(), key=lambda r: (-r[1], r[0]))


def _churn_event_start(dialect: str) -> Subquery:
    """The start (UTC) of the day of each account's latest live churn event (customer status, 0028)."""
    day = func.max(CustomerStatusEvent.occurred_on)
    at: ColumnElement[Any] = (
        func.timezone("UTC", cast(day, DateTime()))
        if dialect == "postgresql"
        else cast(day, String()) + " 00:00:00.000000"
    )
    return (
        select(CustomerStatusEvent.account_id, at.label("at"))
        .where(CustomerStatusEvent.kind == StatusChange.CHURNED, CustomerStatusEvent.deleted_at.is_(None))
        .group_by(CustomerStatusEvent.account_id)
        .subquery()
    )


def customer_book(scope: Scope, dialect: str = "sqlite") -> Subquery:
    """(since, churned_at) of every customer account, as a subquery; see docs/metrics.md for the definitions.

    It does not depend on the period, so it serves the period, the previous one and the CLV; the counts
    are taken in SQL (a Python loop over the accounts' times cost more than the query)."""
    first_won = select(AccountFirstWon.account_id, AccountFirstWon.first_won_at.label("since")).subquery()
    churn_audit = (
        select(AuditEntry.entity_id, func.max(AuditEntry.created_at).label("at"))
        .where(
            AuditEntry.entity_type == "account",
            AuditEntry.field == "status",
            AuditEntry.new_value == AccountStatus.CHURNED.value,
        )
        .group_by(AuditEntry.entity_id)
        .subquery()
    )
    churn_event = _churn_event_start(dialect)
    churned = Account.status == AccountStatus.CHURNED
    churned_at = func.coalesce(churn_event.c.at, churn_audit.c.at, Account.updated_at)
    stmt = (
        select(
            func.coalesce(first_won.c.since, Account.created_at).label("since"),
            case((churned, churned_at), else_=None).label("churned_at"),
        )
        .outerjoin(first_won, first_won.c.account_id == Account.id)
        .outerjoin(churn_audit, churn_audit.c.entity_id == Account.id)
        .outerjoin(churn_event, churn_event.c.account_id == Account.id)
        .where(
            Account.deleted_at.is_(None),
            or_(
                Account.status.in_((AccountStatus.CUSTOMER, AccountStatus.CHURNED)),
                first_won.c.since.is_not(None),
            ),
        )
    )
    if scope.owner_ids:
        stmt = stmt.where(Account.owner_id.in_(scope.owner_ids))
    return stmt.subquery("book")


def _count(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def retention(s: Session, book: Subquery, periods: list[Period]) -> tuple[list[Retention], int]:
    """Retention for each period and the number of customers before the first period's end (for the CLV),
    in one pass over the book."""
    became, churned_at = book.c.since, book.c.churned_at
    columns = []
    for p in periods:
        at_start = (became < p.since) & (churned_at.is_(None) | (churned_at >= p.since))
        columns += [
            _count(at_start),
            _count(at_start & churned_at.is_not(None) & (churned_at < p.until)),
            _count((became >= p.since) & (became < p.until)),
        ]
    row = [int(v) for v in s.execute(select(*columns, _count(became < periods[0].until))).one()]
    return [Retention(*row[3 * i : 3 * i + 3]) for i in range(len(periods))], row[-1]


def lifetime_value(s: Session, scope: Scope, customers: int) -> Decimal | None:
    """Historic CLV: revenue won before the period's end over the customers by then (`customers`)."""
    R = DealClosedDaily
    won_minor = s.scalar(
        select(func.coalesce(func.sum(R.amount_minor), 0))
        .join(Stage, Stage.id == R.stage_id)
        .where(*rollup_filters(scope), Stage.is_won, R.day < scope.period.end, R.has_account)
    )
    return money(Decimal(int(won_minor or 0)) / customers, scope.currency) if customers else None


def annual_contract_value(s: Session, scope: Scope) -> Decimal | None:
    """Won revenue in the period per account that won it (each deal taken as a one-year contract)."""
    won_minor = won_total(s, scope, with_account=True)[1]
    won_stages = list(s.scalars(select(Stage.id).where(Stage.is_won)))
    if not won_stages:
        return None
    if scope.owner_ids:
        # One owner or a team: their won deals of the period, through ix_deals_live_stage_owner.
        accounts = s.scalar(
            select(func.count(func.distinct(Deal.account_id))).where(
                Deal.stage_id.in_(won_stages), Deal.account_id.is_not(None), *closed_in(scope)
            )
        )
    else:
        # Everyone: an index seek per account (far fewer than the won deals of a year).
        won_here = (
            select(Deal.id)
            .where(Deal.stage_id.in_(won_stages), Deal.account_id == Account.id, *closed_in(scope))
            .exists()
        )
        accounts = s.scalar(select(func.count()).select_from(Account).where(won_here))
    return money(Decimal(int(won_minor)) / int(accounts), scope.currency) if accounts else None


def nps(s: Session, scope: Scope) -> Nps:
    """Answers given in the period (owners and pipelines do not apply)."""
    p = scope.period
    n, promoters, detractors = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((NpsResponse.score >= 9, 1), else_=0)), 0),
            func.coalesce(func.sum(case((NpsResponse.score <= 6, 1), else_=0)), 0),
        ).where(
            NpsResponse.deleted_at.is_(None),
            NpsResponse.kind == "nps",  # the CSAT answers share the table (migration 0027)
            NpsResponse.answered_on >= p.start,
            NpsResponse.answered_on < p.end,
        )
    ).one()
    return Nps(int(n), int(promoters), int(detractors))
