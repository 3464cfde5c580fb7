"""Customer feedback for the service desk: a CSAT answer (1 to 5) after a ticket is resolved, recorded by
hand until surveys are emailed, and CSAT and NPS by period, team, priority or contact segment.

CSAT answers are rows of nps_responses with kind "csat" and the ticket they rate (one per ticket; a second
answer replaces the first). Satisfied means 4 or 5; NPS is % promoters (9-10) minus % detractors (0-6).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement

from app.models import Contact, NpsResponse, Team, Ticket, TicketStatus, User
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.listing import filter_hook
from app.services.core.uow import UnitOfWorkFactory

ENTITY = "nps"
CSAT_GROUPS = ("month", "team", "priority")
NPS_GROUPS = ("month", "segment")


@dataclass(frozen=True)
class FeedbackRow:
    key: str
    answers: int
    score: float | None  # CSAT: mean 1-5; NPS: -100..100
    share: float | None  # CSAT: % satisfied (4-5); NPS: % promoters


class FeedbackService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def record_csat(
        self, ticket_id: uuid.UUID, score: int, comment: str = "", answered_on: date | None = None
    ) -> Outcome[uuid.UUID]:
        """The customer's satisfaction with a resolved (or closed) ticket, 1 to 5."""
        if not 1 <= int(score) <= 5:
            raise ValidationError(FieldError("score", "a CSAT score is a whole number from 1 to 5"))
        day = answered_on or date.today()
        if day > date.today():
            raise ValidationError(FieldError("answered_on", "the answer cannot be from the future"))
        with self.uow() as work:
            ticket = work.session.get(Ticket, ticket_id)
            if ticket is None or ticket.deleted_at is not None:
                raise NotFoundError("ticket", ticket_id)
            if ticket.status not in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
                raise ValidationError(
                    FieldError("ticket", f"{ticket.number} is {ticket.status.value}: ask once it is resolved")
                )
            row = work.session.scalar(
                select(NpsResponse).where(
                    NpsResponse.ticket_id == ticket.id,
                    NpsResponse.kind == "csat",
                    NpsResponse.deleted_at.is_(None),
                )
            )
            if row is None:
                row = NpsResponse(kind="csat", ticket_id=ticket.id, score=int(score), answered_on=day)
                row.contact_id, row.comment = ticket.contact_id, comment.strip()[:2000]
                work.session.add(row)
                work.session.flush()
                work.audit(ENTITY, row.id, "create", "csat", None, str(score))
                work.changed(ENTITY, ChangeKind.CREATED, [row.id])
            else:
                work.audit(ENTITY, row.id, "update", "csat", str(row.score), str(score))
                row.score, row.answered_on, row.comment = int(score), day, comment.strip()[:2000]
                work.session.flush()
                work.changed(ENTITY, ChangeKind.UPDATED, [row.id])
            work.changed("ticket", ChangeKind.UPDATED, [ticket.id])
            answer_id = row.id
        return Outcome(answer_id, work.changes)

    def csat_of(self, ticket_id: uuid.UUID) -> int | None:
        with self.uow.read() as session:
            return session.scalar(
                select(NpsResponse.score).where(
                    NpsResponse.ticket_id == ticket_id,
                    NpsResponse.kind == "csat",
                    NpsResponse.deleted_at.is_(None),
                )
            )

    def csat(self, start: date, end: date, group: str = "month") -> list[FeedbackRow]:
        """CSAT answered in [start, end) by month, the ticket's team or priority; a last row "all"."""
        if group not in CSAT_GROUPS:
            raise ValidationError(FieldError("group", f"{group!r} is not one of {', '.join(CSAT_GROUPS)}"))
        stmt = (
            select(NpsResponse.answered_on, NpsResponse.score, Team.name, Ticket.priority)
            .outerjoin(Ticket, Ticket.id == NpsResponse.ticket_id)
            .outerjoin(User, User.id == Ticket.assignee_id)
            .outerjoin(Team, Team.id == User.team_id)
            .where(*_answered(start, end, "csat"))
        )
        groups: dict[str, list[int]] = defaultdict(list)
        with self.uow.read() as session:
            for day, score, team, priority in session.execute(stmt):
                key = (
                    day.strftime("%Y-%m") if group == "month"
                    else (team or "(no team)") if group == "team"
                    else str(getattr(priority, "value", priority) or "(no ticket)")
                )  # fmt: skip
                groups[key].append(int(score))
        return _rows(groups, _csat_row)

    def nps(
        self, start: date, end: date, group: str = "month", segment_id: uuid.UUID | None = None
    ) -> list[FeedbackRow]:
        """NPS answered in [start, end) by month, or for the members of one contact segment ("segment")."""
        if group not in NPS_GROUPS:
            raise ValidationError(FieldError("group", f"{group!r} is not one of {', '.join(NPS_GROUPS)}"))
        where: list[ColumnElement[bool]] = _answered(start, end, "nps")
        with self.uow.read() as session:
            stmt = select(NpsResponse.answered_on, NpsResponse.score)
            if group == "segment":
                if segment_id is None:
                    raise ValidationError(FieldError("segment", "choose the segment"))
                members = filter_hook("segment_id")(session, "contact", segment_id)
                stmt = stmt.join(Contact, Contact.id == NpsResponse.contact_id).where(members)
            groups: dict[str, list[int]] = defaultdict(list)
            for day, score in session.execute(stmt.where(*where)):
                groups["segment" if group == "segment" else day.strftime("%Y-%m")].append(int(score))
        return _rows(groups, _nps_row)


def _answered(start: date, end: date, kind: str) -> list[ColumnElement[bool]]:
    if end <= start:
        raise ValidationError(FieldError("end", "the period ends before it starts"))
    return [
        NpsResponse.deleted_at.is_(None),
        NpsResponse.kind == kind,
        NpsResponse.answered_on >= start,
        NpsResponse.answered_on < end,
    ]


def _csat_row(key: str, scores: list[int]) -> FeedbackRow:
    satisfied = sum(1 for s in scores if s >= 4)
    return FeedbackRow(
        key, len(scores), round(sum(scores) / len(scores), 2), round(100 * satisfied / len(scores), 1)
    )


def _nps_row(key: str, scores: list[int]) -> FeedbackRow:
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    n = len(scores)
    return FeedbackRow(key, n, round(100 * (promoters - detractors) / n, 1), round(100 * promoters / n, 1))


def _rows(groups: dict[str, list[int]], make: Callable[[str, list[int]], FeedbackRow]) -> list[FeedbackRow]:
    rows = [make(k, groups[k]) for k in sorted(groups)]
    everything = [s for k in sorted(groups) for s in groups[k]]
    return [*rows, make("all", everything)] if everything else []
