"""List queries for the table pages: filters, SQL sorting and keyset pagination.

A page is fetched by seeking from the sort key of the row before it (keyset) when the caller has it,
from the end in reverse when it is nearer the end, and by OFFSET otherwise (a jump into the middle).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

SortKey = tuple[Any, ...]


@dataclass(frozen=True)
class ListQuery:
    """What a list page shows: search text, filters and sort. Empty fields mean 'no filter'."""

    search: str = ""
    sort: str = ""
    descending: bool = False
    owner_id: uuid.UUID | None = None
    tag_id: uuid.UUID | None = None
    status: str = ""
    country: str = ""


@dataclass(frozen=True)
class Page:
    """Rows from `offset`, with each row's sort key so the next page can seek from the last one."""

    offset: int
    rows: tuple[Any, ...]
    keys: tuple[SortKey, ...]


def count(session: Session, stmt: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)


def fetch_page(
    session: Session,
    stmt: Select[Any],
    sort_cols: Sequence[ColumnElement[Any]],
    descending: bool,
    offset: int,
    limit: int,
    total: int,
    after: SortKey | None = None,
) -> list[Any]:
    """Return result rows whose first len(sort_cols) columns are the sort key."""
    limit = max(0, min(limit, total - offset))
    if limit == 0:
        return []
    if after is not None:
        key = tuple_(*sort_cols)
        stmt = stmt.where(key < tuple_(*after) if descending else key > tuple_(*after))
        return list(session.execute(_ordered(stmt, sort_cols, descending).limit(limit)))
    from_end = total - offset - limit
    if from_end < offset:
        rows = session.execute(_ordered(stmt, sort_cols, not descending).offset(from_end).limit(limit))
        return list(reversed(list(rows)))
    return list(session.execute(_ordered(stmt, sort_cols, descending).offset(offset).limit(limit)))


def _ordered(stmt: Select[Any], cols: Sequence[ColumnElement[Any]], descending: bool) -> Select[Any]:
    return stmt.order_by(*(c.desc() if descending else c.asc() for c in cols))


def text_filter(columns: Sequence[ColumnElement[str]], text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match over columns (for small tables without a search index)."""
    terms = [t for t in text.split() if t]
    return and_(*(or_(*(c.ilike(f"%{_escape_like(t)}%", escape="\\") for c in columns)) for t in terms))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
