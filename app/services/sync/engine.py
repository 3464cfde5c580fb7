"""One sync: push the replica's changes and pull the server's, row by row through the three-way merge.

Order, for a result that an interruption at any moment cannot change: take the replica's write lock;
merge; write the server's side and commit it; then write the replica's side, its bases, conflicts and
pull cursor and commit that. Killed between the two commits, the next sync merges the same rows again:
the server already holds the merged values, so each field compares equal or as already taken, and nothing
is applied twice or lost (tests/services/sync/test_interrupted.py kills a real process there).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sqlalchemy import Connection, Engine, Table, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.migrations.sync_ddl import SYNCED_TABLES
from app.models import Base, utcnow
from app.services.core.write_lock import begin_write
from app.services.sync import replica
from app.services.sync.conflicts import record
from app.services.sync.merge import RECORD, FieldConflict, RowMerge, merge_row
from app.services.sync.plan import Conflict, RowPlan, TablePlan
from app.services.sync.scope import condition
from app.services.sync.values import META, canon, canon_row, dumps, typed_row


@dataclass(frozen=True)
class SyncReport:
    pushed: int  # rows written on the server
    pulled: int  # rows written on the replica
    conflicts: int  # new entries in the conflict list
    seconds: float


def synced_tables() -> list[Table]:
    """The synced tables, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name in SYNCED_TABLES]


def run_sync(
    server: sessionmaker[Session],
    local: Engine,
    *,
    after_server_commit: Callable[[], None] | None = None,
) -> SyncReport:
    """Push and pull once. `server` makes sessions carrying the user's guard (their scope)."""
    started = time.perf_counter()
    with Session(local) as local_session:
        lconn = local_session.connection()
        raw = lconn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # a replica is a part: a parent may be out of scope
        try:
            begin_write(local_session)
            replica.install_dirty_triggers(lconn)
            state = replica.read_state(lconn)
            with server() as server_session:
                sconn = server_session.connection()
                cursor = int(state.get("cursor", "0"))
                next_cursor = int(sconn.execute(text(_XMIN)).scalar_one())
                wanted = _candidates(lconn, sconn, cursor)
                plans = [_plan(lconn, sconn, t, wanted.get(t.name, set())) for t in synced_tables()]
                pushed = _write_server(sconn, plans)
                _leave_scope(server_session, plans)
                server_session.commit()
            if after_server_commit is not None:
                after_server_commit()
            pulled, found = _write_local(lconn, plans)
            replica.write_state(lconn, cursor=next_cursor, last_synced=utcnow().isoformat())
            local_session.commit()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return SyncReport(pushed, pulled, found, time.perf_counter() - started)


_XMIN = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"


def _candidates(lconn: Connection, sconn: Connection, cursor: int) -> dict[str, set[str]]:
    """Rows written here since the last sync, and rows written at the server by any transaction the
    last pull may not have seen (those at or after its oldest running one: re-reading is harmless)."""
    wanted = replica.dirty(lconn)
    log = sconn.execute(text("SELECT DISTINCT tbl, row_id FROM sync_log WHERE txid >= :c"), {"c": cursor})
    for tbl, row_id in log:
        wanted.setdefault(tbl, set()).add(canon(row_id))
    for tbl, row_id in replica.held_rows(lconn):
        wanted.get(tbl, set()).discard(row_id)
    return wanted


def _plan(lconn: Connection, sconn: Connection, table: Table, ids: set[str]) -> TablePlan:
    plan = TablePlan(table)
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        keys = [typed_row(table, {"id": i})["id"] for i in chunk]
        mine = {
            r["id"]: r for r in (canon_row(dict(m)) for m in lconn.execute(_rows(table, keys)).mappings())
        }
        stmt = _rows(table, keys).with_for_update()
        theirs = {r["id"]: r for r in (canon_row(dict(m)) for m in sconn.execute(stmt).mappings())}
        base = replica.bases(lconn, table.name, chunk)
        for row_id in chunk:
            merge = merge_row(base.get(row_id), mine.get(row_id), theirs.get(row_id))
            plan.rows.append(RowPlan(row_id, merge, theirs.get(row_id), mine.get(row_id)))
    return plan


def _rows(table: Table, keys: list[object]):  # type: ignore[no-untyped-def]
    return select(table).where(table.c.id.in_(keys))


