"""Where the next pull starts in the server's change log, without missing a transaction that commits late.

`sync_log.seq` grows as entries are written, but transactions commit in another order: an entry with a
small seq can become visible after larger ones were read. So a cursor is (the largest seq seen, the
transactions still running when it was read). An entry not seen yet either has a larger seq or belongs to
one of those transactions (its seq was taken before the read, while it was running), so the next pull
reads `seq > last OR txid IN running`: an index range and an index lookup, whatever runs elsewhere on
the cluster. Reading an entry twice is harmless (the merge compares states)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

_NOW = "SELECT pg_current_snapshot()::text, (SELECT coalesce(max(seq), 0) FROM sync_log)"  # one statement: both from the same snapshot


@dataclass(frozen=True)
class Cursor:
    last_seq: int = 0
    running: tuple[int, ...] = ()

    def dump(self) -> dict[str, str]:
        return {"cursor": str(self.last_seq), "cursor_running": ",".join(map(str, self.running))}

    @classmethod
    def load(cls, state: dict[str, str]) -> Cursor:
        running = state.get("cursor_running", "")
        return cls(int(state.get("cursor", "0")), tuple(int(x) for x in running.split(",") if x))


def current(conn: Connection) -> Cursor:
    """The cursor of a pull made now (call first in the transaction that reads or copies)."""
    snapshot, last_seq = conn.execute(text(_NOW)).one()
    running = snapshot.split(":")[2]
    return Cursor(int(last_seq), tuple(int(x) for x in running.split(",") if x))


def changed_since(conn: Connection, before: Cursor, now: Cursor) -> list[tuple[str, object]]:
    """(table, row id) of the entries a pull at `now` reads that one at `before` could not have."""
    sql = "SELECT DISTINCT tbl, row_id FROM sync_log WHERE (seq > :a AND seq <= :b)"
    params: dict[str, object] = {"a": before.last_seq, "b": now.last_seq}
    if before.running:
        sql += " OR txid = ANY(:running)"
        params["running"] = list(before.running)
    return [(t, r) for t, r in conn.execute(text(sql), params)]
