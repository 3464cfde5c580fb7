"""Demo custom fields: a few definitions for contacts and accounts, with values on the first records.

Drawn after everything else in `demo.generate`, so the rest of the demo data stays the same. Values go
on at most VALUES_FOR records per type (custom fields are sparse in real data, and a million updates
would double the large demo's build time).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert, text, update

from app.models import Account, Contact, CustomField, FieldKind
from app.services.core.custom_values import create_index_sql

VALUES_FOR = 20_000
TIERS = ("Gold", "Silver", "Bronze")
INTERESTS = ("CRM", "ERP", "Analytics", "Support")
FIELDS: tuple[tuple[str, str, str, FieldKind, dict[str, Any]], ...] = (
    ("contact", "tier", "Tier", FieldKind.CHOICE, {"choices": list(TIERS)}),
    ("contact", "licences", "Licences", FieldKind.NUMBER, {}),
    ("contact", "renewal_date", "Renewal date", FieldKind.DATE, {}),
    ("contact", "newsletter", "Newsletter", FieldKind.CHECKBOX, {}),
    ("contact", "interests", "Interests", FieldKind.MULTI_CHOICE, {"choices": list(INTERESTS)}),
    ("account", "annual_budget", "Annual budget", FieldKind.MONEY, {"currency": "EUR"}),
    ("account", "contract_end", "Contract end", FieldKind.DATE, {}),
)


def generate(
    conn: Connection,
    rng: random.Random,
    new_id: Callable[[], uuid.UUID],
    anchor: datetime,
    contacts: Sequence[uuid.UUID],
    accounts: Sequence[uuid.UUID],
) -> None:
    """Define the demo fields (with their indexes) and give the first records values."""
    now = anchor
    rows = [
        {
            "id": new_id(),
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "custom": {},
            "entity_type": entity,
            "key": key,
            "label": label,
            "kind": kind,
            "required": False,
            "default_value": None,
            "options": options,
            "position": i,
        }
        for i, (entity, key, label, kind, options) in enumerate(FIELDS, start=1)
    ]
    conn.execute(insert(CustomField), rows)
    dialect = conn.dialect.name
    for entity, key, _label, kind, _options in FIELDS:
        table_name = "contacts" if entity == "contact" else "accounts"
        conn.execute(text(create_index_sql(table_name, key, kind, dialect)))
    day = anchor.date()
    contact_values = [{"b_id": cid, "b_custom": _contact(rng, day)} for cid in contacts[:VALUES_FOR]]
    account_values = [{"b_id": aid, "b_custom": _account(rng, day)} for aid in accounts[:VALUES_FOR]]
    for table, values in ((_table(Contact), contact_values), (_table(Account), account_values)):
        if values:
            stmt = update(table).where(table.c.id == bindparam("b_id")).values(custom=bindparam("b_custom"))
            conn.execute(stmt, values)


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def _contact(rng: random.Random, day: date) -> dict[str, Any]:
    values: dict[str, Any] = {"tier": rng.choice(TIERS), "newsletter": rng.random() < 0.4}
    if rng.random() < 0.8:
        values["licences"] = rng.choice((1, 2, 5, 10, 25, 50, 100, 250))
    if rng.random() < 0.6:
        values["renewal_date"] = (day + timedelta(days=rng.randint(-60, 540))).isoformat()
    picked = [c for c in INTERESTS if rng.random() < 0.35]
    if picked:
        values["interests"] = picked
    return values


def _account(rng: random.Random, day: date) -> dict[str, Any]:
    values: dict[str, Any] = {"annual_budget": rng.randint(50, 5000) * 100_000}
    if rng.random() < 0.7:
        values["contract_end"] = (day + timedelta(days=rng.randint(30, 900))).isoformat()
    return values
