"""Drip sequences: create and edit them (steps, sending window, hourly limit), enrol people from a
segment or a selection, take someone out by hand, and run what is due (runner.py)."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import EnrolmentStatus, Sequence, SequenceEnrolment
from app.services.campaigns.campaigns import segment_members
from app.services.campaigns.consent import leave_sequences
from app.services.campaigns.enrolment import enrol, live_sequence
from app.services.campaigns.ports import MailSender
from app.services.campaigns.runner import RunReport, run_due
from app.services.campaigns.steps import validate_steps, validate_window
from app.services.campaigns.subjects import Key, recipients
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory

ENTITY = "sequence"


@dataclass(frozen=True)
class SequenceInput:
    name: str
    steps: tuple[dict[str, Any], ...] = ()
    window: dict[str, Any] = field(default_factory=dict)
    per_hour: int = 0
    active: bool = True
    campaign_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SequenceDetail:
    id: uuid.UUID
    version: int
    name: str
    steps: tuple[dict[str, Any], ...]
    window: dict[str, Any]
    per_hour: int
    active: bool
    campaign_id: uuid.UUID | None
    enrolments: dict[str, int] = field(default_factory=dict)  # status -> count

    def as_input(self) -> SequenceInput:
        return SequenceInput(
            self.name, self.steps, dict(self.window), self.per_hour, self.active, self.campaign_id
        )


@dataclass(frozen=True)
class EnrolmentRow:
    subject_type: str
    subject_id: uuid.UUID
    name: str
    status: str
    left_reason: str
    next_step: int
    next_due_at: datetime | None


def _values(data: SequenceInput) -> dict[str, Any]:
    errors = []
    if not data.name.strip():
        errors.append(FieldError("name", "a sequence needs a name"))
    if data.per_hour < 0:
        errors.append(FieldError("per_hour", "the hourly limit is 0 (none) or more"))
    try:
        steps = validate_steps(list(data.steps))
    except ValidationError as exc:
        errors += exc.errors
        steps = []
    try:
        window = validate_window(data.window)
    except ValidationError as exc:
        errors += exc.errors
        window = {}
    if errors:
        raise ValidationError(errors)
    return {
        "name": data.name.strip(),
        "steps": {"items": steps},
        "window": window,
        "per_hour": data.per_hour,
        "active": data.active,
        "campaign_id": data.campaign_id,
    }


def _detail(session: Session, q: Sequence) -> SequenceDetail:
    counts = session.execute(
        select(SequenceEnrolment.status, func.count())
        .where(SequenceEnrolment.sequence_id == q.id)
        .group_by(SequenceEnrolment.status)
    ).all()
    return SequenceDetail(
        q.id,
        q.version,
        q.name,
        tuple((q.steps or {}).get("items", [])),
        dict(q.window or {}),
        q.per_hour,
        q.active,
        q.campaign_id,
        {s.value: int(n) for s, n in counts},
    )


class SequenceService:
    """Sequences, their enrolments, and the runner."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def create(self, data: SequenceInput) -> Outcome[SequenceDetail]:
        values = _values(data)
        with self.uow() as work:
            self._check_unique(work.session, values["name"], None)
            row = writes.create(work, Sequence(**values), ENTITY)
            detail = _detail(work.session, row)
        return Outcome(detail, work.changes)

    def update(
        self, sequence_id: uuid.UUID, data: SequenceInput, expected_version: int | None = None
    ) -> Outcome[SequenceDetail]:
        """Change a sequence; people already in it go on from the step number they reached."""
        values = _values(data)
        with self.uow() as work:
            row = writes.get_live(work.session, Sequence, sequence_id, ENTITY, "edit")
            writes.check_version(row, expected_version)
            self._check_unique(work.session, values["name"], sequence_id)
            writes.apply_fields(work, row, ENTITY, values)
            work.session.flush()
            detail = _detail(work.session, row)
        return Outcome(detail, work.changes)

    def _check_unique(self, session: Session, name: str, own: uuid.UUID | None) -> None:
        other = session.scalar(select(Sequence.id).where(func.lower(Sequence.name) == name.lower()))
        if other is not None and other != own:
            raise ValidationError(FieldError("name", f"there is already a sequence called '{name}'"))

    def get(self, sequence_id: uuid.UUID) -> SequenceDetail:
        with self.uow.read() as s:
            return _detail(s, live_sequence(s, sequence_id))

    def find(self, name: str) -> SequenceDetail:
        with self.uow.read() as s:
            row = s.scalar(
                select(Sequence).where(
                    func.lower(Sequence.name) == name.strip().lower(), Sequence.deleted_at.is_(None)
                )
            )
            if row is None:
                raise NotFoundError(ENTITY, name)
            return _detail(s, row)

    def list(self) -> builtins.list[SequenceDetail]:
        with self.uow.read() as s:
            rows = s.scalars(select(Sequence).where(Sequence.deleted_at.is_(None)).order_by(Sequence.name))
            return [_detail(s, r) for r in rows]

    def enrol(self, sequence_id: uuid.UUID, keys: Iterable[Key], source: str = "by hand") -> Outcome[int]:
        """Enrol a selection; those already in the sequence (even if they left) are not enrolled again."""
        keys = builtins.list(keys)
        with self.uow() as work:
            found = recipients(work.session, keys)
            missing = [f"{t} {i}" for t, i in keys if (t, i) not in found]
            if missing:
                raise ValidationError(
                    FieldError("members", f"not found or deleted: {', '.join(missing[:5])}")
                )
            made = enrol(work.session, sequence_id, keys, source)
            work.audit(ENTITY, sequence_id, "enrol", "members", None, f"{len(made)} enrolled ({source})")
            work.changed("sequence_enrolment", ChangeKind.CREATED, made)
        return Outcome(len(made), work.changes)

    def enrol_segment(self, sequence_id: uuid.UUID, segment_id: uuid.UUID) -> Outcome[int]:
        with self.uow() as work:
            keys = segment_members(work.session, segment_id)
            made = enrol(work.session, sequence_id, keys, "segment")
            work.audit(ENTITY, sequence_id, "enrol", "members", None, f"{len(made)} enrolled (segment)")
            work.changed("sequence_enrolment", ChangeKind.CREATED, made)
        return Outcome(len(made), work.changes)

    def leave(self, key: Key, reason: str = "by hand") -> Outcome[int]:
        """Take someone out of every sequence they are in (a reply, a conversion, or by hand)."""
        with self.uow() as work:
            left = leave_sequences(work, key[0], key[1], reason)
        return Outcome(left, work.changes)

    def enrolments(self, sequence_id: uuid.UUID, limit: int = 1000) -> builtins.list[EnrolmentRow]:
        with self.uow.read() as s:
            rows = s.scalars(
                select(SequenceEnrolment)
                .where(SequenceEnrolment.sequence_id == sequence_id)
                .order_by(SequenceEnrolment.id)
                .limit(limit)
            ).all()
            people = recipients(s, [(e.subject_type, e.subject_id) for e in rows])
            return [
                EnrolmentRow(
                    e.subject_type,
                    e.subject_id,
                    p.name if (p := people.get((e.subject_type, e.subject_id))) else "(deleted)",
                    e.status.value,
                    e.left_reason,
                    e.next_step,
                    e.next_due_at,
                )
                for e in rows
            ]

    def active_count(self, sequence_id: uuid.UUID) -> int:
        with self.uow.read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(SequenceEnrolment)
                    .where(
                        SequenceEnrolment.sequence_id == sequence_id,
                        SequenceEnrolment.status == EnrolmentStatus.ACTIVE,
                    )
                )
                or 0
            )

    def run(self, sender: MailSender, now: datetime | None = None, **options: Any) -> RunReport:
        """Do every due step now (idempotent: see runner.py)."""
        return run_due(self.uow, sender, now, **options)
