"""Demo customer value: a dated, reasoned status event for each churned customer, two product upgrades in
the catalogue, and the product pairs and account scores computed as the app computes them.

Runs last in `demo.generate`: it draws ids only, after every other generator has drawn its data.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.orm import Session

from app.models import Account, AuditEntry, CustomerStatusEvent, Product, ProductUpgrade
from app.services.customer_value.pairs import rebuild_pairs, rebuild_segment_products
from app.services.customer_value.scores import recompute

REASONS = (
    "moved to a competitor",
    "budget cut",
    "project ended",
    "no order for 12 months",
    "unhappy with support",
)
UPGRADES = (("Industrial sensor", "Control unit"), ("Monitoring licence", "Analytics add-on"))


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def generate(conn: Connection, new_id: Callable[[], uuid.UUID], anchor: datetime) -> None:
    audit = (
        select(AuditEntry.entity_id, func.max(AuditEntry.created_at).label("at"))
        .where(
            AuditEntry.entity_type == "account",
            AuditEntry.field == "status",
            AuditEntry.new_value == "churned",
        )
        .group_by(AuditEntry.entity_id)
        .subquery()
    )
    # dated as the dashboard dates them: the audit entry that set the status, else the last update
    churned = conn.execute(
        select(Account.id, func.coalesce(audit.c.at, Account.updated_at))
        .outerjoin(audit, audit.c.entity_id == Account.id)
        .where(Account.status == "churned", Account.deleted_at.is_(None))
        .order_by(Account.id)
    ).all()
    events = []
    for i, (account_id, at) in enumerate(churned):
        when = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        when = when.replace(tzinfo=UTC) if when.tzinfo is None else when
        reason = REASONS[i % len(REASONS)]
        events.append(
            {
                "id": new_id(),
                "created_at": when,
                "updated_at": when,
                "version": 1,
                "deleted_at": None,
                "custom": {},
                "account_id": account_id,
                "kind": "churned",
                "occurred_on": when.date(),
                "reason": reason,
                "source": "rule:no_order" if reason.startswith("no order") else "manual",
            }
        )
    if events:
        conn.execute(insert(_table(CustomerStatusEvent)), events)
    names: dict[str, uuid.UUID] = {name: pid for name, pid in conn.execute(select(Product.name, Product.id))}
    links: list[dict[str, Any]] = [
        {
            "id": new_id(),
            "created_at": anchor,
            "updated_at": anchor,
            "version": 1,
            "deleted_at": None,
            "custom": {},
            "product_id": names[base],
            "upgrade_id": names[premium],
            "note": f"{premium} for customers of {base}",
        }
        for base, premium in UPGRADES
        if base in names and premium in names
    ]
    if links:
        conn.execute(insert(_table(ProductUpgrade)), links)
    with Session(bind=conn) as session:
        recompute(session, anchor, "EUR")
        rebuild_pairs(session)
        rebuild_segment_products(session)
        session.flush()
