"""What the GUI asks of a replica, through the context (`ctx.replica`): its status, its conflict list,
a decision on a conflict, and a sync with a server context signed in as the user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.services.core.uow import UnitOfWorkFactory
from app.services.sync import conflicts
from app.services.sync.conflicts import Choice, ConflictEntry
from app.services.sync.engine import SyncReport, run_sync
from app.services.sync.status import SyncStatus, sync_status

if TYPE_CHECKING:
    from collections.abc import Callable


class ReplicaService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    @property
    def engine(self) -> Engine:
        bind = self.uow.sessions.kw["bind"]
        assert isinstance(bind, Engine)
        return bind

    def status(self) -> SyncStatus:
        if self.engine.dialect.name != "sqlite":
            return SyncStatus(False)
        return sync_status(self.engine)

    def conflicts(self) -> list[ConflictEntry]:
        return conflicts.open_conflicts(self.engine)

    def resolve(self, conflict_id: int, choice: Choice, value: str | None = None) -> None:
        conflicts.resolve(self.engine, conflict_id, choice, value)

    def sync(
        self, server: sessionmaker[Session], after_server_commit: Callable[[], None] | None = None
    ) -> SyncReport:
        return run_sync(server, self.engine, after_server_commit=after_server_commit)
