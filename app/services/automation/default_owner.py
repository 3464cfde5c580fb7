"""The office's standing rule for new leads and accounts (Settings, administrators): no rule, by territory
(round-robin among the territory's users) or round-robin within a team, with no automation rule to write.
It reuses the "assign the owner" action's pools and turns (assign.py); the turns are kept in the setting
row, locked while picking, so two people creating at once get consecutive owners."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Setting
from app.services.automation import assign
from app.services.core import guard, settings_store
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import AccessDeniedError, FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory

KEY = "assignment.new_records"
BY = ("", "territory", "team")  # "": a new record keeps the owner given, or its creator
ENTITIES = ("lead", "account")


@dataclass(frozen=True)
class NewRecordAssignment:
    """Who owns a new lead or account created without an owner."""

    by: str = ""
    team_id: uuid.UUID | None = None  # for by="team"
    entities: tuple[str, ...] = ENTITIES

    def action(self) -> dict[str, Any]:
        """As an "assign the owner" action of an automation rule."""
        return {"user": "territory"} if self.by == "territory" else {"team_id": str(self.team_id)}


def from_json(value: dict[str, Any] | None) -> NewRecordAssignment:
    value = value or {}
    team = value.get("team_id")
    return NewRecordAssignment(
        str(value.get("by") or ""),
        uuid.UUID(team) if team else None,
        tuple(e for e in value.get("entities") or ENTITIES if e in ENTITIES),
    )


class AssignmentService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def get(self) -> NewRecordAssignment:
        with self.uow.read() as session:
            return from_json(settings_store.load(session, KEY))

    def save(self, data: NewRecordAssignment) -> Outcome[NewRecordAssignment]:
        """Store the rule (administrators: the company settings right); a team without an active member,
        or a kind of record that cannot be assigned, is refused with the reason."""
        errors = []
        if data.by not in BY:
            errors.append(
                FieldError("by", f"assign by one of 'territory', 'team' or nothing, not {data.by!r}")
            )
        if data.by == "team" and data.team_id is None:
            errors.append(FieldError("team_id", "choose the team whose members take turns"))
        unknown = [e for e in data.entities if e not in ENTITIES]
        if unknown:
            errors.append(
                FieldError("entities", f"only leads and accounts are assigned, not {', '.join(unknown)}")
            )
        if errors:
            raise ValidationError(errors)
        with self.uow() as work:
            guard.require(work.session, "edit", "company setting")
            if data.by == "team":
                problem = assign.team_problem(work.session, data.action())
                if problem:
                    raise ValidationError(FieldError("team_id", problem))
            value = {"by": data.by, "team_id": str(data.team_id) if data.team_id else None,
                     "entities": list(data.entities)}  # fmt: skip
            settings_store.store(work, KEY, value)
            work.changed(settings_store.ENTITY, ChangeKind.UPDATED, [])
        return Outcome(data, work.changes)


def pick_owner(session: Session, entity: str, values: dict[str, Any]) -> uuid.UUID | None:
    """The owner of a new `entity` with these column values by the standing rule, or None (no rule, or
    no territory covers it / the team has no active member: the creator keeps it)."""
    if entity not in ENTITIES:
        return None
    row = session.scalar(select(Setting).where(Setting.key == KEY, Setting.deleted_at.is_(None)))
    if row is None:
        return None
    rule = from_json(row.value)
    if not rule.by or entity not in rule.entities:
        return None
    turns_before = dict(row.custom or {})
    try:
        picked = assign.Turns().pick(session, row, rule.action(), SimpleNamespace(**values))
        guard.require(session, "create", entity, SimpleNamespace(**{**values, "owner_id": picked}))
    except (assign.NoAssignee, AccessDeniedError):  # the creator keeps it; the turn stays where it was
        row.custom = turns_before
        return None
    return picked
