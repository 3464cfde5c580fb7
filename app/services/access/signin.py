"""Sign-in: email and password (argon2id), slowed after failures, and revocable "remember me" tokens.

After `FREE_FAILURES` wrong passwords in a row the account is locked for a time that doubles with each
further failure (2 s, 4 s, 8 s ... up to `MAX_LOCK`); a right password resets the count. A locked or
deactivated account is refused before its password is checked, and an unknown email is checked against
a dummy hash, so the time taken does not tell which emails exist.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.models import Role, SignInToken, User, utcnow
from app.services.access import passwords
from app.services.core import guard
from app.services.core.errors import AccessDeniedError, FieldError, RapportError, ValidationError
from app.services.core.uow import UnitOfWorkFactory

FREE_FAILURES = 3
MAX_LOCK = timedelta(minutes=15)
TOKEN_LIFETIME = timedelta(days=30)


class SignInError(RapportError):
    """The sign-in was refused: wrong email or password, locked, deactivated, or a dead token."""


class PasswordRequiredError(SignInError):
    """A team database: this user must give a password (a front end may prompt for it)."""


@dataclass(frozen=True)
class SessionUser:
    """Who is signed in; `token` is the new "remember me" token (only when one was asked for)."""

    id: uuid.UUID
    name: str
    email: str
    role: Role
    token: str | None = None


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def lock_time(failures: int) -> timedelta:
    """How long an account stays locked after its `failures`-th wrong password in a row."""
    if failures <= FREE_FAILURES:
        return timedelta(0)
    return min(timedelta(seconds=2 ** (failures - FREE_FAILURES)), MAX_LOCK)


def requires_sign_in(session: Session) -> bool:
    """A database where someone has a password is a team database: nobody works in it unsigned."""
    return bool(session.scalar(select(exists().where(User.password_hash.is_not(None)))))


@dataclass(frozen=True)
class Credentials:
    """How someone signs in: email and password, or a saved "remember me" token (then email is unused)."""

    email: str = ""
    password: str | None = None
    token: str | None = None
    remember: bool = False
    device: str = ""


class SignInService:
    """`sign_in(email, password)`, `sign_in_with_token(token)`, `revoke_tokens(user_id)`."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def sign_in(self, email: str, password: str, remember: bool = False, device: str = "") -> SessionUser:
        """The user with this email and password, or SignInError saying why not."""
        wanted = email.strip().lower()
        with self.uow.read() as session:
            user = session.scalar(select(User).where(User.email == wanted, User.deleted_at.is_(None)))
            if user is None or user.password_hash is None:
                passwords.verify(passwords.dummy_hash(), password)
                raise SignInError("the email or password is wrong")
            self._refuse_if_blocked(user)
            user_id, stored = user.id, user.password_hash
        matched = passwords.verify(stored, password)
        with self.uow() as work:
            user = work.session.get(User, user_id)
            assert user is not None
            if not matched:
                user.failed_logins += 1
                wait = lock_time(user.failed_logins)
                user.locked_until = utcnow() + wait if wait else None
            else:
                user.failed_logins = 0
                user.locked_until = None
                if passwords.hasher().check_needs_rehash(stored):
                    user.password_hash = passwords.hash_password(password)
                token = self._new_token(work.session, user.id, device) if remember else None
                signed = SessionUser(user.id, user.name, user.email, user.role, token)
        if not matched:
            raise SignInError("the email or password is wrong")
        return signed

    def authenticate(self, credentials: Credentials) -> SessionUser:
        """Sign in by token when one is given, else by password. On a database where nobody has a
        password (a local file), the email alone names whom to act as."""
        if credentials.token:
            return self.sign_in_with_token(credentials.token)
        if credentials.password is not None:
            return self.sign_in(
                credentials.email, credentials.password, credentials.remember, credentials.device
            )
        with self.uow.read() as session:
            if requires_sign_in(session):
                who = credentials.email or "you"
                raise PasswordRequiredError(f"this is a team database: {who} must sign in with a password")
            wanted = credentials.email.strip().lower()
            user = session.scalar(select(User).where(User.email == wanted, User.deleted_at.is_(None)))
            if user is None:
                raise SignInError(f"there is no user {wanted}")
            self._refuse_if_blocked(user)
            return SessionUser(user.id, user.name, user.email, user.role)

    def sign_in_with_token(self, token: str) -> SessionUser:
        """The user a live "remember me" token belongs to (it was not revoked and has not expired)."""
        with self.uow.read() as session:
            row = session.execute(
                select(SignInToken, User)
                .join(User, User.id == SignInToken.user_id)
                .where(SignInToken.token_hash == token_digest(token))
            ).first()
            if row is None or row[0].revoked_at is not None or row[0].expires_at <= utcnow():
                raise SignInError("the saved sign-in has expired or was revoked; sign in with your password")
            user = row[1]
            self._refuse_if_blocked(user)
            return SessionUser(user.id, user.name, user.email, user.role)

    def revoke_tokens(self, user_id: uuid.UUID) -> int:
        """Revoke every "remember me" token of a user (a lost laptop, a deactivation); how many."""
        with self.uow() as work:
            tokens = work.session.scalars(
                select(SignInToken).where(SignInToken.user_id == user_id, SignInToken.revoked_at.is_(None))
            ).all()
            for token in tokens:
                token.revoked_at = utcnow()
        return len(tokens)

    def set_password(self, user_id: uuid.UUID, password: str) -> None:
        """Set a user's password (an administrator or the user); their saved sign-ins stop working."""
        problem = passwords.password_problem(password)
        if problem:
            raise ValidationError(FieldError("password", problem))
        digest = passwords.hash_password(password)
        with self.uow() as work:
            guard.require(work.session, "edit", "user")  # an administrator's task
            user = work.session.get(User, user_id)
            if user is None:
                raise AccessDeniedError(f"user {user_id} does not exist")
            user.password_hash = digest
            user.failed_logins = 0
            user.locked_until = None
            work.audit("user", user.id, "update", "password", None, "(changed)")
        self.revoke_tokens(user_id)

    def requires_sign_in(self) -> bool:
        with self.uow.read() as session:
            return requires_sign_in(session)

    @staticmethod
    def _refuse_if_blocked(user: User) -> None:
        if not user.is_active:
            raise SignInError(f"{user.email} is deactivated; ask an administrator")
        if user.locked_until is not None and user.locked_until > utcnow():
            seconds = int((user.locked_until - utcnow()).total_seconds()) + 1
            raise SignInError(f"too many wrong passwords for {user.email}; try again in {seconds} s")

    @staticmethod
    def _new_token(session: Session, user_id: uuid.UUID, device: str) -> str:
        token = secrets.token_urlsafe(32)
        session.add(
            SignInToken(
                user_id=user_id,
                token_hash=token_digest(token),
                expires_at=utcnow() + TOKEN_LIFETIME,
                device=device[:200],
            )
        )
        return token
