"""The hook through which a signed-in user's permissions reach every read and write of core.

Core knows no role: the access package (app/services/access/) builds a `Guard` for the signed-in user
and the context puts it in the `info` of every session it makes (`GUARD_KEY`). The list engine adds the
guard's visibility condition to every list query, and the record service asks it before a read or a
write. A session without a guard (the single user of a local file, an administrator) is unrestricted, so
nothing changes for them and nothing is paid.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

GUARD_KEY = "rapport.guard"
ACTIONS = ("view", "create", "edit", "delete", "export", "import", "merge")


class Guard(Protocol):
    """What a user may see and do; `check` raises AccessDeniedError with a sentence naming why."""

    def visible(self, session: Session, entity: str, model: Any) -> ColumnElement[bool] | None:
        """The condition a row of `entity` must meet to be seen, or None when every row is visible."""

    def check(self, session: Session, action: str, entity: str, record: Any = None) -> None:
        """Allow `action` on `entity` (on this record, when given), else raise AccessDeniedError."""

    def owners(self, session: Session) -> list[uuid.UUID] | None:
        """The users whose records this user sees, or None for everyone (KPIs scoped by owner)."""

    def owned_scope(self, session: Session, entity: str) -> Select[tuple[uuid.UUID]] | None:
        """The owners (a SELECT of user ids) when exactly their rows of `entity` are what the user sees
        (the list then counts by per-owner counters), or None when the visibility is anything else."""


def guard_of(session: Session) -> Guard | None:
    return session.info.get(GUARD_KEY)


def visible(session: Session, entity: str, model: Any) -> ColumnElement[bool] | None:
    """The visibility condition of `entity` for the session's user, or None when unrestricted."""
    guard = guard_of(session)
    return None if guard is None else guard.visible(session, entity, model)


def visible_owners(session: Session) -> list[uuid.UUID] | None:
    """The owners whose records the session's user sees, or None when they see everyone's."""
    guard = guard_of(session)
    return None if guard is None else guard.owners(session)


def owned_scope(session: Session, entity: str) -> Select[tuple[uuid.UUID]] | None:
    """`Guard.owned_scope` of the session's user, or None when unrestricted."""
    guard = guard_of(session)
    return None if guard is None else guard.owned_scope(session, entity)


def require(session: Session, action: str, entity: str, record: Any = None) -> None:
    """Raise AccessDeniedError unless the session's user may do `action` (on `record`)."""
    guard = guard_of(session)
    if guard is not None:
        guard.check(session, action, entity, record)


def require_ids(session: Session, action: str, entity: str, model: Any, ids: Iterable[uuid.UUID]) -> None:
    """`require` for each of these records (a bulk delete, restore, tagging or merge)."""
    guard = guard_of(session)
    if guard is None:
        return
    wanted = list(ids)
    if not wanted:
        return
    guard.check(session, action, entity)
    for start in range(0, len(wanted), 500):
        for record in session.scalars(select(model).where(model.id.in_(wanted[start : start + 500]))):
            guard.check(session, action, entity, record)
