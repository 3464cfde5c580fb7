"""The SLA compliance report: per period, priority, team or tier, how often each target was met and how
long the first response and the resolution took on average.

A target counts once it is decided: met (done by its due time) or breached (done late, or not done and
past due at `now`). Tickets still inside their time are "pending" and left out of the percentages. Mean
times are wall-clock minutes from opening, over the tickets that have the stamp.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.models import Account, Team, Ticket, User, utcnow
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory

GROUPS = ("month", "week", "priority", "team", "tier")


@dataclass(frozen=True)
class ComplianceRow:
    key: str
    tickets: int
    first_met: int
    first_decided: int
    resolution_met: int
    resolution_decided: int
    mean_first_minutes: float | None
    mean_resolution_minutes: float | None

    @property
    def first_pct(self) -> float | None:
        return round(100 * self.first_met / self.first_decided, 1) if self.first_decided else None

    @property
    def resolution_pct(self) -> float | None:
        return (
            round(100 * self.resolution_met / self.resolution_decided, 1) if self.resolution_decided else None
        )


@dataclass
class _Tally:
    tickets: int = 0
    first_met: int = 0
    first_decided: int = 0
    res_met: int = 0
    res_decided: int = 0
    first_total: float = 0.0
    first_n: int = 0
    res_total: float = 0.0
    res_n: int = 0

    def row(self, key: str) -> ComplianceRow:
        return ComplianceRow(
            key, self.tickets, self.first_met, self.first_decided, self.res_met, self.res_decided,
            round(self.first_total / self.first_n, 1) if self.first_n else None,
            round(self.res_total / self.res_n, 1) if self.res_n else None,
        )  # fmt: skip


def _decided(due: datetime | None, done: datetime | None, now: datetime) -> tuple[bool, bool]:
    """(decided, met) for one target."""
    if due is None:
        return False, False
    if done is not None:
        return True, done <= due
    return (now > due), False


def _key(group: str, opened: datetime, priority: Any, team: str | None, tier: str | None) -> str:
    if group == "month":
        return opened.strftime("%Y-%m")
    if group == "week":
        year, week, _ = opened.isocalendar()
        return f"{year}-W{week:02d}"
    if group == "priority":
        return str(getattr(priority, "value", priority))
    if group == "team":
        return team or "(no team)"
    return tier or "standard"


class SlaComplianceService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def report(
        self, start: datetime, end: datetime, group: str = "month", now: datetime | None = None
    ) -> list[ComplianceRow]:
        """Tickets opened in [start, end), grouped; a last row "all" sums them."""
        if group not in GROUPS:
            raise ValidationError(FieldError("group", f"{group!r} is not one of {', '.join(GROUPS)}"))
        if end <= start:
            raise ValidationError(FieldError("end", "the period ends before it starts"))
        at = now or utcnow()
        stmt = (
            select(
                Ticket.created_at, Ticket.priority, Team.name, Account.tier,
                Ticket.first_response_due, Ticket.first_response_at, Ticket.resolution_due, Ticket.resolved_at,
            )
            .outerjoin(User, User.id == Ticket.assignee_id)
            .outerjoin(Team, Team.id == User.team_id)
            .outerjoin(Account, Account.id == Ticket.account_id)
            .where(Ticket.deleted_at.is_(None), Ticket.created_at >= start, Ticket.created_at < end)
        )  # fmt: skip
        tallies: dict[str, _Tally] = defaultdict(_Tally)
        total = _Tally()
        with self.uow.read() as session:
            for opened, priority, team, tier, f_due, f_at, r_due, r_at in session.execute(stmt):
                for tally in (tallies[_key(group, opened, priority, team, tier)], total):
                    tally.tickets += 1
                    decided, met = _decided(f_due, f_at, at)
                    tally.first_decided += decided
                    tally.first_met += met
                    decided, met = _decided(r_due, r_at, at)
                    tally.res_decided += decided
                    tally.res_met += met
                    if f_at is not None:
                        tally.first_total += (f_at - opened).total_seconds() / 60
                        tally.first_n += 1
                    if r_at is not None:
                        tally.res_total += (r_at - opened).total_seconds() / 60
                        tally.res_n += 1
        rows = [tallies[k].row(k) for k in sorted(tallies)]
        return [*rows, total.row("all")] if rows else []
