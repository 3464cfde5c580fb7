"""Net promoter survey answers: list, add, correct and trash them (the NPS tile's editor, docs/metrics.md)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Contact, NpsResponse
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import ScannedList, text_filter
from app.services.core.record_service import RecordService
from app.services.core.validation import require_text

ENTITY = "nps"


@dataclass(frozen=True)
class NpsInput:
    score: int | str
    answered_on: date
    contact_id: uuid.UUID | None = None
    comment: str = ""


@dataclass(frozen=True)
class NpsDetail:
    id: uuid.UUID
    version: int
    score: int
    answered_on: date
    contact_id: uuid.UUID | None
    contact: str  # the contact's name, '' for an anonymous answer
    comment: str
    deleted_at: datetime | None

    def as_input(self) -> NpsInput:
        return NpsInput(self.score, self.answered_on, self.contact_id, self.comment)


def validate(data: NpsInput) -> dict[str, Any]:
    errors: list[FieldError] = []
    try:
        score = int(str(data.score).strip())
    except ValueError:
        score = -1
    if not 0 <= score <= 10:
        errors.append(FieldError("score", "a score is a whole number from 0 to 10"))
    if not isinstance(data.answered_on, date):
        errors.append(FieldError("answered_on", "give the day of the answer"))
    elif data.answered_on > date.today():
        errors.append(FieldError("answered_on", "the answer cannot be from the future"))
    if (problem := require_text(data.comment, "comment", 2000)) is not None:
        errors.append(problem)
    if errors:
        raise ValidationError(errors)
    return {
        "score": score,
        "answered_on": data.answered_on,
        "contact_id": data.contact_id,
        "comment": data.comment.strip(),
    }


def _contact_name(session: Session, contact_id: uuid.UUID | None) -> str:
    if contact_id is None:
        return ""
    row = session.execute(
        select(Contact.first_name, Contact.last_name).where(Contact.id == contact_id)
    ).first()
    return f"{row[0]} {row[1]}".strip() if row else ""


_NAME = func.trim(func.coalesce(Contact.first_name, "") + " " + func.coalesce(Contact.last_name, ""))
LIST = ScannedList(
    model=NpsResponse,
    entity=ENTITY,
    table="nps_responses",
    sorts={"answered": (NpsResponse.answered_on, NpsResponse.id)},
    sort_indexes={},
    row_columns=(
        NpsResponse.id,
        NpsResponse.version,
        NpsResponse.score,
        NpsResponse.answered_on,
        NpsResponse.contact_id,
        _NAME,
        NpsResponse.comment,
        NpsResponse.deleted_at,
    ),
    row_factory=lambda *r: NpsDetail(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7]),
    outer_joins=((Contact, Contact.id == NpsResponse.contact_id),),
    default_sort="answered",
    search_filter=lambda text: text_filter([NpsResponse.comment], text),
)


class NpsService(RecordService[NpsInput, NpsDetail]):
    model = NpsResponse
    entity = ENTITY
    listing = LIST

    def validate(self, data: NpsInput) -> dict[str, Any]:
        return validate(data)

    def detail(self, session: Session, obj: Any) -> NpsDetail:
        return NpsDetail(
            obj.id,
            obj.version,
            obj.score,
            obj.answered_on,
            obj.contact_id,
            _contact_name(session, obj.contact_id),
            obj.comment,
            obj.deleted_at,
        )

    def recent(self, contact_id: uuid.UUID | None = None, limit: int = 500) -> list[NpsDetail]:
        """Live answers, newest first; only one contact's with `contact_id`."""
        with self.uow.read() as s:
            stmt = (
                select(*LIST.row_columns)
                .outerjoin(Contact, Contact.id == NpsResponse.contact_id)
                .where(NpsResponse.deleted_at.is_(None), NpsResponse.kind == "nps")  # not the CSAT answers
                .order_by(NpsResponse.answered_on.desc(), NpsResponse.id.desc())
                .limit(limit)
            )
            if contact_id is not None:
                stmt = stmt.where(NpsResponse.contact_id == contact_id)
            return [LIST.row_factory(*r) for r in s.execute(stmt).all()]
