"""Start the live source that fits the database: a LISTEN thread on PostgreSQL, a poller on SQLite."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import Engine

from app.services.core.changes import ChangeBus
from app.services.core.live.recent import RecentIds


class LiveSource(Protocol):
    """A running feed of other processes' changes onto a bus."""

    def stop(self) -> None: ...


def start_live(engine: Engine, bus: ChangeBus, own_tag: str, local_audit: RecentIds) -> LiveSource | None:
    """Feed `bus` with the changes other processes commit to `engine`'s database (None: memory database)."""
    if engine.dialect.name == "postgresql":
        from app.services.core.live.pg_listener import PgListener

        return PgListener(engine.url, bus, own_tag).start()
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        from app.services.core.live.sqlite_poller import SqlitePoller

        return SqlitePoller(engine, bus, local_audit).start()
    return None
