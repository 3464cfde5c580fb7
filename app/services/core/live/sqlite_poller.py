"""Notice another process's commits to this SQLite file and publish what they changed.

`PRAGMA data_version` changes on a connection when any other connection committed to the file; the
poller reads it every POLL_SECONDS on one connection it keeps out of the app's own pool for its whole life
(never a second handle opened and closed on the file: docs/reliability.md, the POSIX lock trap). When it
moved, the audit rows written since the last look, found by their time-ordered UUIDv7 primary key, say
which records changed; rows this context wrote itself are skipped. An import is audited once for its batch,
so it is published as "the entity changed". Because an audit row's id is taken when the row is written,
not when its transaction commits, each look reaches back LOOKBACK_MS and skips rows already seen. When the
file changed, this context committed nothing meanwhile and no new audit row says what (a write that is not
audited, or audited longer ago than the look-back), the main record types are published as changed.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine

from app.services.core.changes import (
    REMOTE_PROCESS,
    Change,
    ChangeBus,
    ChangeCollector,
    ChangeKind,
    ChangeSet,
)
from app.services.core.initiator import Initiator
from app.services.core.live.recent import RecentIds

log = logging.getLogger(__name__)

POLL_SECONDS = 0.25
LOOKBACK_MS = (
    60_000  # a transaction that wrote its audit rows longer ago than this before committing is missed
)
WHOLE_ENTITY_ROWS = 5000  # more rows than this for one entity and kind: "the entity changed"
UNSAID = ("account", "contact", "lead", "deal", "activity", "product", "document")  # refreshed when unsure

KINDS = {
    "create": ChangeKind.CREATED,
    "update": ChangeKind.UPDATED,
    "delete": ChangeKind.DELETED,
    "restore": ChangeKind.RESTORED,
    "purge": ChangeKind.PURGED,
}


def uuid7_floor(ms: int) -> str:
    """The smallest UUIDv7 (as SQLite stores it: 32 hex digits) made at Unix time `ms`."""
    return uuid.UUID(int=max(ms, 0) << 80).hex


class SqlitePoller:
    """Publishes on `bus` the changes other connections committed to the SQLite file of `engine`."""

    def __init__(
        self, engine: Engine, bus: ChangeBus, local_audit: RecentIds, poll_seconds: float = POLL_SECONDS
    ) -> None:
        self.engine = engine
        self.bus = bus
        self.local_audit = local_audit
        self.poll_seconds = poll_seconds
        self.ready = threading.Event()  # set once the first data_version was read
        self.published = 0
        self._seen = RecentIds(100_000)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rapport-live-sqlite", daemon=True)

    def start(self) -> SqlitePoller:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        raw = self.engine.raw_connection()  # a pooled connection, given back (not closed) at the end
        try:
            cursor = raw.cursor()
            version = self._version(cursor)
            since = int(time.time() * 1000)
            commits = self.local_audit.batches
            self.ready.set()
            while not self._stop.wait(self.poll_seconds):
                try:
                    now = self._version(cursor)
                    if now == version:
                        continue
                    version = now
                    started = int(time.time() * 1000)
                    ours, commits = self.local_audit.batches != commits, self.local_audit.batches
                    changes = self.changes_since(cursor, since - LOOKBACK_MS)
                    since = started
                    raw.rollback()  # end the read: a snapshot held open would stop WAL checkpoints
                    if not changes and not ours:
                        changes = unsaid()
                    if changes:
                        self.published += 1
                        self.bus.publish(changes)
                except Exception:  # a poll that failed (database busy, locked): try again next time
                    log.exception("live refresh: polling the database failed")
        finally:
            raw.close()

    @staticmethod
    def _version(cursor: Any) -> int:
        cursor.execute("PRAGMA data_version")
        return int(cursor.fetchone()[0])

    def changes_since(self, cursor: Any, ms: int) -> ChangeSet:
        """The change record of the audit rows after Unix time `ms` that nobody here has seen."""
        cursor.execute(
            "SELECT id, entity_type, entity_id, action, user_id FROM audit_entries WHERE id >= ? ORDER BY id",
            (uuid7_floor(ms),),
        )
        collector = ChangeCollector()
        counts: dict[tuple[str, ChangeKind], int] = {}
        imports: list[str] = []
        users: set[str | None] = set()
        new: list[uuid.UUID] = []
        for audit_hex, entity, entity_hex, action, user_hex in cursor.fetchall():
            audit_id = uuid.UUID(audit_hex)
            if audit_id in self._seen or audit_id in self.local_audit:
                continue
            new.append(audit_id)
            users.add(user_hex)
            if entity == "import":
                imports.append(entity_hex)
                continue
            kind = KINDS.get(action, ChangeKind.UPDATED)
            counts[entity, kind] = counts.get((entity, kind), 0) + 1
            collector.add(entity, kind, [uuid.UUID(entity_hex)])
        self._seen.add(new)
        for entity in self._imported(cursor, imports):
            collector.add(entity, ChangeKind.CREATED, [])
            counts[entity, ChangeKind.CREATED] = WHOLE_ENTITY_ROWS + 1
        frozen = collector.freeze(Initiator(_single_user(users), REMOTE_PROCESS))
        return ChangeSet(
            tuple(
                Change(c.entity, c.kind, frozenset())
                if counts.get((c.entity, c.kind), 0) > WHOLE_ENTITY_ROWS
                else c
                for c in frozen.changes
            ),
            frozen.initiator,
        )

    @staticmethod
    def _imported(cursor: Any, batch_ids: Iterable[str]) -> set[str]:
        """The record types the import batches created (or undid)."""
        found: set[str] = set()
        for batch_id in batch_ids:
            cursor.execute("SELECT entity_type FROM import_batches WHERE id = ?", (batch_id,))
            row = cursor.fetchone()
            if row is not None:
                found.add(str(row[0]))
                found.add("account")  # an import of contacts, leads or deals may create their accounts
        return found


def unsaid() -> ChangeSet:
    """Another program changed the file without saying what: the main record types, whole."""
    changes = tuple(Change(entity, ChangeKind.UPDATED, frozenset()) for entity in UNSAID)
    return ChangeSet(changes, Initiator(None, REMOTE_PROCESS))


def _single_user(users: set[str | None]) -> uuid.UUID | None:
    only = next(iter(users)) if len(users) == 1 else None
    return uuid.UUID(only) if only else None
