"""List queries for the table pages: filters, SQL sorting and paging that stays fast at a million rows.

A page is read in two steps. First its sort keys, from an index-only query: seeking from the previous
page's last key (keyset) when the caller has it, reading backwards from the end when the page is nearer
the end, and by OFFSET otherwise (a jump into the middle walks the index, not the rows). Then the rows
for those keys, by primary key. Joins (the owner's name) and wide columns are paid for 200 rows only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, and_, exists, false, func, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.migrations.owner_counter_ddl import OWNER_COUNTED_TABLES
from app.migrations.search_ddl import SEARCH_COLUMNS
from app.models import Entity, OwnerRowCount, RowCount, Tagging
from app.services.core import custom_fields, custom_values, guard, search
from app.services.core.custom_validation import normalise
from app.services.core.errors import FieldError, ValidationError

SortKey = tuple[Any, ...]
CUSTOM_PREFIX = "custom."  # a sort name "custom.<key>" sorts by that custom field
# Above this many search matches the page is found by walking the sort index and testing membership in
# the match set; below it, by reading the matches and sorting them (see docs/architecture.md).
MEMBERSHIP_SCAN_MIN_MATCHES = 5000


@dataclass(frozen=True)
class CustomFilter:
    """A condition on one custom field: `op` is one of custom_values.FILTER_OPS; `value` as typed."""

    key: str
    op: str = "equals"
    value: Any = None


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
    kind: str = ""  # a record type within one list (documents: quote, sales_order ...)
    custom_filter: CustomFilter | None = None
    segment_id: uuid.UUID | None = None  # only the members of this saved segment (the "segment_id" filter)

    @property
    def only_search(self) -> bool:
        return not (
            self.owner_id
            or self.tag_id
            or self.status
            or self.country
            or self.kind
            or self.custom_filter
            or self.segment_id
        )


ListFilter = Callable[[Session, str, Any], ColumnElement[bool]]
_FILTERS: dict[str, ListFilter] = {}
_LISTS: dict[str, Callable[[], EntityList]] = {}


def register_filter(field_name: str, hook: ListFilter) -> None:
    """Let another package serve a ListQuery field: `hook(session, entity, value)` gives the condition.

    The segments package serves `segment_id`; this module knows no segment (app/extensions.py wires it).
    """
    _FILTERS[field_name] = hook


def filter_hook(field_name: str) -> ListFilter:
    hook = _FILTERS.get(field_name)
    if hook is None:
        raise LookupError(f"no filter is registered for ListQuery.{field_name} (see app/extensions.py)")
    return hook


def register_list(entity: str, factory: Callable[[], EntityList]) -> None:
    """Name the paged list of an entity, built on first use, for packages that work on any list."""
    _LISTS[entity] = factory


def entity_list(entity: str) -> EntityList:
    factory = _LISTS.get(entity)
    if factory is None:
        raise LookupError(f"no list is registered for {entity!r} (see app/extensions.py)")
    return factory()


@dataclass(frozen=True)
class Page:
    """Rows from `offset`, with each row's sort key so the next page can seek from the last one."""

    offset: int
    rows: tuple[Any, ...]
    keys: tuple[SortKey, ...]


def fetch_keys(
    session: Session,
    stmt: Select[Any],
    sort_cols: Sequence[ColumnElement[Any]],
    descending: bool,
    offset: int,
    limit: int,
    total: int,
    after: SortKey | None = None,
) -> list[SortKey]:
    """Return the sort keys of rows offset..offset+limit of `stmt` (which selects the sort columns)."""
    limit = max(0, min(limit, total - offset))
    if limit == 0:
        return []
    if after is not None:
        key = tuple_(*sort_cols)
        stmt = stmt.where(key < tuple_(*after) if descending else key > tuple_(*after))
        return [tuple(r) for r in session.execute(_ordered(stmt, sort_cols, descending).limit(limit))]
    from_end = total - offset - limit
    if from_end < offset:
        rows = session.execute(_ordered(stmt, sort_cols, not descending).offset(from_end).limit(limit))
        return [tuple(r) for r in reversed(list(rows))]
    return [
        tuple(r) for r in session.execute(_ordered(stmt, sort_cols, descending).offset(offset).limit(limit))
    ]


def _ordered(stmt: Select[Any], cols: Sequence[ColumnElement[Any]], descending: bool) -> Select[Any]:
    return stmt.order_by(*(c.desc() if descending else c.asc() for c in cols))


