"""Users, their roles, teams and territories, and the "remember me" tokens of their sign-ins."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, JSONType, enum_column


class Role(enum.StrEnum):
    """What a user may do; the permissions of each are in app/services/access/roles.py."""

    ADMINISTRATOR = "administrator"
    SALES_MANAGER = "sales_manager"
    SALES_REP = "sales_rep"
    SERVICE_AGENT = "service_agent"
    READ_ONLY = "read_only"


class Team(Entity):
    """A group of users; a sales rep sees the records owned by the members of their team."""

    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(120), unique=True)


class Territory(Entity):
    """A sales area: countries, regions, postcode ranges and industries (each a JSON list)."""

    __tablename__ = "territories"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    countries: Mapped[list[str]] = mapped_column(JSONType, default=list)  # ISO 3166-1 alpha-2
    regions: Mapped[list[str]] = mapped_column(JSONType, default=list)
    postcode_ranges: Mapped[list[list[str]]] = mapped_column(JSONType, default=list)  # [[low, high], ...]
    industries: Mapped[list[str]] = mapped_column(JSONType, default=list)


class User(Entity):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    is_active: Mapped[bool] = mapped_column(default=True)
    external_id: Mapped[str] = mapped_column(String(100), default="")  # an imported owner's source id
    # Migration 0020: a database's existing users are its administrators, so nothing they did stops working.
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.ADMINISTRATOR)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)  # argon2id; None: no sign-in
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)

    __table_args__ = (Index("ix_users_external_id", "external_id"),)


class SignInToken(Entity):
    """A "remember me" token: only its SHA-256 is stored, so a copy of the database signs nobody in."""

    __tablename__ = "sign_in_tokens"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    device: Mapped[str] = mapped_column(String(200), default="")


__all__ = ["Role", "SignInToken", "Team", "Territory", "User"]
