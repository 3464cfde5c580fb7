"""SLA policies: targets per priority (first response, resolution, in working minutes) and the business
calendar they are counted in. A database starts with one default policy, "Standard", made on first use.

Customer tiers: an account has a tier (standard, gold, platinum); a policy may give a tier its own targets
per priority (kept in the targets JSON under "tiers"), used for the tickets of that tier's accounts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Account, SlaPolicy, Ticket
from app.services.core import guard
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, NotFoundError, ValidationError
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
TIERS = ("standard", "gold", "platinum")
TIERS_KEY = "tiers"  # targets JSON: {priority: [f, r], ..., "tiers": {tier: {priority: [f, r]}}}


@dataclass(frozen=True)
class SlaPolicyRef:
    id: uuid.UUID
    name: str
    calendar: BusinessCalendar
    targets: dict[str, tuple[int, int]]
    tier_targets: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)

    def target(self, priority: str, tier: str = "standard") -> tuple[int, int]:
        """(first response, resolution) working minutes for a priority and customer tier."""
        return self.tier_targets.get(tier, {}).get(priority) or self.targets[priority]


def _pairs(raw: dict[str, Any]) -> dict[str, tuple[int, int]]:
    return {k: (int(v[0]), int(v[1])) for k, v in raw.items() if k != TIERS_KEY}


def _ref(row: SlaPolicy) -> SlaPolicyRef:
    raw = row.targets or {}
    tiers = {tier: _pairs(t) for tier, t in (raw.get(TIERS_KEY) or {}).items()}
    return SlaPolicyRef(row.id, row.name, BusinessCalendar.from_json(row.calendar or {}), _pairs(raw), tiers)


def tier_of(session: Session, account_id: uuid.UUID | None) -> str:
    if account_id is None:
        return "standard"
    return session.scalar(select(Account.tier).where(Account.id == account_id)) or "standard"


def check_targets(wanted: dict[str, tuple[int, int]], label: str = "targets") -> list[str]:
    problems = []
    for priority, (first, resolve) in wanted.items():
        if priority not in STANDARD_TARGETS:
            problems.append(f"{label}: {priority!r} is not one of {', '.join(STANDARD_TARGETS)}")
        elif not 0 < first <= resolve:
            problems.append(f"{label}: {priority}: the first response must come before the resolution")
    return problems


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
            row.targets = {
                **{k: list(v) for k, v in wanted.items()},
                TIERS_KEY: (row.targets or {}).get(TIERS_KEY, {}),
            }
            work.audit(ENTITY, row.id, "update", "calendar", str(before["calendar"]), str(row.calendar))
            work.session.flush()
            return _ref(row)

    def set_tier_targets(self, tier: str, targets: dict[str, tuple[int, int]]) -> SlaPolicyRef:
        """Give a customer tier its own targets (some or all priorities; the rest keep the policy's)."""
        problems = [] if tier in TIERS else [f"tier: {tier!r} is not one of {', '.join(TIERS)}"]
        problems += check_targets(targets, "targets")
        if problems:
            raise ValidationError([FieldError(p.split(":")[0], p.split(": ", 1)[1]) for p in problems])
        with self.uow() as work:
            guard.require(work.session, "edit", "SLA policy")
            ref = default_policy(work)
            row = work.session.get(SlaPolicy, ref.id)
            assert row is not None
            old = dict(row.targets or {})
            tiers = dict(old.get(TIERS_KEY) or {})
            tiers[tier] = {k: list(v) for k, v in targets.items()}
            row.targets = {**old, TIERS_KEY: tiers}
            work.audit(
                ENTITY,
                row.id,
                "update",
                f"targets.{tier}",
                str(old.get(TIERS_KEY, {}).get(tier)),
                str(tiers[tier]),
            )
            work.session.flush()
            return _ref(row)

    def set_account_tier(self, account_id: uuid.UUID, tier: str) -> None:
        """Put an account in a customer tier; its tickets opened from now on are timed by that tier."""
        if tier not in TIERS:
            raise ValidationError(FieldError("tier", f"{tier!r} is not one of {', '.join(TIERS)}"))
        with self.uow() as work:
            guard.require(work.session, "edit", "account")
            account = work.session.get(Account, account_id)
            if account is None or account.deleted_at is not None:
                raise NotFoundError("account", account_id)
            if account.tier != tier:
                work.audit("account", account.id, "update", "tier", account.tier, tier)
                account.tier = tier
                work.session.flush()
                work.changed("account", ChangeKind.UPDATED, [account.id])
