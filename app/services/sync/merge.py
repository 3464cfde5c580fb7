"""The three-way merge of one row: the state of the last sync (base), the replica's (mine) and the
server's (theirs), all canonical (values.py). Pure: no database.

Per field: the side that changed it wins; both changed it to different values is a conflict, which the
server's value settles until the user decides (so every copy holds the same data meanwhile and the
losing value waits in the conflict list). A deletion against an edit is a conflict on `deleted_at`.
A row gone from the server that was edited here is held back whole (`held`) until the user decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.services.sync.values import META, Row

_ABSENT = object()
RECORD = "*"  # the conflict's field when the whole row is at stake


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass
class RowMerge:
    """What to do with one row. `merged` is the data both sides end with (None: the row is gone)."""

    merged: Row | None
    to_server: bool = False  # insert or update the server's row with `merged`
    to_local: bool = False  # insert or update the replica's row with `merged`
    delete_server: bool = False
    delete_local: bool = False
    held: bool = False  # nothing written, base kept: waits for the user (a RECORD conflict)
    conflicts: list[FieldConflict] = field(default_factory=list)


def data(row: Row | None) -> Row | None:
    """A row without the bookkeeping columns."""
    return None if row is None else {k: v for k, v in row.items() if k not in META}


def merge_row(base: Row | None, mine: Row | None, theirs: Row | None) -> RowMerge:
    if mine is None and theirs is None:
        return RowMerge(None)
    if base is not None and mine is None:
        assert theirs is not None
        if data(theirs) == data(base):
            return RowMerge(None, delete_server=True)
        # Purged here, changed at the office: the office's work comes back; the user may purge again.
        return RowMerge(
            theirs, to_local=True, conflicts=[FieldConflict(RECORD, "changed", "purged", "changed")]
        )
    if base is not None and theirs is None:
        assert mine is not None
        if data(mine) == data(base):
            return RowMerge(None, delete_local=True)
        return RowMerge(mine, held=True, conflicts=[FieldConflict(RECORD, "unchanged", "edited", "gone")])
    if theirs is None:
        assert mine is not None
        return RowMerge(dict(mine), to_server=True)
    if mine is None:
        return RowMerge(dict(theirs), to_local=True)
    return _merge_fields(base or {}, mine, theirs)


def _merge_fields(base: Row, mine: Row, theirs: Row) -> RowMerge:
    merged = dict(theirs)
    conflicts: list[FieldConflict] = []
    mine_changed: set[str] = set()
    theirs_changed: set[str] = set()
    for name in mine.keys() | theirs.keys():
        if name in META:
            continue
        was = base.get(name, _ABSENT)
        m, t = mine.get(name), theirs.get(name)
        if m != was:
            mine_changed.add(name)
        if t != was:
            theirs_changed.add(name)
        if m in (t, was):
            continue
        if t == was:
            merged[name] = m
        else:
            conflicts.append(FieldConflict(name, None if was is _ABSENT else was, m, t))
    conflicts += _delete_against_edit(base, mine, theirs, mine_changed, theirs_changed, merged)
    return RowMerge(
        merged,
        to_server=data(merged) != data(theirs),
        to_local=merged != mine,
        conflicts=conflicts,
    )


def _delete_against_edit(
    base: Row, mine: Row, theirs: Row, mine_changed: set[str], theirs_changed: set[str], merged: Row
) -> list[FieldConflict]:
    """One side trashed the row, the other edited it: the server's trash state stands, listed."""
    if not base or "deleted_at" not in base:
        return []
    trashed_here = base["deleted_at"] is None and mine.get("deleted_at") is not None
    trashed_there = base["deleted_at"] is None and theirs.get("deleted_at") is not None
    if trashed_here == trashed_there:
        return []
    other = (theirs_changed if trashed_here else mine_changed) - {"deleted_at"}
    if not other:
        return []
    merged["deleted_at"] = theirs.get("deleted_at")
    return [FieldConflict("deleted_at", None, mine.get("deleted_at"), theirs.get("deleted_at"))]
