"""`Permissions`: one signed-in user's guard (app/services/core/guard.py): the rows they see and the
actions they may take, with an error that says who, what and whose."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Uuid, false, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Account, Role, Team, User
from app.services.access.roles import (
    OWNED,
    RECORDS,
    RULES,
    SETTINGS,
    THROUGH_ACCOUNT,
    RoleRules,
    Scope,
    plural,
    role_label,
)
from app.services.core.errors import AccessDeniedError


@dataclass(frozen=True)
class Permissions:
    """What one user may see and do. The user's own role, team and territory are read at sign-in; who
    else is in that team or territory is read at each query, so a colleague's move shows at once."""

    user_id: uuid.UUID
    name: str
    role: Role
    team_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None

    @classmethod
    def of(cls, session: Session, user_id: uuid.UUID) -> Permissions:
        user = session.get(User, user_id)
        if user is None:
            raise AccessDeniedError(f"user {user_id} does not exist")
        return cls(user.id, user.name, user.role, user.team_id, user.territory_id)

    @property
    def rules(self) -> RoleRules:
        return RULES[self.role]

    @property
    def unrestricted(self) -> bool:
        return self.role is Role.ADMINISTRATOR

    def may(self, action: str, entity: str) -> bool:
        return entity not in (*RECORDS, "user", *SETTINGS) or self.rules.allows(action, entity)

    # --- the Guard protocol -------------------------------------------------------------------------
    def visible(self, session: Session, entity: str, model: Any) -> ColumnElement[bool] | None:
        if not self.may("view", entity):
            return false()
        if self.rules.scope is Scope.ALL:
            return None
        if entity in OWNED:
            return model.owner_id.in_(self.visible_owners(session))  # type: ignore[no-any-return]
        if entity in THROUGH_ACCOUNT:
            seen = select(Account.id).where(Account.owner_id.in_(self.visible_owners(session)))
            return model.account_id.in_(seen)  # type: ignore[no-any-return]
        return None

    def check(self, session: Session, action: str, entity: str, record: Any = None) -> None:
        if not self.may(action, entity):
            raise AccessDeniedError(f"You ({self.who}) cannot {action} {plural(entity)}")
        if record is None or self.rules.scope is Scope.ALL:
            return
        owner_id = self._owner_of(session, entity, record)
        if owner_id is _NOT_OWNED or owner_id in self.visible_owners(session):
            return
        raise AccessDeniedError(
            f"You ({self.who}) cannot {action} {plural(entity)} {self._whose(session, owner_id)}"
        )

    def owners(self, session: Session) -> list[uuid.UUID] | None:
        return None if self.rules.scope is Scope.ALL else self.visible_owners(session)

    def owned_scope(self, session: Session, entity: str) -> Select[tuple[uuid.UUID]] | None:
        if not self.may("view", entity) or self.rules.scope is Scope.ALL or entity not in OWNED:
            return None
        return self._owners_query()

    # --- helpers ------------------------------------------------------------------------------------
    @property
    def who(self) -> str:
        return f"{self.name}, {role_label(self.role)}"

    def visible_owners(self, session: Session) -> list[uuid.UUID]:
        """The users whose records this user sees (for a scope narrower than all). A team scope without
        a team falls back to the user's territory, then to their own records."""
        return list(set(session.scalars(self._owners_query())))

    def _owners_query(self) -> Select[tuple[uuid.UUID]]:
        """`visible_owners` as one SELECT (a list count sums their counters in the same statement)."""
        scope = self.rules.scope
        if scope is Scope.TEAM and self.team_id is not None:
            mates = select(User.id).where(User.team_id == self.team_id)
        elif scope in (Scope.TEAM, Scope.TERRITORY) and self.territory_id is not None:
            mates = select(User.id).where(User.territory_id == self.territory_id)
        else:
            return select(literal(self.user_id, Uuid()))
        return mates.union(select(literal(self.user_id, Uuid())))  # type: ignore[return-value]

    def _owner_of(self, session: Session, entity: str, record: Any) -> Any:
        if entity in OWNED:
            return record.owner_id
        if entity in THROUGH_ACCOUNT:
            return session.scalar(select(Account.owner_id).where(Account.id == record.account_id))
        return _NOT_OWNED

    @staticmethod
    def _whose(session: Session, owner_id: uuid.UUID | None) -> str:
        if owner_id is None:
            return "that have no owner"
        row = session.execute(
            select(User.name, Team.name).outerjoin(Team, Team.id == User.team_id).where(User.id == owner_id)
        ).first()
        if row is None:
            return "of another user"
        return f"owned by team {row[1]}" if row[1] else f"owned by {row[0]}"


_NOT_OWNED = object()
