"""Saved reports of the demo database, inserted by the demo generator (last, so the rest of its data is
unchanged): what a new user opens first on the Reports page."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Connection, insert

from app.models import SavedView
from app.services.reports.definition import Aggregate, GroupBy, ReportDefinition
from app.services.reports.saved import PAGE

DEMO_REPORTS = (
    (
        "Deal amounts by stage and month",
        ReportDefinition(
            "deal",
            group_by=(GroupBy("created", "month"), GroupBy("stage")),
            aggregates=(Aggregate("sum", "amount"), Aggregate("count")),
        ),
    ),
    ("Contacts by country", ReportDefinition("contact", group_by=(GroupBy("country"),))),
    (
        "Leads by source",
        ReportDefinition(
            "lead",
            group_by=(GroupBy("source"),),
            aggregates=(Aggregate("count"), Aggregate("avg", "score")),
            sort="count",
            descending=True,
        ),
    ),
)


def generate(conn: Connection, new_id: Callable[[], uuid.UUID], anchor: datetime) -> int:
    """Insert the demo's saved reports; returns how many."""
    rows = [
        {
            "id": new_id(),
            "version": 1,
            "created_at": anchor,
            "updated_at": anchor,
            "deleted_at": None,
            "custom": {},
            "page": PAGE,
            "name": name,
            "state": definition.to_json(),
        }
        for name, definition in DEMO_REPORTS
    ]
    conn.execute(insert(SavedView), rows)
    return len(rows)
