"""Merge two tickets about the same problem: one is kept, the other closed as merged into it.

The merged ticket's conversation moves to the kept one (with a note saying where it came from), its
deal and document links are copied over, and it is closed with a "merged_into" link to the kept ticket.
Everything is one unit of work, audited on both tickets; `unmerge` takes the returned record and puts
each part back (the undo), refusing when either ticket changed since.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.models import Ticket, TicketEntry, TicketLink, TicketStatus, utcnow
from app.services.core import guard
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.service_desk.links import add_link, drop_link

ENTITY = "ticket"


@dataclass(frozen=True)
class MergeRecord:
    """What a merge did, so that it can be undone."""

    kept_id: uuid.UUID
    merged_id: uuid.UUID
    kept_number: str
    merged_number: str
    moved_entry_ids: tuple[uuid.UUID, ...]
    note_id: uuid.UUID
    link_ids: tuple[uuid.UUID, ...]  # the merged_into link and the copied ones
    status_before: str
    resolved_at_before: datetime | None
    closed_at_before: datetime | None
    paused_at_before: datetime | None
    kept_version: int
    merged_version: int


def _live(work: Work, ticket_id: uuid.UUID) -> Ticket:
    obj = work.session.get(Ticket, ticket_id)
    if obj is None or obj.deleted_at is not None:
        raise NotFoundError(ENTITY, ticket_id)
    return obj


class TicketMergeService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def merge(self, keep_id: uuid.UUID, merge_id: uuid.UUID) -> Outcome[MergeRecord]:
        if keep_id == merge_id:
            raise ValidationError(FieldError("ticket", "a ticket cannot be merged into itself"))
        with self.uow() as work:
            guard.require(work.session, "merge", ENTITY)
            keep, gone = _live(work, keep_id), _live(work, merge_id)
            merged_already = select(TicketLink.target_id).where(
                TicketLink.ticket_id == gone.id,
                TicketLink.relation == "merged_into",
                TicketLink.deleted_at.is_(None),
            )
            if work.session.scalar(merged_already) is not None:
                raise ValidationError(
                    FieldError("ticket", f"{gone.number} was already merged into another ticket")
                )
            entries = work.session.scalars(
                select(TicketEntry).where(TicketEntry.ticket_id == gone.id, TicketEntry.deleted_at.is_(None))
            ).all()
            for entry in entries:
                entry.ticket_id = keep.id
            text = f"Merged from {gone.number}: {gone.subject}"
            note = TicketEntry(
                ticket_id=keep.id,
                kind="note",
                author_id=work.user_id,
                body=f"{text}\n\n{gone.description}".strip(),
            )
            work.session.add(note)
            links = [add_link(work, gone.id, "ticket", keep.id, "merged_into")]
            copied = work.session.scalars(
                select(TicketLink).where(
                    TicketLink.ticket_id == gone.id,
                    TicketLink.relation == "related",
                    TicketLink.target_type != "ticket",
                    TicketLink.deleted_at.is_(None),
                )
            ).all()
            have = {
                (t, i)
                for t, i in work.session.execute(
                    select(TicketLink.target_type, TicketLink.target_id).where(
                        TicketLink.ticket_id == keep.id, TicketLink.deleted_at.is_(None)
                    )
                )
            }
            for link in copied:
                if (link.target_type, link.target_id) not in have:
                    links.append(add_link(work, keep.id, link.target_type, link.target_id, "related"))
            before = (gone.status, gone.resolved_at, gone.closed_at, gone.paused_at)
            now = utcnow()
            gone.status = TicketStatus.CLOSED
            gone.closed_at = now
            gone.resolved_at = gone.resolved_at or now
            gone.paused_at = None
            keep.updated_at = now  # a new version: an undo after someone else's edit is refused
            work.audit(ENTITY, keep.id, "merge", "merged_from", None, gone.number)
            work.audit(ENTITY, gone.id, "merge", "merged_into", None, keep.number)
            work.audit(ENTITY, gone.id, "update", "status", before[0].value, TicketStatus.CLOSED.value)
            work.session.flush()
            work.changed(ENTITY, ChangeKind.UPDATED, [keep.id, gone.id])
            record = MergeRecord(
                keep.id, gone.id, keep.number, gone.number, tuple(e.id for e in entries), note.id,
                tuple(link.id for link in links), before[0].value, before[1], before[2], before[3],
                keep.version, gone.version,
            )  # fmt: skip
        return Outcome(record, work.changes)

    def unmerge(self, record: MergeRecord) -> Outcome[None]:
        """Undo a merge: the conversation goes back, the note and links go, the merged ticket reopens as it was."""
        with self.uow() as work:
            keep, gone = _live(work, record.kept_id), _live(work, record.merged_id)
            if (keep.version, gone.version) != (record.kept_version, record.merged_version):
                raise ConflictError(
                    f"{record.kept_number} or {record.merged_number} changed since the merge; it cannot be undone"
                )
            for entry_id in record.moved_entry_ids:
                entry = work.session.get(TicketEntry, entry_id)
                if entry is not None:
                    entry.ticket_id = gone.id
            note = work.session.get(TicketEntry, record.note_id)
            if note is not None:
                work.session.delete(note)
            for link_id in record.link_ids:
                link = work.session.get(TicketLink, link_id)
                if link is not None and link.deleted_at is None:
                    drop_link(work, link)
            gone.status = TicketStatus(record.status_before)
            gone.resolved_at = record.resolved_at_before
            gone.closed_at = record.closed_at_before
            gone.paused_at = record.paused_at_before
            keep.updated_at = utcnow()
            work.audit(ENTITY, keep.id, "unmerge", "merged_from", record.merged_number, None)
            work.audit(ENTITY, gone.id, "unmerge", "merged_into", record.kept_number, None)
            work.audit(ENTITY, gone.id, "update", "status", TicketStatus.CLOSED.value, record.status_before)
            work.session.flush()
            work.changed(ENTITY, ChangeKind.UPDATED, [keep.id, gone.id])
        return Outcome(None, work.changes)