def _write_server(sconn: Connection, plans: list[TablePlan]) -> int:
    written = 0
    for plan in plans:
        for row in plan.rows:
            merge = row.merge
            if not merge.to_server or merge.merged is None:
                continue
            refused = _try(sconn, partial(_server_upsert, sconn, plan.table, row))
            if refused is None:
                written += 1
            else:
                row.refuse(refused)
    for plan in reversed(plans):
        for row in plan.rows:
            if row.merge.delete_server:
                delete = plan.table.delete().where(plan.table.c.id == _key(plan, row))
                refused = _try(sconn, partial(sconn.execute, delete))
                if refused is None:
                    written += 1
                else:
                    row.refuse(refused)
    return written


def _try(sconn: Connection, write: Callable[[], object]) -> str | None:
    """Run one server write in a savepoint; a refused write (a unique name taken, a parent purged at the
    office) holds the row back as a conflict instead of failing the whole sync. Returns why, if refused."""
    try:
        with sconn.begin_nested():
            write()
        return None
    except IntegrityError as exc:
        return str(exc.orig).splitlines()[0] if exc.orig else str(exc)


def _key(plan: TablePlan, row: RowPlan) -> object:
    return typed_row(plan.table, {"id": row.row_id})["id"]


def _server_upsert(sconn: Connection, table: Table, row: RowPlan) -> None:
    merged = row.merge.merged
    assert merged is not None
    if row.theirs is None:
        sconn.execute(insert(table).values(typed_row(table, merged)))
        return
    changed = {k: v for k, v in merged.items() if k not in META and k != "id" and row.theirs.get(k) != v}
    stmt = (
        update(table)
        .where(table.c.id == typed_row(table, {"id": row.row_id})["id"])
        .values(**typed_row(table, changed), version=table.c.version + 1, updated_at=utcnow())
        .returning(table.c.version, table.c.updated_at)
    )
    version, updated_at = sconn.execute(stmt).one()
    merged.update(version=version, updated_at=canon(updated_at))
    row.merge.to_local = merged != row.mine


def _leave_scope(session: Session, plans: list[TablePlan]) -> None:
    """Rows the user may no longer see (reassigned, say) leave the replica; the server keeps them."""
    for plan in plans:
        where = condition(session, plan.table)
        if where is None:
            continue
        present = [r for r in plan.rows if r.merge.merged is not None and not r.merge.held]
        for start in range(0, len(present), 500):
            chunk = present[start : start + 500]
            keys = [_key(plan, r) for r in chunk]
            stmt = select(plan.table.c.id).where(plan.table.c.id.in_(keys), where)
            seen = {canon(i) for i in session.execute(stmt).scalars()}
            for row in chunk:
                if row.row_id not in seen:
                    row.merge = RowMerge(None, delete_local=row.mine is not None)


def _write_local(lconn: Connection, plans: list[TablePlan]) -> tuple[int, int]:
    written = 0
    conflicts: list[Conflict] = []
    for plan in plans:
        table = plan.table
        new = [r for r in plan.rows if r.merge.to_local and r.mine is None and r.merge.merged is not None]
        if new:
            lconn.execute(insert(table), [typed_row(table, r.merge.merged or {}) for r in new])
        for row in plan.rows:
            merge = row.merge
            if merge.to_local and row.mine is not None and merge.merged is not None:
                values = typed_row(table, {k: v for k, v in merge.merged.items() if k != "id"})
                lconn.execute(update(table).where(table.c.id == _key(plan, row)).values(**values))
        written += len(new) + sum(1 for r in plan.rows if r.merge.to_local and r.mine is not None)
        for row in plan.rows:
            if row.merge.delete_local:
                lconn.execute(table.delete().where(table.c.id == _key(plan, row)))
                written += 1
        settled = [r for r in plan.rows if not r.merge.held]
        replica.put_bases(
            lconn,
            table.name,
            [(r.row_id, dumps(r.merge.merged)) for r in settled if r.merge.merged is not None],
        )
        replica.drop_bases(lconn, table.name, [r.row_id for r in settled if r.merge.merged is None])
        replica.clear_dirty(lconn, table.name, [r.row_id for r in settled])
        for row in plan.rows:
            conflicts += [Conflict(table.name, row.row_id, c, row.theirs) for c in row.merge.conflicts]
    record(lconn, conflicts)
    return written, len(conflicts)


__all__ = ["RECORD", "FieldConflict", "SyncReport", "run_sync", "synced_tables"]
