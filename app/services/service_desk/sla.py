"""SLA policies: targets per priority (first response, resolution, in working minutes) and the business
calendar they are counted in. A database starts with one default policy, "Standard", made on first use."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SlaPolicy, Ticket
from app.services.core import guard
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.service_desk.business_hours import BusinessCalendar, check

# priority -> (first response, resolution), working minutes
STANDARD_TARGETS: dict[str, tuple[int, int]] = {
    "urgent": (60, 8 * 60),
    "high": (4 * 60, 2 * 8 * 60),
    "normal": (8 * 60, 5 * 8 * 60),
    "low": (2 * 8 * 60, 10 * 8 * 60),
}
ENTITY = "sla_policy"


@dataclass(frozen=True)
class SlaPolicyRef:
    id: uuid.UUID
    name: str
    calendar: BusinessCalendar
    targets: dict[str, tuple[int, int]]


def _ref(row: SlaPolicy) -> SlaPolicyRef:
    targets = {k: (int(v[0]), int(v[1])) for k, v in (row.targets or {}).items()}
    return SlaPolicyRef(row.id, row.name, BusinessCalendar.from_json(row.calendar or {}), targets)


def default_policy(work: Work) -> SlaPolicyRef:
    """The default policy, made ("Standard": Monday to Friday 9-17, UTC) when there is none yet."""
    row = work.session.scalar(
        select(SlaPolicy).where(SlaPolicy.is_default.is_(True), SlaPolicy.deleted_at.is_(None))
    )
    if row is None:
        row = SlaPolicy(
            name="Standard",
            calendar=BusinessCalendar().as_json(),
            targets={k: list(v) for k, v in STANDARD_TARGETS.items()},
            is_default=True,
        )
        work.session.add(row)
        work.session.flush()
        work.audit(ENTITY, row.id, "create", "name", None, row.name)
    return _ref(row)


def policy_of(session: Session, ticket_id: uuid.UUID) -> SlaPolicyRef:
    row = session.scalar(
        select(SlaPolicy).join(Ticket, Ticket.sla_policy_id == SlaPolicy.id).where(Ticket.id == ticket_id)
    )
    if row is None:
        row = session.scalar(select(SlaPolicy).where(SlaPolicy.is_default.is_(True)))
    if row is None:
        return SlaPolicyRef(
            uuid.UUID(int=0), "none", BusinessCalendar(round_the_clock=True), dict(STANDARD_TARGETS)
        )
    return _ref(row)


class SlaPolicyService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def default(self) -> SlaPolicyRef:
        with self.uow() as work:
            return default_policy(work)

    def set_default(
        self, calendar: BusinessCalendar, targets: dict[str, tuple[int, int]] | None = None
    ) -> SlaPolicyRef:
        """Change the default policy's calendar (and targets); tickets made later are timed by it."""
        problems = check(calendar)
        wanted = targets or STANDARD_TARGETS
        for priority, (first, resolve) in wanted.items():
            if not 0 < first <= resolve:
                problems.append(f"targets: {priority}: the first response must come before the resolution")
        missing = set(STANDARD_TARGETS) - set(wanted)
        if missing:
            problems.append(f"targets: none for {', '.join(sorted(missing))}")
        if problems:
            raise ValidationError([FieldError(p.split(":")[0], p.split(": ", 1)[1]) for p in problems])
        with self.uow() as work:
            guard.require(work.session, "edit", "SLA policy")
            ref = default_policy(work)
            row = work.session.get(SlaPolicy, ref.id)
            assert row is not None
            before: dict[str, Any] = {"calendar": row.calendar, "targets": row.targets}
            row.calendar = calendar.as_json()
            row.targets = {k: list(v) for k, v in wanted.items()}
            work.audit(ENTITY, row.id, "update", "calendar", str(before["calendar"]), str(row.calendar))
            work.session.flush()
            return _ref(row)
