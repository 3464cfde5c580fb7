"""Small reference lists the pages filter by: users (owners), tags, countries in use."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select, text

from app.models import Tag, User
from app.services.core import writes
from app.services.core.changes import Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.core.write_lock import serialise_on


@dataclass(frozen=True)
class UserRef:
    id: uuid.UUID
    name: str
    email: str


@dataclass(frozen=True)
class TagRef:
    id: uuid.UUID
    name: str
    color: str


class LookupsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def users(self) -> list[UserRef]:
        with self.uow.read() as session:
            stmt = select(User.id, User.name, User.email).where(User.deleted_at.is_(None)).order_by(User.name)
            return [UserRef(*r) for r in session.execute(stmt)]

    def ensure_user(self, name: str, email: str) -> UserRef:
        """Return the user with this email, creating it on first start."""
        with (
            self.uow.read() as session
        ):  # every later start: no write lock needed (another program may hold it)
            known = session.scalar(select(User).where(User.email == email.lower()))
            if known is not None:
                return UserRef(known.id, known.name, known.email)
        with self.uow() as work:
            serialise_on(work.session, "user", email.lower())  # two first starts at once: one user
            user = work.session.scalar(select(User).where(User.email == email.lower()))
            if user is None:
                user = writes.create(work, User(name=name, email=email.lower()), "user")
            ref = UserRef(user.id, user.name, user.email)
        return ref

    def tags(self) -> list[TagRef]:
        with self.uow.read() as session:
            stmt = select(Tag.id, Tag.name, Tag.color).where(Tag.deleted_at.is_(None)).order_by(Tag.name)
            return [TagRef(*r) for r in session.execute(stmt)]

    def create_tag(self, name: str, color: str = "#607d8b") -> Outcome[TagRef]:
        if not name.strip():
            raise ValidationError(FieldError("name", "is required"))
        with self.uow() as work:
            serialise_on(work.session, "tag-name")
            if work.session.scalar(select(Tag.id).where(Tag.name == name.strip())):
                raise ValidationError(FieldError("name", f"a tag named '{name.strip()}' already exists"))
            tag = writes.create(work, Tag(name=name.strip(), color=color), "tag")
            ref = TagRef(tag.id, tag.name, tag.color)
        return Outcome(ref, work.changes)

    def countries(self, entity: str = "contact") -> list[str]:
        """Countries used by live contacts or accounts: a loose index scan, one seek per distinct value."""
        table = {"contact": "contacts", "account": "accounts"}[entity]
        sql = text(
            "WITH RECURSIVE c(code) AS ("
            f" SELECT (SELECT min(country) FROM {table} WHERE deleted_at IS NULL AND country > '')"
            " UNION ALL"
            f" SELECT (SELECT min(country) FROM {table} WHERE deleted_at IS NULL AND country > c.code)"
            " FROM c WHERE c.code IS NOT NULL"
            ") SELECT code FROM c WHERE code IS NOT NULL"
        )
        with self.uow.read() as session:
            return [str(code) for code in session.scalars(sql)]
