"""Putting people into a drip sequence: one function for every way in (a segment, a selection, an
automation rule's "enrol in a sequence" action). Someone already in the sequence stays where they are."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import EnrolmentStatus, Sequence, SequenceEnrolment, utcnow, uuid7_many
from app.services.campaigns.subjects import Key, check_type, chunked
from app.services.core.errors import FieldError, NotFoundError, ValidationError


def live_sequence(session: Session, sequence_id: uuid.UUID) -> Sequence:
    found = session.get(Sequence, sequence_id)
    if found is None or found.deleted_at is not None:
        raise NotFoundError("sequence", sequence_id)
    return found


def enrol(
    session: Session, sequence_id: uuid.UUID, keys: Iterable[Key], source: str, now: datetime | None = None
) -> list[uuid.UUID]:
    """Enrol each contact or lead not yet in the sequence, due at once; the ids of the new enrolments."""
    sequence = live_sequence(session, sequence_id)
    if not sequence.active:
        raise ValidationError(
            FieldError("sequence", f"sequence '{sequence.name}' is paused; resume it first")
        )
    keys = list(dict.fromkeys(keys))
    for subject_type, _ in keys:
        check_type(subject_type)
    builder = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stamp = utcnow()
    due = now or stamp
    made: list[uuid.UUID] = []
    for part in chunked(keys, 2000):
        rows = [
            {
                "id": ident,
                "sequence_id": sequence_id,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "status": EnrolmentStatus.ACTIVE,
                "left_reason": "",
                "next_step": 0,
                "next_due_at": due,
                "source": source[:40],
                "version": 1,
                "created_at": stamp,
                "updated_at": stamp,
                "deleted_at": None,
                "custom": {},
            }
            for ident, (subject_type, subject_id) in zip(uuid7_many(len(part)), part, strict=True)
        ]
        stmt = builder(SequenceEnrolment).on_conflict_do_nothing().returning(SequenceEnrolment.id)
        made += list(session.scalars(stmt, rows))
    return made
