"""The conflict list of a replica: what a sync could not settle alone, and the user's decision on each
(keep mine, keep theirs, or a typed value), written to the replica so the next sync carries it out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, update
from sqlalchemy.orm import Session

from app.models import Base, utcnow
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.write_lock import begin_write
from app.services.sync import replica
from app.services.sync.merge import RECORD
from app.services.sync.plan import Conflict
from app.services.sync.values import column_value, dumps, typed_row

Choice = Literal["mine", "theirs", "value"]


@dataclass(frozen=True)
class ConflictEntry:
    id: int
    table: str
    row_id: str
    field: str  # "*": the whole row (deleted at the office, refused by it, purged here)
    base: Any
    mine: Any
    theirs: Any
    theirs_at: str | None
    found_at: str
    theirs_by: str = ""

    @property
    def whole_row(self) -> bool:
        return self.field == RECORD


def record(conn: Connection, found: list[Conflict]) -> None:
    """Add conflicts to the list; one still open for the same field is brought up to date instead."""
    now = utcnow().isoformat()
    for c in found:
        theirs_at = (c.theirs_row or {}).get("updated_at")
        values = (dumps(c.found.base), dumps(c.found.mine), dumps(c.found.theirs), theirs_at, c.theirs_by)
        key = (c.tbl, c.row_id, c.found.field)
        updated = conn.exec_driver_sql(
            "UPDATE sync_conflicts SET base = ?, mine = ?, theirs = ?, theirs_at = ?, theirs_by = ?"
            " WHERE tbl = ? AND row_id = ? AND field = ? AND resolved_at IS NULL",
            (*values, *key),
        )
        if updated.rowcount == 0:
            conn.exec_driver_sql(
                "INSERT INTO sync_conflicts (tbl, row_id, field, base, mine, theirs, theirs_at, theirs_by,"
                " found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, *values, now),
            )


def open_conflicts(engine: Engine) -> list[ConflictEntry]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, tbl, row_id, field, base, mine, theirs, theirs_at, found_at, theirs_by FROM sync_conflicts"
            " WHERE resolved_at IS NULL ORDER BY id"
        ).all()
    return [
        ConflictEntry(
            r[0], r[1], r[2], r[3], _loads(r[4]), _loads(r[5]), _loads(r[6]), r[7], r[8], r[9] or ""
        )
        for r in rows
    ]


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def resolve(engine: Engine, conflict_id: int, choice: Choice, value: str | None = None) -> None:
    """Settle one conflict on the replica; the next sync sends the outcome to the server."""
    with Session(engine) as session:
        begin_write(session)
        conn = session.connection()
        entry = next((c for c in _open(conn) if c.id == conflict_id), None)
        if entry is None:
            raise NotFoundError("open conflict", conflict_id)
        table = Base.metadata.tables[entry.table]
        if entry.whole_row:
            _resolve_row(conn, table, entry, choice)
        elif choice == "theirs":
            pass  # the replica already holds the server's value
        else:
            wanted = entry.mine if choice == "mine" else _parse(table, entry.field, value)
            _set_field(conn, table, entry.row_id, entry.field, wanted)
        conn.exec_driver_sql(
            "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
            (utcnow().isoformat(), choice, conflict_id),
        )
        session.commit()


def _open(conn: Connection) -> list[ConflictEntry]:
    rows = conn.exec_driver_sql(
        "SELECT id, tbl, row_id, field, base, mine, theirs, theirs_at, found_at, theirs_by FROM sync_conflicts"
        " WHERE resolved_at IS NULL"
    ).all()
    return [
        ConflictEntry(
            r[0], r[1], r[2], r[3], _loads(r[4]), _loads(r[5]), _loads(r[6]), r[7], r[8], r[9] or ""
        )
        for r in rows
    ]


def _parse(table: Table, field: str, value: str | None) -> Any:
    if value is None:
        raise ValidationError([FieldError(field, "type the value to keep (--value)")])
    if value == "" and table.c[field].nullable:
        return None
    try:
        return column_value(table.c[field], value)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError([FieldError(field, f"{value!r} is not a valid value: {exc}")]) from exc


def _set_field(conn: Connection, table: Table, row_id: str, field: str, value: Any) -> None:
    key = typed_row(table, {"id": row_id})["id"]
    typed = column_value(table.c[field], value)
    conn.execute(
        update(table)
        .where(table.c.id == key)
        .values({field: typed, "version": table.c.version + 1, "updated_at": utcnow()})
    )


def _resolve_row(conn: Connection, table: Table, entry: ConflictEntry, choice: Choice) -> None:
    if choice == "value":
        raise ValidationError([FieldError("value", "a whole-row conflict takes mine or theirs")])
    key = typed_row(table, {"id": entry.row_id})["id"]
    purged_here = entry.mine == "purged"
    gone_there = entry.theirs == "gone"
    if purged_here:
        if choice == "mine":
            conn.execute(table.delete().where(table.c.id == key))
        return
    if gone_there:
        if choice == "mine":
            replica.drop_bases(conn, table.name, [entry.row_id])  # offered again as a new row
        else:
            conn.execute(table.delete().where(table.c.id == key))
            replica.drop_bases(conn, table.name, [entry.row_id])
            replica.clear_dirty(conn, table.name, [entry.row_id])
        return
    # Refused by the server: "mine" tries again at the next sync, "theirs" goes back to the last agreed row.
    if choice == "theirs":
        base = replica.bases(conn, table.name, [entry.row_id]).get(entry.row_id)
        if base is None:
            conn.execute(table.delete().where(table.c.id == key))
            replica.clear_dirty(conn, table.name, [entry.row_id])
        else:
            values = typed_row(table, {k: v for k, v in base.items() if k != "id"})
            conn.execute(update(table).where(table.c.id == key).values(**values))
