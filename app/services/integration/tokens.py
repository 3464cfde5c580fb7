"""API tokens: created for a user with scopes, shown once, stored as a SHA-256 hash, revocable.

A token is 32 random bytes (as `rpt_` and 43 URL-safe characters): too much entropy to guess, so a plain
SHA-256 is the right hash (a slow password hash would only slow every API call). Scopes:
- read: every GET; write: reads, creates, updates, trash and restore; leads: only creating leads (a web
  site's key).
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.api_token import ApiToken
from app.models.base import utcnow
from app.models.user import User
from app.services.core import guard
from app.services.core.errors import (
    AccessDeniedError,
    FieldError,
    NotFoundError,
    RapportError,
    ValidationError,
)
from app.services.core.lookups import UserRef
from app.services.core.uow import UnitOfWorkFactory

SCOPES = ("read", "write", "leads")
PREFIX = "rpt_"
TOUCH_EVERY = timedelta(minutes=5)  # last_used_at is written at most this often per token
ENTITY = "api_token"


class NotAuthenticated(RapportError):
    """No token, an unknown, revoked or expired one, or one whose user is deactivated."""


@dataclass(frozen=True)
class TokenInfo:
    id: uuid.UUID
    user: str
    name: str
    prefix: str
    scopes: tuple[str, ...]
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class Caller:
    """Who an API call acts as."""

    token_id: uuid.UUID
    user: UserRef
    scopes: frozenset[str]

    def may(self, scope: str) -> bool:
        return scope in self.scopes or (scope == "read" and "write" in self.scopes)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _scopes(text: str | tuple[str, ...]) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(text.replace(",", " ").split() if isinstance(text, str) else text))
    unknown = [s for s in wanted if s not in SCOPES]
    if unknown or not wanted:
        raise ValidationError(
            FieldError(
                "scopes", f"say one or more of {', '.join(SCOPES)} (not {', '.join(unknown) or 'none'})"
            )
        )
    return wanted


class TokenService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def create(
        self, user_id: uuid.UUID, name: str, scopes: str | tuple[str, ...], expires_at: datetime | None = None
    ) -> tuple[str, TokenInfo]:
        """A new token: (the token itself, shown this once; what is stored about it)."""
        wanted = _scopes(scopes)
        if not name.strip():
            raise ValidationError(FieldError("name", "say what the token is for (e.g. 'web shop')"))
        token = PREFIX + secrets.token_urlsafe(32)
        with self.uow() as work:
            if user_id != work.user_id:
                guard.require(work.session, "create", "API token of another user")
            user = work.session.get(User, user_id)
            if user is None or user.deleted_at is not None:
                raise NotFoundError("user", user_id)
            row = ApiToken(
                user_id=user_id,
                name=name.strip()[:100],
                prefix=token[:12],
                token_hash=digest(token),
                scopes=" ".join(wanted),
                expires_at=expires_at,
            )
            work.session.add(row)
            work.session.flush()
            work.audit(ENTITY, row.id, "create", "scopes", None, row.scopes)
            info = _info(row, user.name)
        return token, info

    def list(self, user_id: uuid.UUID | None = None) -> list[TokenInfo]:
        with self.uow.read() as session:
            stmt = (
                select(ApiToken, User.name)
                .join(User, User.id == ApiToken.user_id)
                .order_by(ApiToken.created_at)
            )
            if user_id is not None:
                stmt = stmt.where(ApiToken.user_id == user_id)
            if not _may_manage_others(session):  # anyone else sees their own tokens only
                stmt = stmt.where(ApiToken.user_id == self.uow.user_id)
            return [_info(token, name) for token, name in session.execute(stmt)]

    def revoke(self, token_id: uuid.UUID) -> TokenInfo:
        with self.uow() as work:
            row = work.session.get(ApiToken, token_id)
            if row is None:
                raise NotFoundError(ENTITY, token_id)
            if row.user_id != work.user_id:
                guard.require(work.session, "delete", "API token of another user")
            if row.revoked_at is None:
                row.revoked_at = utcnow()
                work.audit(ENTITY, row.id, "update", "revoked_at", None, row.revoked_at.isoformat())
            user = work.session.get(User, row.user_id)
            return _info(row, user.name if user else "")

    def authenticate(self, token: str, now: datetime | None = None) -> Caller:
        """The caller a token stands for; NotAuthenticated says why not (without revealing which tokens exist)."""
        now = now or utcnow()
        if not token.startswith(PREFIX):
            raise NotAuthenticated("not a Rapport API token (they start with rpt_)")
        with self.uow.read() as session:
            found = session.execute(
                select(
                    ApiToken.id,
                    ApiToken.scopes,
                    ApiToken.revoked_at,
                    ApiToken.expires_at,
                    ApiToken.last_used_at,
                    User.id,
                    User.name,
                    User.email,
                    User.is_active,
                    User.deleted_at,
                )
                .join(User, User.id == ApiToken.user_id)
                .where(ApiToken.token_hash == digest(token))
            ).first()
        if found is None:
            raise NotAuthenticated("unknown token")
        token_id, scopes, revoked, expires, used, user_id, name, email, active, user_gone = found
        if revoked is not None:
            raise NotAuthenticated("this token was revoked")
        if expires is not None and expires <= now:
            raise NotAuthenticated("this token has expired")
        if not active or user_gone is not None:
            raise NotAuthenticated("this token's user is deactivated")
        if used is None or now - used > TOUCH_EVERY:
            self._touch(token_id, now)
        return Caller(token_id, UserRef(user_id, name, email), frozenset(scopes.split()))

    def _touch(self, token_id: uuid.UUID, now: datetime) -> None:
        with self.uow() as work:
            row = work.session.get(ApiToken, token_id)
            if row is not None:
                row.last_used_at = now


def _may_manage_others(session: Session) -> bool:
    try:
        guard.require(session, "create", "API token of another user")
    except AccessDeniedError:
        return False
    return True


def _info(row: ApiToken, user: str) -> TokenInfo:
    return TokenInfo(
        row.id,
        user,
        row.name,
        row.prefix,
        tuple(row.scopes.split()),
        row.created_at,
        row.last_used_at,
        row.expires_at,
        row.revoked_at,
    )
