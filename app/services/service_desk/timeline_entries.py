"""Tickets and survey answers on the timelines of their account and contact (app/extensions.py).

One entry per ticket, "Ticket T-2026-00012: subject", opening the ticket and linking the deals and
documents it is linked to; one per NPS or CSAT answer, "NPS 9" / "CSAT 4 for T-2026-00012".
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Deal, Document, NpsResponse, Ticket, TicketLink
from app.services.records.timeline import TimelineItem, TimelineLink


def for_account(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    rated = select(Ticket.id).where(Ticket.account_id == account_id)
    return _entries(session, Ticket.account_id == account_id, limit) + _answers(
        session, NpsResponse.ticket_id.in_(rated), limit
    )


def for_contact(session: Session, contact_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    return _entries(session, Ticket.contact_id == contact_id, limit) + _answers(
        session, NpsResponse.contact_id == contact_id, limit
    )


def _answers(session: Session, where: ColumnElement[bool], limit: int) -> list[TimelineItem]:
    rows = session.execute(
        select(NpsResponse, Ticket.number)
        .outerjoin(Ticket, Ticket.id == NpsResponse.ticket_id)
        .where(where, NpsResponse.deleted_at.is_(None))
        .order_by(NpsResponse.answered_on.desc())
        .limit(limit)
    )
    return [
        TimelineItem(
            when=datetime.combine(answer.answered_on, time(12), UTC),
            kind="survey",
            title=f"{answer.kind.upper()} {answer.score}" + (f" for {number}" if number else ""),
            detail=answer.comment,
            entity="ticket" if answer.ticket_id else "nps",
            entity_id=answer.ticket_id or answer.id,
            all_day=True,
        )
        for answer, number in rows
    ]


def _entries(session: Session, where: ColumnElement[bool], limit: int) -> list[TimelineItem]:
    tickets = session.scalars(
        select(Ticket)
        .where(where, Ticket.deleted_at.is_(None))
        .order_by(Ticket.created_at.desc())
        .limit(limit)
    ).all()
    links: dict[uuid.UUID, list[TimelineLink]] = defaultdict(list)
    if tickets:
        ids = [t.id for t in tickets]
        for model, column, kind, title in (
            (Deal, Deal.name, "deal", "Deal"),
            (Document, Document.number, "document", "Document"),
        ):
            rows = session.execute(
                select(TicketLink.ticket_id, model.id, column)
                .join(model, model.id == TicketLink.target_id)
                .where(
                    TicketLink.ticket_id.in_(ids),
                    TicketLink.target_type == kind,
                    TicketLink.deleted_at.is_(None),
                    model.deleted_at.is_(None),
                )
            )
            for ticket_id, target_id, name in rows:
                links[ticket_id].append(TimelineLink(f"{title}: {name}", kind, target_id))
    return [
        TimelineItem(
            when=t.created_at,
            kind="ticket",
            title=f"Ticket {t.number}: {t.subject}",
            detail=f"{t.status.value}, {t.priority.value} priority",
            entity="ticket",
            entity_id=t.id,
            links=tuple(links[t.id]),
        )
        for t in tickets
    ]
