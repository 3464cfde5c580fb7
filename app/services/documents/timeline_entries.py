"""Documents on the timelines of their account and of their contact (registered by app/extensions.py)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Document
from app.models.money import fmt_amount, from_minor
from app.services.documents.document_input import ENTITY, TYPE_TITLES
from app.services.records.timeline import TimelineItem, contact_deal_ids


def timeline_entries(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    """Documents on their account's timeline: 'Quote Q-2026-0042', status and total."""
    return _entries(session, Document.account_id == account_id, limit)


def contact_timeline_entries(session: Session, contact_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    """Documents addressed to the contact or made for a deal the contact is on."""
    return _entries(session, Document.contact_id == contact_id, limit) + _entries(
        session, Document.deal_id.in_(contact_deal_ids(contact_id)), limit
    )


def _entries(session: Session, where: ColumnElement[bool], limit: int) -> list[TimelineItem]:
    """On their issue date, a day (no time of day shown), placed at the start of that day in the local zone."""
    stmt = (
        select(Document)
        .where(where, Document.deleted_at.is_(None))
        .order_by(Document.created_at.desc())
        .limit(limit)
    )
    return [
        TimelineItem(
            datetime.combine(doc.issued_on, time()).astimezone(UTC),  # local midnight: shown on its day
            "document",
            f"{TYPE_TITLES[doc.doc_type.value]} {doc.number}",
            f"{doc.status.value.capitalize()} · {fmt_amount(from_minor(doc.total_minor, doc.currency), doc.currency)}",
            ENTITY,
            doc.id,
            all_day=True,
        )
        for doc in session.scalars(stmt)
    ]
