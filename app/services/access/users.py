"""Users, teams and territories for an administrator: add, list, change role, deactivate with reassignment.

Deactivating a user hands every record they own to another user in the same transaction and returns a
`Reassignment` naming each record, so one undo (`reactivate`) gives them all back.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Account, Activity, Contact, Deal, Lead, Role, Team, Territory, User
from app.services.access import passwords
from app.services.access.roles import role_label
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import AccessDeniedError, FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.core.validation import normalise_email
from app.services.core.write_lock import serialise_on

OWNED_MODELS: Mapping[str, Any] = {
    "account": Account,
    "contact": Contact,
    "lead": Lead,
    "deal": Deal,
    "activity": Activity,
}


@dataclass(frozen=True)
class UserInput:
    name: str
    email: str
    role: Role = Role.SALES_REP
    team_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
    password: str | None = None  # None: the user cannot sign in yet


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    name: str
    email: str
    role: Role
    team: str
    territory: str
    is_active: bool
    has_password: bool

    @property
    def role_label(self) -> str:
        return role_label(self.role)


@dataclass(frozen=True)
class Reassignment:
    """Who lost which records to whom, per record type: what `reactivate` gives back."""

    user_id: uuid.UUID
    to_user_id: uuid.UUID
    records: Mapping[str, tuple[uuid.UUID, ...]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.records.values())


class UsersService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def list_users(self, include_inactive: bool = True) -> list[UserRow]:
        with self.uow.read() as session:
            guard.require(session, "view", "user")
            stmt = (
                select(User, Team.name, Territory.name)
                .outerjoin(Team, Team.id == User.team_id)
                .outerjoin(Territory, Territory.id == User.territory_id)
                .where(User.deleted_at.is_(None))
                .order_by(User.name)
            )
            if not include_inactive:
                stmt = stmt.where(User.is_active.is_(True))
            return [_row(u, team or "", territory or "") for u, team, territory in session.execute(stmt)]

    def may_manage(self) -> bool:
        """Whether the signed-in user may add, change and deactivate users (Settings > Users and teams)."""
        with self.uow.read() as session:
            try:
                guard.require(session, "edit", "user")
            except AccessDeniedError:
                return False
            return True

    def find(self, email: str) -> UserRow:
        wanted = email.strip().lower()
        for row in self.list_users():
            if row.email == wanted:
                return row
        raise ValidationError(FieldError("email", f"there is no user {wanted}"))

    def add(self, data: UserInput) -> Outcome[UserRow]:
        email = _valid_email(data.email)
        if data.role not in set(Role):
            raise ValidationError(FieldError("role", f"'{data.role}' is not a role ({', '.join(Role)})"))
        if not data.name.strip():
            raise ValidationError(FieldError("name", "is required"))
        problem = passwords.password_problem(data.password) if data.password is not None else None
        if problem:
            raise ValidationError(FieldError("password", problem))
        digest = passwords.hash_password(data.password) if data.password is not None else None
        with self.uow() as work:
            guard.require(work.session, "create", "user")
            serialise_on(work.session, "user", email)
            if work.session.scalar(select(User.id).where(User.email == email)):
                raise ValidationError(FieldError("email", f"a user with the email {email} already exists"))
            user = User(
                name=data.name.strip(),
                email=email,
                role=Role(data.role),
                team_id=data.team_id,
                territory_id=data.territory_id,
                password_hash=digest,
            )
            writes.create(work, user, "user")
            work.session.flush()
            row = self._row(work.session, user.id)
        return Outcome(row, work.changes)

    def update(
        self,
        user_id: uuid.UUID,
        role: Role | None = None,
        team_id: uuid.UUID | None = None,
        territory_id: uuid.UUID | None = None,
        name: str | None = None,
    ) -> Outcome[UserRow]:
        """Change a user's role, team, territory or name (a None leaves that field as it is)."""
        with self.uow() as work:
            guard.require(work.session, "edit", "user")
            user = writes.get_live(work.session, User, user_id, "user")
            values: dict[str, Any] = {}
            if role is not None:
                values["role"] = role
            if team_id is not None:
                values["team_id"] = team_id
            if territory_id is not None:
                values["territory_id"] = territory_id
            if name is not None and name.strip():
                values["name"] = name.strip()
            writes.apply_fields(work, user, "user", values)
            work.session.flush()
            row = self._row(work.session, user.id)
        return Outcome(row, work.changes)

    def deactivate(self, user_id: uuid.UUID, reassign_to: uuid.UUID) -> Outcome[Reassignment]:
        """Stop a user signing in and give every live record they own to `reassign_to`, in one step."""
        if user_id == reassign_to:
            raise ValidationError(FieldError("reassign_to", "records cannot be reassigned to the same user"))
        with self.uow() as work:
            guard.require(work.session, "edit", "user")
            user = writes.get_live(work.session, User, user_id, "user")
            heir = writes.get_live(work.session, User, reassign_to, "user")
            if not heir.is_active:
                raise ValidationError(FieldError("reassign_to", f"{heir.email} is deactivated"))
            records = {
                entity: _set_owner(work, entity, model, model.owner_id == user_id, heir.id)
                for entity, model in OWNED_MODELS.items()
            }
            writes.apply_fields(work, user, "user", {"is_active": False})
            _revoke_tokens(work.session, user.id)
            done = Reassignment(user.id, heir.id, {k: v for k, v in records.items() if v})
        return Outcome(done, work.changes)

    def reactivate(self, undo: Reassignment) -> Outcome[int]:
        """Undo a deactivation: the user is active again and gets back the records that went to the heir
        (those the heir has handed on since stay where they are)."""
        with self.uow() as work:
            guard.require(work.session, "edit", "user")
            user = writes.get_live(work.session, User, undo.user_id, "user")
            writes.apply_fields(work, user, "user", {"is_active": True})
            count = 0
            for entity, ids in undo.records.items():
                model = OWNED_MODELS[entity]
                mine = model.id.in_(ids) & (model.owner_id == undo.to_user_id)
                count += len(_set_owner(work, entity, model, mine, user.id))
        return Outcome(count, work.changes)

    def add_team(self, name: str) -> Outcome[uuid.UUID]:
        return self._add_named(Team, "team", name)

    def add_territory(self, name: str, countries: list[str] | None = None) -> Outcome[uuid.UUID]:
        return self._add_named(Territory, "territory", name, countries=[c.upper() for c in countries or []])

    def teams(self) -> list[tuple[uuid.UUID, str]]:
        with self.uow.read() as session:
            stmt = select(Team.id, Team.name).where(Team.deleted_at.is_(None)).order_by(Team.name)
            return [(r[0], r[1]) for r in session.execute(stmt)]

    def territories(self) -> list[tuple[uuid.UUID, str]]:
        with self.uow.read() as session:
            stmt = select(Territory.id, Territory.name).where(Territory.deleted_at.is_(None))
            return [(r[0], r[1]) for r in session.execute(stmt.order_by(Territory.name))]

    def _add_named(self, model: Any, entity: str, name: str, **extra: Any) -> Outcome[uuid.UUID]:
        if not name.strip():
            raise ValidationError(FieldError("name", "is required"))
        with self.uow() as work:
            guard.require(work.session, "create", "user")
            serialise_on(work.session, entity, name.strip())
            if work.session.scalar(select(model.id).where(model.name == name.strip())):
                raise ValidationError(FieldError("name", f"a {entity} named '{name.strip()}' already exists"))
            obj = writes.create(work, model(name=name.strip(), **extra), entity)
            new_id: uuid.UUID = obj.id
        return Outcome(new_id, work.changes)

    @staticmethod
    def _row(session: Session, user_id: uuid.UUID) -> UserRow:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError("user", user_id)
        team = session.get(Team, user.team_id) if user.team_id else None
        territory = session.get(Territory, user.territory_id) if user.territory_id else None
        return _row(user, team.name if team else "", territory.name if territory else "")


def _row(user: User, team: str, territory: str) -> UserRow:
    return UserRow(
        user.id,
        user.name,
        user.email,
        user.role,
        team,
        territory,
        user.is_active,
        user.password_hash is not None,
    )


def _valid_email(email: str) -> str:
    value, error = normalise_email(email)
    if error is not None or not value:
        raise ValidationError(error or FieldError("email", "is required"))
    return value.lower()


def _set_owner(work: Work, entity: str, model: Any, which: Any, owner_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
    """Give the live records matching `which` to `owner_id`, each audited; their ids."""
    rows = work.session.scalars(select(model).where(which, model.deleted_at.is_(None))).all()
    for obj in rows:
        writes.apply_fields(work, obj, entity, {"owner_id": owner_id})
    ids = tuple(obj.id for obj in rows)
    if ids:
        work.changed(entity, ChangeKind.UPDATED, ids)
    return ids


def _revoke_tokens(session: Session, user_id: uuid.UUID) -> None:
    from app.models import SignInToken, utcnow

    for token in session.scalars(
        select(SignInToken).where(SignInToken.user_id == user_id, SignInToken.revoked_at.is_(None))
    ):
        token.revoked_at = utcnow()
