"""Who a campaign or sequence reaches: contacts and leads by id, read in chunks as `Recipient`s."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, Lead
from app.services.campaigns.ports import Recipient
from app.services.core.errors import FieldError, NotFoundError, ValidationError

SUBJECTS: dict[str, Any] = {"contact": Contact, "lead": Lead}
CHUNK = 900  # ids per IN (...): under SQLite's old 999-variable limit

Key = tuple[str, uuid.UUID]


def check_type(subject_type: str) -> Any:
    model = SUBJECTS.get(subject_type)
    if model is None:
        raise ValidationError(FieldError("subject_type", f"'{subject_type}' is not a contact or a lead"))
    return model


def chunked(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def recipients(session: Session, keys: Iterable[Key]) -> dict[Key, Recipient]:
    """The live contacts and leads among `keys`, as recipients (a deleted or missing one is left out)."""
    by_type: dict[str, list[uuid.UUID]] = {}
    for subject_type, subject_id in keys:
        check_type(subject_type)
        by_type.setdefault(subject_type, []).append(subject_id)
    found: dict[Key, Recipient] = {}
    for subject_type, ids in by_type.items():
        model = SUBJECTS[subject_type]
        for part in chunked(ids):
            rows = session.execute(
                select(model.id, model.email, model.first_name, model.last_name).where(
                    model.id.in_(part), model.deleted_at.is_(None)
                )
            )
            for ident, email, first, last in rows:
                name = f"{first} {last}".strip()
                found[(subject_type, ident)] = Recipient(subject_type, ident, (email or "").lower(), name)
    return found


def recipient(session: Session, subject_type: str, subject_id: uuid.UUID) -> Recipient:
    found = recipients(session, [(subject_type, subject_id)]).get((subject_type, subject_id))
    if found is None:
        raise NotFoundError(subject_type, subject_id)
    return found
