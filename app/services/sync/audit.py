"""The office's audit trail of what a sync brought in: one entry per field a laptop changed, in the name
of the laptop's user, so the History tab at the office shows offline work like any other edit and a
later conflict can say who made the office's side."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, insert, select

from app.models import AuditEntry, User, utcnow, uuid7
from app.services.core.uow import audit_text
from app.services.sync.plan import TablePlan
from app.services.sync.values import META, column_value


def entity_of(table: str) -> str:
    """The audit log's entity name of a table: contacts -> contact, activities -> activity."""
    return table[:-3] + "y" if table.endswith("ies") else table[:-1]


def user_id(conn: Connection, email: str) -> uuid.UUID | None:
    return conn.execute(select(User.id).where(User.email == email)).scalar() if email else None


def audit_pushed(conn: Connection, plans: list[TablePlan], who: uuid.UUID | None) -> int:
    """Write the entries for the rows this sync wrote at the office (refused rows are held: none)."""
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def entry(
        entity: str, record: Any, action: str, name: str = "", old: Any = None, new: Any = None
    ) -> None:
        rows.append(
            {
                "id": uuid7(),
                "user_id": who,
                "entity_type": entity,
                "entity_id": record,
                "action": action,
                "field": name,
                "old_value": audit_text(old),
                "new_value": audit_text(new),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "custom": {},
            }
        )

    for plan in plans:
        entity = entity_of(plan.table.name)
        for row in plan.rows:
            merge = row.merge
            record = column_value(plan.table.c.id, row.row_id)
            if merge.held:
                continue
            if merge.delete_server:
                entry(entity, record, "delete")
            elif merge.to_server and merge.merged is not None:
                if row.theirs is None:
                    entry(entity, record, "create")
                    continue
                for name, value in merge.merged.items():
                    if name not in META and name != "id" and row.theirs.get(name) != value:
                        entry(entity, record, "update", name, row.theirs.get(name), value)
    if rows:
        conn.execute(insert(AuditEntry), rows)
    return len(rows)
