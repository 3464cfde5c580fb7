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

from sqlalchemy import Connection, Engine, Table, bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.migrations.sync_ddl import SYNCED_TABLES
from app.models import Base, utcnow
from app.services.core.errors import DatabaseError
from app.services.core.write_lock import begin_write
from app.services.sync import cursor, replica
from app.services.sync.audit import audit_pushed, entity_of, user_id
from app.services.sync.conflicts import record
from app.services.sync.cursor import Cursor
from app.services.sync.merge import RECORD, FieldConflict, RowMerge, data, merge_row
from app.services.sync.numbers import reserve_blocks
from app.services.sync.plan import Conflict, RowPlan, TablePlan
from app.services.sync.scope import condition
from app.services.sync.values import Row, canon, canon_row, dumps, typed_row


@dataclass(frozen=True)
class SyncReport:
    pushed: int  # rows written on the server
    pulled: int  # rows whose data changed on the replica (not counting the version a push gave back)
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
            if not replica.is_replica(lconn):
                raise DatabaseError(
                    f"{local.url.database} is not a replica: make one with `rapport sync setup URL`"
                )
            replica.install_dirty_triggers(lconn)
            state = replica.read_state(lconn)
            with server() as server_session:
                sconn = server_session.connection()
                before = Cursor.load(state)
                now = cursor.current(sconn)
                wanted = _candidates(lconn, sconn, before, now)
                plans = [_plan(lconn, sconn, t, wanted.get(t.name, set())) for t in synced_tables()]
                pushed = _write_server(sconn, plans)
                audit_pushed(sconn, plans, user_id(sconn, state.get("user", "")))
                _leave_scope(server_session, plans)
                reserve_blocks(sconn, lconn, utcnow().year)
                authors = _authors(sconn, plans)
                server_session.commit()
            if after_server_commit is not None:
                after_server_commit()
            pulled, found = _write_local(lconn, plans, authors)
            replica.write_state(lconn, **now.dump(), last_synced=utcnow().isoformat())
            local_session.commit()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return SyncReport(pushed, pulled, found, time.perf_counter() - started)


def _candidates(lconn: Connection, sconn: Connection, before: Cursor, now: Cursor) -> dict[str, set[str]]:
    """Rows written here since the last sync, and rows written at the server that the last pull has not
    seen (cursor.py)."""
    wanted = replica.dirty(lconn)
    for tbl, row_id in cursor.changed_since(sconn, before, now):
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
    now = canon(utcnow())
    for plan in plans:
        rows = [r for r in plan.rows if r.merge.to_server and r.merge.merged is not None]
        for row in rows:
            if row.theirs is not None:  # its lock is held: the next version is known
                assert row.merge.merged is not None
                row.merge.merged.update(version=row.theirs["version"] + 1, updated_at=now)
                row.merge.to_local = row.merge.merged != row.mine
        written += _in_savepoints(sconn, rows, partial(_upsert, sconn, plan.table))
    for plan in reversed(plans):
        rows = [r for r in plan.rows if r.merge.delete_server]
        written += _in_savepoints(sconn, rows, partial(_delete, sconn, plan.table))
    return written


def _in_savepoints(sconn: Connection, rows: list[RowPlan], write: Callable[[list[RowPlan]], object]) -> int:
    """Write all rows in one savepoint; if the server refuses (a unique name taken, a parent purged at the
    office), write them one by one and hold back the refused ones as conflicts: the sync goes on."""
    if not rows:
        return 0
    try:
        with sconn.begin_nested():
            write(rows)
        return len(rows)
    except IntegrityError:
        pass
    done = 0
    for row in rows:
        try:
            with sconn.begin_nested():
                write([row])
            done += 1
        except IntegrityError as exc:
            row.refuse(str(exc.orig).splitlines()[0] if exc.orig else str(exc))
    return done


def _key(plan: TablePlan, row: RowPlan) -> object:
    return typed_row(plan.table, {"id": row.row_id})["id"]


