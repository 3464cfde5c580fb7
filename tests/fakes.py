"""Stand-ins for tests that need a unit of work but no database."""

from __future__ import annotations

import uuid
from typing import Any

from app.services.core.changes import ChangeBus, ChangeKind, ChangeSet
from app.services.core.uow import UnitOfWorkFactory


class FakeSession:
    """Commits nothing and remembers how it ended."""

    def __init__(self) -> None:
        self.ended = ""

    def commit(self) -> None:
        self.ended = "commit"

    def rollback(self) -> None:
        self.ended = self.ended or "rollback"

    def close(self) -> None:
        pass


def fake_uow(user_id: uuid.UUID | None = None, bus: ChangeBus | None = None) -> UnitOfWorkFactory:
    """The real UnitOfWorkFactory over sessions that touch no database."""
    factory: Any = FakeSession  # the factory only calls it, like a sessionmaker
    uow = UnitOfWorkFactory(factory, bus or ChangeBus())
    uow.user_id = user_id
    return uow


def touch(uow: UnitOfWorkFactory, entity: str = "deal") -> ChangeSet:
    """One unit of work that updates one record; its change record."""
    with uow() as work:
        work.changed(entity, ChangeKind.UPDATED, [uuid.uuid4()])
    return work.changes
