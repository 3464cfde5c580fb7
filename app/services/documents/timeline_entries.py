"""Documents on their account's timeline (registered by app/extensions.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Document,
)
from app.models.money import fmt_amount, from_minor
from app.services.documents.document_input import ENTITY, TYPE_TITLES
from app.services.records.timeline import TimelineItem


def timeline_entries(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    """Documents on their account's timeline: 'Quote Q-2026-0042', status and total."""
    stmt = (
        select(Document)
        .where(Document.account_id == account_id, Document.deleted_at.is_(None))
        .order_by(Document.created_at.desc())
        .limit(limit)
    )
    return [
        TimelineItem(
            doc.created_at,
            "document",
            f"{TYPE_TITLES[doc.doc_type.value]} {doc.number}",
            f"{doc.status.value.capitalize()} · {fmt_amount(from_minor(doc.total_minor, doc.currency), doc.currency)}",
            ENTITY,
            doc.id,
        )
        for doc in session.scalars(stmt)
    ]
