"""A ticket's links to deals, documents and other tickets, read from either end.

A link is a row of ticket_links; "merged_into" links are made by the merge (merge.py) and undone with it.
Removing a link soft-deletes its row, so the audit trail and an undo can point at it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Deal, Document, KbArticle, Ticket, TicketLink, utcnow
from app.services.core import guard
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work

ENTITY = "ticket_link"
TARGETS: dict[str, tuple[Any, Any]] = {
    "deal": (Deal, Deal.name),
    "document": (Document, Document.number),
    "ticket": (Ticket, Ticket.number),
    "article": (KbArticle, KbArticle.title),
}


@dataclass(frozen=True)
class LinkRef:
    id: uuid.UUID
    ticket_id: uuid.UUID
    target_type: str
    target_id: uuid.UUID
    relation: str
    label: str  # the deal's name, the document's or the ticket's number ("" if it is in the trash)


@dataclass(frozen=True)
class LinkedTicket:
    link_id: uuid.UUID
    ticket_id: uuid.UUID
    number: str
    subject: str
    status: str
    relation: str


def _label(session: Session, target_type: str, target_id: uuid.UUID) -> str:
    model, column = TARGETS[target_type]
    return session.scalar(select(column).where(model.id == target_id, model.deleted_at.is_(None))) or ""


def add_link(
    work: Work, ticket_id: uuid.UUID, target_type: str, target_id: uuid.UUID, relation: str
) -> TicketLink:
    """Link inside an open unit of work (the merge uses it too); checks both ends and refuses a duplicate."""
    if target_type not in TARGETS:
        raise ValidationError(
            FieldError("target_type", f"{target_type!r} is not one of {', '.join(TARGETS)}")
        )
    ticket = work.session.get(Ticket, ticket_id)
    if ticket is None or ticket.deleted_at is not None:
        raise NotFoundError("ticket", ticket_id)
    if not _label(work.session, target_type, target_id):
        raise NotFoundError(target_type, target_id)
    if target_type == "ticket" and target_id == ticket_id:
        raise ValidationError(FieldError("target_id", "a ticket cannot be linked to itself"))
    same = select(TicketLink.id).where(
        TicketLink.ticket_id == ticket_id,
        TicketLink.target_type == target_type,
        TicketLink.target_id == target_id,
        TicketLink.deleted_at.is_(None),
    )
    if work.session.scalar(same) is not None:
        raise ValidationError(
            FieldError("target_id", f"{ticket.number} is already linked to that {target_type}")
        )
    link = TicketLink(ticket_id=ticket_id, target_type=target_type, target_id=target_id, relation=relation)
    work.session.add(link)
    work.session.flush()
    work.audit("ticket", ticket_id, "update", f"link.{target_type}", None, str(target_id))
    work.changed(ENTITY, ChangeKind.CREATED, [link.id])
    work.changed("ticket", ChangeKind.UPDATED, [ticket_id])
    return link


def drop_link(work: Work, link: TicketLink) -> None:
    link.deleted_at = utcnow()
    work.audit("ticket", link.ticket_id, "update", f"link.{link.target_type}", str(link.target_id), None)
    work.changed(ENTITY, ChangeKind.DELETED, [link.id])
    work.changed("ticket", ChangeKind.UPDATED, [link.ticket_id])


class TicketLinksService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def link(self, ticket_id: uuid.UUID, target_type: str, target_id: uuid.UUID) -> Outcome[LinkRef]:
        with self.uow() as work:
            guard.require(work.session, "edit", "ticket")
            row = add_link(work, ticket_id, target_type, target_id, "related")
            ref = LinkRef(
                row.id,
                ticket_id,
                target_type,
                target_id,
                row.relation,
                _label(work.session, target_type, target_id),
            )
        return Outcome(ref, work.changes)

    def unlink(self, link_id: uuid.UUID) -> Outcome[None]:
        with self.uow() as work:
            guard.require(work.session, "edit", "ticket")
            row = work.session.get(TicketLink, link_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(ENTITY, link_id)
            drop_link(work, row)
        return Outcome(None, work.changes)

    def links(self, ticket_id: uuid.UUID) -> list[LinkRef]:
        """The ticket's live links, oldest first, each with its target's label."""
        with self.uow.read() as session:
            rows = session.scalars(
                select(TicketLink)
                .where(TicketLink.ticket_id == ticket_id, TicketLink.deleted_at.is_(None))
                .order_by(TicketLink.created_at, TicketLink.id)
            ).all()
            return [
                LinkRef(
                    r.id,
                    r.ticket_id,
                    r.target_type,
                    r.target_id,
                    r.relation,
                    _label(session, r.target_type, r.target_id),
                )
                for r in rows
            ]

    def candidates(self, ticket_id: uuid.UUID) -> list[tuple[str, uuid.UUID, str]]:
        with self.uow.read() as session:
            return candidates(session, ticket_id)

    def tickets_of(self, target_type: str, target_id: uuid.UUID) -> list[LinkedTicket]:
        """The live tickets linked to a deal, a document or a ticket (merged ones included), newest first."""
        with self.uow.read() as session:
            return tickets_linked(session, target_type, target_id)


def tickets_linked(session: Session, target_type: str, target_id: uuid.UUID) -> list[LinkedTicket]:
    stmt = (
        select(TicketLink.id, Ticket.id, Ticket.number, Ticket.subject, Ticket.status, TicketLink.relation)
        .join(Ticket, Ticket.id == TicketLink.ticket_id)
        .where(
            TicketLink.target_type == target_type,
            TicketLink.target_id == target_id,
            TicketLink.deleted_at.is_(None),
            Ticket.deleted_at.is_(None),
        )
        .order_by(Ticket.created_at.desc())
    )
    return [
        LinkedTicket(link, ident, number, subject, str(getattr(status, "value", status)), relation)
        for link, ident, number, subject, status, relation in session.execute(stmt)
    ]


def candidates(session: Session, ticket_id: uuid.UUID, limit: int = 30) -> list[tuple[str, uuid.UUID, str]]:
    """Deals and documents of the ticket's account, newest first, not linked yet: what "Link…" offers."""
    account_id = session.scalar(select(Ticket.account_id).where(Ticket.id == ticket_id))
    if account_id is None:
        return []
    linked = select(TicketLink.target_id).where(
        TicketLink.ticket_id == ticket_id, TicketLink.deleted_at.is_(None)
    )
    out: list[tuple[str, uuid.UUID, str]] = []
    for kind, (model, column) in TARGETS.items():
        if kind in ("ticket", "article"):
            continue
        rows = session.execute(
            select(model.id, column)
            .where(model.account_id == account_id, model.deleted_at.is_(None), model.id.not_in(linked))
            .order_by(model.created_at.desc())
            .limit(limit)
        )
        out.extend((kind, ident, name) for ident, name in rows)
    return out
