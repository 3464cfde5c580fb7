"""Round-robin owners for the "assign the owner" action: over every active user, or within one team.

A rule's round-robin position is kept in its row (`custom["round_robin"]`, one entry per pool: "all" or
"team:<id>"), written in the transaction of the records it assigns. The first pick of a run locks the rule
row (FOR NO KEY UPDATE on PostgreSQL; SQLite's write lock is already held) and re-reads it, so two processes
creating records at once hand out consecutive members and never the same turn twice.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AutomationRule, Team, User

LEGACY_KEY = "round_robin_last"  # the position of an all-users round-robin before teams existed


class NoAssignee(Exception):
    """The pool has nobody to assign: an unknown team, or no active member."""


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


def lock_rule(session: Session, rule: AutomationRule) -> None:
    """Lock the rule row and read its latest round-robin positions (another process may have moved them)."""
    # FOR NO KEY UPDATE: the run rows already hold a FOR KEY SHARE lock on the rule (their foreign key),
    # which FOR UPDATE would wait on in both of two processes at once (a deadlock)
    session.refresh(rule, with_for_update={"key_share": True})


def next_member(rule: AutomationRule, key: str, users: list[uuid.UUID]) -> uuid.UUID:
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
