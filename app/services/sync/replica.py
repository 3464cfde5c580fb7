"""A replica's own bookkeeping, kept in its SQLite file beside the data (never on the server):
`sync_state` (server, device, pull cursor, last sync), `sync_base` (each synced row as of the last sync,
canonical JSON), `sync_dirty` (rows written here since, kept by triggers, so the pending count and the
push read no more than they must) and `sync_conflicts` (the list the user settles)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from app.migrations.sync_ddl import SYNCED_TABLES

_TABLES = (
    "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sync_base (tbl TEXT NOT NULL, row_id TEXT NOT NULL, data TEXT NOT NULL,"
    " PRIMARY KEY (tbl, row_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS sync_dirty (tbl TEXT NOT NULL, row_id TEXT NOT NULL,"
    " PRIMARY KEY (tbl, row_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS sync_conflicts (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL,"
    " row_id TEXT NOT NULL, field TEXT NOT NULL, base TEXT, mine TEXT, theirs TEXT, theirs_by TEXT,"
    " theirs_at TEXT, found_at TEXT NOT NULL, resolved_at TEXT, resolution TEXT)",
    "CREATE INDEX IF NOT EXISTS ix_sync_conflicts_open ON sync_conflicts (tbl, row_id) WHERE resolved_at IS NULL",
)


def create_bookkeeping(conn: Connection) -> None:
    """The tables only; the dirty triggers go in once the first copy is made (`install_dirty_triggers`)."""
    for ddl in _TABLES:
        conn.exec_driver_sql(ddl)


def install_dirty_triggers(conn: Connection) -> None:
    """Mark every row written here (a table rebuilt by a migration loses its triggers: run at each sync)."""
    for table in SYNCED_TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS sync_dirty_{table}_{event[0].lower()} AFTER {event} ON {table} "
                f"BEGIN INSERT OR IGNORE INTO sync_dirty (tbl, row_id) VALUES ('{table}', {row}.id); END"
            )


def is_replica(conn: Connection) -> bool:
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'")
    return found.first() is not None


def read_state(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.exec_driver_sql("SELECT key, value FROM sync_state")}


def write_state(conn: Connection, **values: Any) -> None:
    for key, value in values.items():
        conn.exec_driver_sql(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )


def dirty(conn: Connection) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for tbl, row_id in conn.exec_driver_sql("SELECT tbl, row_id FROM sync_dirty"):
        found.setdefault(tbl, set()).add(row_id)
    return found


def pending_count(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT count(*) FROM sync_dirty").scalar() or 0)


def held_rows(conn: Connection) -> set[tuple[str, str]]:
    """Rows waiting for the user's decision on the whole row: skipped by every sync until then."""
    sql = "SELECT tbl, row_id FROM sync_conflicts WHERE field = '*' AND resolved_at IS NULL"
    return {(t, r) for t, r in conn.exec_driver_sql(sql)}


def bases(conn: Connection, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT row_id, data FROM sync_base WHERE tbl = ? AND row_id IN ({marks})"
        for row_id, text in conn.exec_driver_sql(sql, (table, *chunk)):
            found[row_id] = json.loads(text)
    return found


def put_bases(conn: Connection, table: str, rows: Iterable[tuple[str, str]]) -> None:
    """(row id, canonical JSON) pairs become the base of the next sync."""
    params = [(table, row_id, text) for row_id, text in rows]
    if params:
        conn.exec_driver_sql(
            "INSERT INTO sync_base (tbl, row_id, data) VALUES (?, ?, ?)"
            " ON CONFLICT (tbl, row_id) DO UPDATE SET data = excluded.data",
            params,
        )


def drop_bases(conn: Connection, table: str, ids: Iterable[str]) -> None:
    params = [(table, row_id) for row_id in ids]
    if params:
        conn.exec_driver_sql("DELETE FROM sync_base WHERE tbl = ? AND row_id = ?", params)


def clear_dirty(conn: Connection, table: str, ids: Iterable[str]) -> None:
    params = [(table, row_id) for row_id in ids]
    if params:
        conn.exec_driver_sql("DELETE FROM sync_dirty WHERE tbl = ? AND row_id = ?", params)