def _upsert(conn: Connection, table: Table, rows: list[RowPlan]) -> None:
    new = [typed_row(table, r.merge.merged or {}) for r in rows if r.theirs is None]
    old = [(r.merge.merged or {}, r.theirs) for r in rows if r.theirs is not None]
    if new:
        conn.execute(insert(table), new)
    write_rows(conn, table, old)


def _delete(conn: Connection, table: Table, rows: list[RowPlan]) -> None:
    keys = [typed_row(table, {"id": r.row_id})["id"] for r in rows]
    conn.execute(table.delete().where(table.c.id.in_(keys)))


def write_rows(conn: Connection, table: Table, rows: list[tuple[Row, Row]]) -> None:
    """Bring existing rows from their current state to the merged one, (merged, current) pairs: only the
    columns that differ are set (a trigger `UPDATE OF` other columns stays quiet), one executemany per
    set of changed columns."""
    groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for merged, current in rows:
        changed = tuple(sorted(k for k, v in merged.items() if k != "id" and current.get(k) != v))
        if changed:
            typed = typed_row(table, {k: merged[k] for k in ("id", *changed)})
            groups.setdefault(changed, []).append({f"b_{k}": v for k, v in typed.items()})
    for names, params in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({name: bindparam(f"b_{name}") for name in names})
        )
        conn.execute(stmt, params)


def _data_changed(row: RowPlan) -> bool:
    return row.merge.to_local and row.merge.merged is not None and data(row.merge.merged) != data(row.mine)


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


def _authors(sconn: Connection, plans: list[TablePlan]) -> dict[tuple[str, str, str], str]:
    """Who made the office's side of each conflict: the last audit entry of that field (few rows: one
    indexed query each)."""
    sql = text(
        "SELECT u.name FROM audit_entries a JOIN users u ON u.id = a.user_id WHERE a.entity_type = :e"
        " AND a.entity_id = :i AND a.field = :f ORDER BY a.created_at DESC LIMIT 1"
    )
    found: dict[tuple[str, str, str], str] = {}
    for plan in plans:
        entity = entity_of(plan.table.name)
        for row in plan.rows:
            for c in row.merge.conflicts:
                if c.field != RECORD:
                    params = {"e": entity, "i": _key(plan, row), "f": c.field}
                    found[(plan.table.name, row.row_id, c.field)] = sconn.execute(sql, params).scalar() or ""
    return found


def _write_local(
    lconn: Connection, plans: list[TablePlan], authors: dict[tuple[str, str, str], str]
) -> tuple[int, int]:
    written = 0
    conflicts: list[Conflict] = []
    for plan in plans:
        table = plan.table
        new = [r for r in plan.rows if r.merge.to_local and r.mine is None and r.merge.merged is not None]
        if new:
            lconn.execute(insert(table), [typed_row(table, r.merge.merged or {}) for r in new])
        changed = [(r.merge.merged, r.mine) for r in plan.rows if r.merge.to_local and r.mine is not None]
        write_rows(lconn, table, [(m, c) for m, c in changed if m is not None and c is not None])
        written += len(new) + sum(1 for r in plan.rows if r.mine is not None and _data_changed(r))
        gone = [r for r in plan.rows if r.merge.delete_local]
        if gone:
            _delete(lconn, table, gone)
            written += len(gone)
        settled = [r for r in plan.rows if not r.merge.held]
        replica.put_bases(
            lconn,
            table.name,
            [(r.row_id, dumps(r.merge.merged)) for r in settled if r.merge.merged is not None],
        )
        replica.drop_bases(lconn, table.name, [r.row_id for r in settled if r.merge.merged is None])
        replica.clear_dirty(lconn, table.name, [r.row_id for r in settled])
        for row in plan.rows:
            conflicts += [
                Conflict(
                    table.name, row.row_id, c, row.theirs, authors.get((table.name, row.row_id, c.field), "")
                )
                for c in row.merge.conflicts
            ]
    record(lconn, conflicts)
    return written, len(conflicts)


__all__ = ["RECORD", "FieldConflict", "SyncReport", "run_sync", "synced_tables"]
