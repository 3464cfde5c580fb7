"""When each account was a customer: spans from "customer since" to a churn, reopened by a win-back.

Customer since is the earliest of: its first won deal, its first purchase, a `became_customer` event, and
(an account marked customer or churned by hand, with none of these) its creation. Live status events then
close a span (`churned`) or open a new one (`won_back`). An account whose status is `churned` with no churn
event (set by hand or imported before 0028) ends on the day of the audit entry that set it, else its last
update, as the dashboard's churn KPI has it (docs/metrics.md).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    AccountFirstWon,
    AccountStatus,
    AuditEntry,
    CustomerStatusEvent,
    Document,
    StatusChange,
)
from app.services.customer_value.purchases import is_purchase


@dataclass(frozen=True)
class Span:
    since: date
    until: date | None  # the churn day; None while a customer

    def active_on(self, day: date) -> bool:
        """A customer at the start of `day`: became one before it and had not churned before it."""
        return self.since < day and (self.until is None or self.until >= day)


def _day(value: datetime | date) -> date:
    return value.astimezone(UTC).date() if isinstance(value, datetime) else value


def account_spans(
    session: Session, account_ids: list[uuid.UUID] | None = None, trust_status: bool = True
) -> dict[uuid.UUID, list[Span]]:
    """The customer spans of every account that was ever a customer (or of `account_ids`); without
    `trust_status`, a `churned` status with no churn event does not end a span."""
    starts: dict[uuid.UUID, date] = {}

    def earliest(account_id: uuid.UUID, when: datetime | date | None) -> None:
        if when is not None:
            day = _day(when)
            starts[account_id] = min(starts.get(account_id, day), day)

    def only(column: Any) -> list[ColumnElement[bool]]:
        return [column.in_(account_ids)] if account_ids is not None else []

    for acc, at in session.execute(
        select(AccountFirstWon.account_id, AccountFirstWon.first_won_at).where(
            *only(AccountFirstWon.account_id)
        )
    ):
        earliest(acc, at)
    for acc, on in session.execute(
        select(Document.account_id, func.min(Document.issued_on))
        .where(is_purchase(), *only(Document.account_id))
        .group_by(Document.account_id)
    ):
        earliest(acc, on)
    events: dict[uuid.UUID, list[CustomerStatusEvent]] = defaultdict(list)
    for ev in session.scalars(
        select(CustomerStatusEvent)
        .where(CustomerStatusEvent.deleted_at.is_(None), *only(CustomerStatusEvent.account_id))
        .order_by(CustomerStatusEvent.occurred_on, CustomerStatusEvent.id)
    ):
        events[ev.account_id].append(ev)
        if ev.kind == StatusChange.BECAME_CUSTOMER:
            earliest(ev.account_id, ev.occurred_on)
    marked = session.execute(
        select(Account.id, Account.status, Account.created_at, Account.updated_at).where(
            Account.deleted_at.is_(None),
            or_(Account.status.in_((AccountStatus.CUSTOMER, AccountStatus.CHURNED)), Account.id.in_(starts)),
            *only(Account.id),
        )
    ).all()
    churn_audit = _churn_audit_days(session, [m.id for m in marked if m.status == AccountStatus.CHURNED])
    out: dict[uuid.UUID, list[Span]] = {}
    for acc, status, created, updated in marked:
        since = starts.get(acc, _day(created))
        spans = _replay(since, events.get(acc, []))
        if trust_status and status == AccountStatus.CHURNED and spans[-1].until is None:
            spans[-1] = Span(spans[-1].since, max(spans[-1].since, churn_audit.get(acc, _day(updated))))
        out[acc] = spans
    return out


def _replay(since: date, events: list[CustomerStatusEvent]) -> list[Span]:
    spans = [Span(since, None)]
    for ev in events:
        last = spans[-1]
        if ev.kind == StatusChange.CHURNED and last.until is None:
            spans[-1] = Span(last.since, max(last.since, ev.occurred_on))
        elif ev.kind == StatusChange.WON_BACK and last.until is not None and ev.occurred_on >= last.until:
            spans.append(Span(ev.occurred_on, None))
    return spans


def _churn_audit_days(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, date]:
    if not ids:
        return {}
    rows = session.execute(
        select(AuditEntry.entity_id, func.max(AuditEntry.created_at))
        .where(
            AuditEntry.entity_type == "account",
            AuditEntry.field == "status",
            AuditEntry.new_value == AccountStatus.CHURNED.value,
            AuditEntry.entity_id.in_(ids),
        )
        .group_by(AuditEntry.entity_id)
    ).all()
    return {acc: _day(at) for acc, at in rows}
