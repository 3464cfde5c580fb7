"""Round-robin owners for the "assign the owner" action: over every active user, within one team, or
among the users of the territory that covers the record (its country, region, postcode and industry).

A rule's (or the standing assignment setting's, default_owner.py) round-robin position is kept in its row (`custom["round_robin"]`, one entry per pool: "all",
"team:<id>" or "territory:<id>"), written in the transaction of the records it assigns. The first pick of a run locks the rule
row (FOR NO KEY UPDATE on PostgreSQL; SQLite's write lock is already held) and re-reads it, so two processes
creating records at once hand out consecutive members and never the same turn twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Entity, Team, Territory, User

LEGACY_KEY = "round_robin_last"  # the position of an all-users round-robin before teams existed


class NoAssignee(Exception):
    """The pool has nobody to assign: an unknown team, or no active member."""


@dataclass
class Turns:
    """One run's round-robin pools (members read once per run) and territories."""

    pools: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    areas: list[Area] | None = None

    def pick(self, session: Session, rule: Entity, action: dict[str, Any], record: Any) -> uuid.UUID:
        """The next member of the action's pool (every active user, its team's, or the users of the
        record's territory) after the one this rule picked last there; NoAssignee says why there is none."""
        if action.get("user") == "territory":
            if self.areas is None:
                self.areas = areas(session)
            area = territory_of(self.areas, record)
            key = f"territory:{area.id}"
            if key not in self.pools:
                self._add(session, rule, key, territory_members(session, area))
        else:
            key = pool_key(action)
            if key not in self.pools:
                self._add(session, rule, key, members(session, action))
        return next_member(rule, key, self.pools[key])

    def _add(self, session: Session, rule: Entity, key: str, users: list[uuid.UUID]) -> None:
        if not self.pools:  # the run's first pick: lock the rule row and read its latest positions
            lock_rule(session, rule)
        self.pools[key] = users


def pool_key(action: dict[str, Any]) -> str:
    team = action.get("team_id")
    return f"team:{team}" if team else "all"


def members(session: Session, action: dict[str, Any]) -> list[uuid.UUID]:
    """The active users of the action's pool in a stable order (their ids: creation order)."""
    query = select(User.id).where(User.is_active.is_(True), User.deleted_at.is_(None))
    team = action.get("team_id")
    if team:
        team_id = _uuid(team)
        found = session.get(Team, team_id) if team_id else None
        if found is None or found.deleted_at is not None:
            raise NoAssignee(f"there is no team {team}")
        query = query.where(User.team_id == team_id)
        users = list(session.scalars(query.order_by(User.id)))
        if not users:
            raise NoAssignee(f"team '{found.name}' has no active member to assign")
        return users
    users = list(session.scalars(query.order_by(User.id)))
    if not users:
        raise NoAssignee("there is no active user to assign")
    return users


def lock_rule(session: Session, rule: Entity) -> None:
    """Lock the rule row and read its latest round-robin positions (another process may have moved them)."""
    # FOR NO KEY UPDATE: the run rows already hold a FOR KEY SHARE lock on the rule (their foreign key),
    # which FOR UPDATE would wait on in both of two processes at once (a deadlock)
    session.refresh(rule, with_for_update={"key_share": True})


def next_member(rule: Entity, key: str, users: list[uuid.UUID]) -> uuid.UUID:
    """The member after the one this rule picked last in this pool (the first after the end), recorded."""
    custom = dict(rule.custom or {})
    positions = dict(custom.get("round_robin") or {})
    last = positions.get(key, custom.get(LEGACY_KEY) if key == "all" else None)
    later = [u for u in users if last is not None and u.int > uuid.UUID(last).int]
    chosen = later[0] if later else users[0]
    positions[key] = str(chosen)
    custom["round_robin"] = positions
    custom.pop(LEGACY_KEY, None)
    rule.custom = custom
    return chosen


def team_problem(session: Session, action: dict[str, Any]) -> str | None:
    """Why the action's team cannot take turns (unknown, or no active member), else None."""
    if not action.get("team_id"):
        return None
    try:
        members(session, action)
    except NoAssignee as exc:
        return str(exc)
    return None


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


# --- by territory ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Area:
    """A territory as plain values, read once per run."""

    id: uuid.UUID
    name: str
    countries: frozenset[str]
    regions: frozenset[str]
    postcode_ranges: tuple[tuple[str, str], ...]
    industries: frozenset[str]

    @property
    def criteria(self) -> int:
        return sum(bool(x) for x in (self.countries, self.regions, self.postcode_ranges, self.industries))

    def covers(self, record: Any) -> bool:
        """Every criterion the territory sets holds for the record (one of its values, or within one of
        its postcode ranges); a territory that sets none covers nothing."""
        country = _norm(getattr(record, "country", ""))
        region = _norm(getattr(record, "region", ""))
        postcode = _postcode(getattr(record, "postal_code", ""))
        industry = _norm(getattr(record, "industry", ""))
        return bool(
            self.criteria
            and (not self.countries or country in self.countries)
            and (not self.regions or region in self.regions)
            and (not self.postcode_ranges or any(lo <= postcode <= hi for lo, hi in self.postcode_ranges))
            and (not self.industries or industry in self.industries)
        )


def areas(session: Session) -> list[Area]:
    """The live territories, the most specific first (more criteria set), then by name."""
    found = [
        Area(
            t.id,
            t.name,
            frozenset(_norm(c) for c in t.countries or []),
            frozenset(_norm(r) for r in t.regions or []),
            tuple((_postcode(lo), _postcode(hi)) for lo, hi in t.postcode_ranges or []),
            frozenset(_norm(i) for i in t.industries or []),
        )
        for t in session.scalars(select(Territory).where(Territory.deleted_at.is_(None)))
    ]
    return sorted(found, key=lambda a: (-a.criteria, a.name))


def territory_of(found: list[Area], record: Any) -> Area:
    for area in found:
        if area.covers(record):
            return area
    where = ", ".join(
        f"{name} {value!r}"
        for name in ("country", "region", "postal_code", "industry")
        if (value := getattr(record, name, ""))
    )
    raise NoAssignee(
        f"no territory covers this record ({where or 'no country, region, postcode or industry'})"
    )


def territory_members(session: Session, area: Area) -> list[uuid.UUID]:
    users = list(
        session.scalars(
            select(User.id)
            .where(User.is_active.is_(True), User.deleted_at.is_(None), User.territory_id == area.id)
            .order_by(User.id)
        )
    )
    if not users:
        raise NoAssignee(f"territory '{area.name}' has no active user to assign")
    return users


def _norm(value: Any) -> str:
    return str(value or "").strip().casefold()


def _postcode(value: Any) -> str:
    """Postcodes compare as text without spaces, upper case ('75011' lies in ['75000', '75999'])."""
    return "".join(str(value or "").split()).upper()
