"""Which server rows belong in a replica: what the user may see (core's Guard hook, filled by the access
package), records hanging off a visible parent, and the shared reference data in full."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Account, Activity, Contact, Deal, Document, Lead
from app.services.core.guard import visible

_SCOPED: dict[str, tuple[str, Any]] = {
    "accounts": ("account", Account),
    "contacts": ("contact", Contact),
    "leads": ("lead", Lead),
    "deals": ("deal", Deal),
    "activities": ("activity", Activity),
    "documents": ("document", Document),
}
# A child row follows its parent in or out of the replica.
_CHILDREN: dict[str, tuple[str, str]] = {
    "account_contacts": ("contact_id", "contacts"),
    "deal_lines": ("deal_id", "deals"),
    "deal_stage_history": ("deal_id", "deals"),
    "document_lines": ("document_id", "documents"),
}


def condition(session: Session, table: Table) -> ColumnElement[bool] | None:
    """The condition a row of `table` meets when it belongs in this user's replica (None: every row)."""
    if table.name in _SCOPED:
        entity, model = _SCOPED[table.name]
        return visible(session, entity, model)
    if table.name in _CHILDREN:
        column, parent = _CHILDREN[table.name]
        entity, model = _SCOPED[parent]
        seen = visible(session, entity, model)
        if seen is None:
            return None
        return table.c[column].in_(select(model.id).where(seen))
    return None
