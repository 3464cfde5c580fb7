"""What the status bar and `rapport sync status` show: is this a replica, when it last synced, how many
changes wait to go out, how many conflicts wait for the user."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from app.services.sync import replica


@dataclass(frozen=True)
class SyncStatus:
    is_replica: bool
    server: str = ""
    device: str = ""
    last_synced: datetime | None = None
    pending: int = 0
    conflicts: int = 0


def sync_status(local: Engine) -> SyncStatus:
    with local.connect() as conn:
        if not replica.is_replica(conn):
            return SyncStatus(False)
        state = replica.read_state(conn)
        conflicts = conn.exec_driver_sql("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")
        last = state.get("last_synced")
        return SyncStatus(
            True,
            state.get("server", ""),
            state.get("device", ""),
            datetime.fromisoformat(last) if last else None,
            replica.pending_count(conn),
            int(conflicts.scalar() or 0),
        )