def text_filter(columns: Sequence[Any], text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match over columns (for lists without a search index, e.g. the trash)."""
    terms = [t for t in text.split() if t]
    return and_(
        *(or_(*(c.ilike(f"%{custom_values.escape_like(t)}%", escape="\\") for c in columns)) for t in terms)
    )


@dataclass(frozen=True)
class EntityList:
    """The paged, filtered, searchable list of one entity (contacts, accounts ...)."""

    model: type[Entity]
    entity: str  # the name used in taggings and change records
    table: str  # the table with a search index
    sorts: Mapping[str, tuple[Any, ...]]  # sort name -> columns ending with the id
    sort_indexes: Mapping[str, str]  # sort name -> the partial index that serves it (SQLite hint)
    row_columns: tuple[Any, ...]  # what a row shows; the first is the id
    row_factory: Callable[..., Any]
    outer_joins: tuple[tuple[Any, Any], ...] = ()  # (target, on) for the row query only
    default_sort: str = "name"
    custom_values: bool = False  # rows take `custom=` (the JSON); sorts "custom.<key>" are offered

    def count(self, session: Session, query: ListQuery, deleted: bool = False) -> int:
        if guard.guard_of(session) is not None:  # the user sees some rows only: count them
            owners = guard.owned_scope(session, self.entity)
            if owners is not None and not deleted and query.only_search and not search.tokens(query.search):
                counted = self._owned_count(session, owners)
                if counted is not None:
                    return counted
            stmt = self.filtered(select(func.count()).select_from(self.model), session, query, deleted)
            return int(session.scalar(stmt) or 0)
        if not deleted and query.only_search and not search.tokens(query.search):
            live = session.get(RowCount, self.model.__tablename__)  # kept by triggers (migration 0002)
            if live is not None:
                return live.live
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite" and not deleted and query.only_search and search.tokens(query.search):
            return search.match_count(session, self.table, query.search)  # the index holds live rows only
        stmt = self.filtered(select(func.count()).select_from(self.model), session, query, deleted)
        return int(session.scalar(stmt) or 0)

    def _owned_count(self, session: Session, owners: Select[tuple[uuid.UUID]]) -> int | None:
        """The live rows of these owners from the trigger-kept counters (migration 0030), or None when
        the table has none."""
        table = self.model.__tablename__
        if table not in OWNER_COUNTED_TABLES:
            return None
        stmt = select(func.coalesce(func.sum(OwnerRowCount.live), 0)).where(
            OwnerRowCount.table_name == table, OwnerRowCount.owner_id.in_(owners)
        )
        return int(session.scalar(stmt) or 0)

    def page(
        self,
        session: Session,
        query: ListQuery,
        offset: int,
        limit: int,
        total: int,
        after: SortKey | None = None,
        deleted: bool = False,
    ) -> Page:
        sort_cols, sort_index = self._sort(session, query)
        keys_stmt = self.filtered(
            select(*sort_cols).select_from(self.model),
            session,
            query,
            deleted,
            total=total,
            sort_index=sort_index,
        )
        keys = fetch_keys(session, keys_stmt, sort_cols, query.descending, offset, limit, total, after)
        if not keys:
            return Page(offset, (), ())
        ids = [k[-1] for k in keys]
        extra = (self.model.custom,) if self.custom_values else ()
        stmt = select(*self.row_columns, *extra).select_from(self.model)
        for target, on in self.outer_joins:
            stmt = stmt.outerjoin(target, on)
        by_id = {r[0]: r for r in session.execute(stmt.where(self.model.id.in_(ids)))}
        if self.custom_values:
            rows = tuple(
                self.row_factory(*by_id[i][:-1], custom=by_id[i][-1] or {}) for i in ids if i in by_id
            )
        else:
            rows = tuple(self.row_factory(*by_id[i]) for i in ids if i in by_id)
        return Page(offset, rows, tuple(keys))

    def position(
        self, session: Session, query: ListQuery, record_id: uuid.UUID, deleted: bool = False
    ) -> int | None:
        """The row of a record in this query's order (rows whose sort key comes before it), or None."""
        sort_cols, _ = self._sort(session, query)
        m: Any = self.model
        mine = self.filtered(select(*sort_cols).select_from(m), session, query, deleted).where(
            m.id == record_id
        )
        key = session.execute(mine).first()
        if key is None:
            return None
        key_expr = tuple_(*sort_cols)
        before = key_expr > tuple_(*key) if query.descending else key_expr < tuple_(*key)
        stmt = self.filtered(select(func.count()).select_from(m), session, query, deleted).where(before)
        return int(session.scalar(stmt) or 0)

    def _sort(self, session: Session, query: ListQuery) -> tuple[tuple[Any, ...], str | None]:
        """The sort columns (ending with the id) and the index serving them, for the query's sort."""
        if self.custom_values and query.sort.startswith(CUSTOM_PREFIX):
            defn = custom_fields.find(session, self.entity, query.sort.removeprefix(CUSTOM_PREFIX))
            if defn is not None:
                table = self.model.__tablename__
                dialect = session.get_bind().dialect.name
                expr = custom_values.sort_expression(
                    self.model.__table__.c.custom, defn.key, defn.kind, dialect
                )
                return (expr, self.model.id), custom_values.index_name(table, defn.key)
        sort_name = query.sort if query.sort in self.sorts else self.default_sort
        return self.sorts[sort_name], self.sort_indexes.get(sort_name)

    def filtered(
        self,
        stmt: Select[Any],
        session: Session,
        query: ListQuery,
        deleted: bool,
        total: int = 0,
        sort_index: str | None = None,
    ) -> Select[Any]:
        m: Any = self.model
        stmt = stmt.where(m.deleted_at.is_not(None) if deleted else m.deleted_at.is_(None))
        seen = guard.visible(session, self.entity, m)  # the signed-in user's visibility (access package)
        if seen is not None:
            stmt = stmt.where(seen)
        if query.owner_id:
            stmt = stmt.where(m.owner_id == query.owner_id)
        if query.status:
            stmt = stmt.where(m.status == query.status)
        if query.country:
            stmt = stmt.where(m.country == query.country)
        if query.tag_id:
            stmt = stmt.where(
                exists().where(
                    Tagging.entity_type == self.entity,
                    Tagging.entity_id == m.id,
                    Tagging.tag_id == query.tag_id,
                    Tagging.deleted_at.is_(None),
                )
            )
        if query.custom_filter is not None:
            stmt = stmt.where(self._custom_condition(session, query.custom_filter))
        if query.segment_id:
            stmt = stmt.where(filter_hook("segment_id")(session, self.entity, query.segment_id))
        if not search.tokens(query.search):
            return stmt
        if deleted:  # the search index holds live rows; the trash is small enough to scan
            return stmt.where(
                text_filter([m.__table__.c[c] for c in SEARCH_COLUMNS[self.table]], query.search)
            )
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite" and total >= MEMBERSHIP_SCAN_MIN_MATCHES and sort_index:
            return search.apply_membership(stmt, self.table, query.search)
        return search.apply_search(stmt, self.table, dialect, query.search)

    def _custom_condition(self, session: Session, wanted: CustomFilter) -> ColumnElement[bool]:
        defn = custom_fields.find(session, self.entity, wanted.key)
        if defn is None:
            return false()  # the field was deleted since the filter was chosen
        value = wanted.value
        if wanted.op in ("equals", "greater", "less"):
            try:
                value = normalise(defn, value)
            except ValueError as exc:
                raise ValidationError(FieldError(defn.name, f"{defn.label}: {exc}")) from None
        dialect = session.get_bind().dialect.name
        return custom_values.filter_expression(
            self.model.__table__.c.custom, defn.key, defn.kind, dialect, wanted.op, value
        )


@dataclass(frozen=True)
class ScannedList(EntityList):
    """A list without a full-text index or trigger-kept count (products, documents: thousands of rows).

    Its search is `search_filter(text)` (LIKE, see `text_filter`) and `kind_column` serves `query.kind`.
    """

    search_filter: Callable[[str], ColumnElement[bool]] | None = None
    kind_column: Any = None

    def count(self, session: Session, query: ListQuery, deleted: bool = False) -> int:
        stmt = self.filtered(select(func.count()).select_from(self.model), session, query, deleted)
        return int(session.scalar(stmt) or 0)

    def filtered(
        self,
        stmt: Select[Any],
        session: Session,
        query: ListQuery,
        deleted: bool,
        total: int = 0,
        sort_index: str | None = None,
    ) -> Select[Any]:
        stmt = super().filtered(stmt, session, replace(query, search=""), deleted)
        if query.kind and self.kind_column is not None:
            stmt = stmt.where(self.kind_column == query.kind)
        if search.tokens(query.search) and self.search_filter is not None:
            stmt = stmt.where(self.search_filter(query.search))
        return stmt
