"""Making a replica: copy the user's part of the server into a new, migrated SQLite file, in one
consistent snapshot of the server, and remember where the next pull starts."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, Table, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.models import uuid7
from app.services.core.bulk import insert_rows, paused_gc
from app.services.core.errors import RapportError
from app.services.core.write_lock import begin_write
from app.services.sync import cursor as pull_cursor
from app.services.sync import replica
from app.services.sync.engine import synced_tables
from app.services.sync.numbers import reserve_blocks
from app.services.sync.scope import condition
from app.services.sync.values import canon_row, dumps

# progress(table, rows copied of it, rows it has): False cancels
Progress = Callable[[str, int, int], bool]
BATCH = 20_000


@dataclass(frozen=True)
class _Model:
    """What core's bulk insert asks of a model: its table."""

    __table__: Table


def url_without_password(url: str) -> str:
    """How a replica remembers its server: the password stays in the keyring or a password file."""
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


class SetupCancelled(RapportError):
    """The user cancelled making the replica; the caller removes the partial file."""


@dataclass(frozen=True)
class SetupReport:
    device: str
    rows: dict[str, int]
    seconds: float


def make_replica(
    server: sessionmaker[Session],
    local: Engine,
    server_url: str,
    user_email: str,
    progress: Progress | None = None,
) -> SetupReport:
    """Fill `local` (a new database migrated to this version) with the user's part of the server."""
    started = time.perf_counter()
    counts: dict[str, int] = {}
    device = uuid7().hex
    with Session(local) as local_session, server() as server_session, paused_gc():
        sconn = server_session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        cursor = pull_cursor.current(sconn)
        lconn = local_session.connection()
        raw = lconn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            begin_write(local_session)
            replica.create_bookkeeping(lconn)
            for table in reversed(synced_tables()):
                lconn.execute(
                    table.delete()
                )  # a new file's defaults (the first pipeline) give way to the server's
            for table in synced_tables():
                where = condition(server_session, table)
                stmt = select(table) if where is None else select(table).where(where)
                total = sconn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
                done = 0
                if progress is not None and not progress(table.name, 0, total):
                    raise SetupCancelled("making the replica was cancelled")
                result = sconn.execution_options(yield_per=BATCH).execute(stmt.order_by(table.c.id))
                for part in result.mappings().partitions(BATCH):
                    rows = [dict(r) for r in part]
                    insert_rows(local_session, _Model(table), rows)  # search index and counts set-based
                    replica_rows = [(r["id"], dumps(r)) for r in (canon_row(row) for row in rows)]
                    replica.put_bases(lconn, table.name, replica_rows)
                    done += len(rows)
                    if progress is not None and not progress(table.name, done, total):
                        raise SetupCancelled("making the replica was cancelled")
                counts[table.name] = done
            replica.install_dirty_triggers(lconn)
            with server() as counters:  # its own transaction: the copy's snapshot is read-only
                reserve_blocks(counters.connection(), lconn, datetime.now(UTC).year)
                counters.commit()
            replica.write_state(
                lconn, server=server_url, device=device, user=user_email, made=time.time(), **cursor.dump()
            )
            local_session.commit()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return SetupReport(device, counts, time.perf_counter() - started)
