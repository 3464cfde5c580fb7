"""A table model over a service's count + paged query: a million rows open as fast as a hundred.

Only the row count is known up front; rows arrive in pages of `page_size` when the view asks for them
(`data()`), and at most `max_pages` pages stay cached (least recently used go first). A page that follows
a cached full page seeks from that page's last sort key (keyset) instead of using OFFSET.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal

from app.services.core.errors import RapportError
from app.services.core.listing import ListQuery, Page
from app.views.common.column_model import ColumnTableModel
from app.views.common.columns import Column

log = logging.getLogger(__name__)


class PagedSource(Protocol):
    """What the contacts and accounts services offer to list pages."""

    def count(self, query: ListQuery, deleted: bool = False) -> int: ...

    def page(
        self,
        query: ListQuery,
        offset: int,
        limit: int,
        total: int,
        after: tuple[Any, ...] | None = None,
        deleted: bool = False,
    ) -> Page: ...


class PagedTableModel(ColumnTableModel):
    """Rows of `source` for a ListQuery, fetched lazily page by page."""

    failed = Signal(str)

    def __init__(
        self,
        source: PagedSource,
        columns: Sequence[Column],
        query: ListQuery | None = None,
        *,
        deleted: bool = False,
        page_size: int = 200,
        max_pages: int = 50,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self.source = source
        self.page_size = page_size
        self.max_pages = max_pages
        self.deleted = deleted
        self._query = query or ListQuery(sort=next((c.sort for c in self.columns if c.sort), ""))
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._total = self._count()

    # --- the query --------------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ListQuery) -> None:
        """Show the rows of another query (search text, filters or sort changed)."""
        if query == self._query:
            return
        same_rows = replace(query, sort="", descending=False) == replace(
            self._query, sort="", descending=False
        )
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        if not same_rows:  # a new sort order has the same rows: no need to count them again
            self._total = self._count()
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def refresh(self) -> None:
        """Re-read after a change: repaint in place if the row count is the same, else reset."""
        total = self._count()
        self._pages.clear()
        if total == self._total:
            if total:
                self.dataChanged.emit(self.index(0, 0), self.index(total - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._total = total
        self.endResetModel()
        self.totalChanged.emit(total)

    def sort_column(self) -> int:
        """The column whose header shows the current sort, or -1."""
        return next((i for i, c in enumerate(self.columns) if c.sort and c.sort == self._query.sort), -1)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's service sort key; columns without one are ignored."""
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=self.columns[column].sort, descending=descending))

    # --- rows -------------------------------------------------------------------------------------
    def item(self, row: int) -> Any | None:
        """The row DTO at `row` (fetching its page if needed), or None."""
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self.page_size)
        local = row - page.offset
        return page.rows[local] if local < len(page.rows) else None

    def row_id(self, row: int) -> uuid.UUID | None:
        item = self.item(row)
        return item.id if item is not None else None

    def find_row(self, row_id: uuid.UUID) -> int:
        """The row of a record if it is in a cached page, else -1 (the model never loads every id)."""
        for page in self._pages.values():
            for i, row in enumerate(page.rows):
                if row.id == row_id:
                    return page.offset + i
        return -1

    def cached_pages(self) -> int:
        return len(self._pages)

    def _page(self, number: int) -> Page:
        page = self._pages.get(number)
        if page is not None:
            if number != next(reversed(self._pages)):
                self._pages.move_to_end(number)
            return page
        offset = number * self.page_size
        previous = self._pages.get(number - 1)
        after = previous.keys[-1] if previous and len(previous.rows) == self.page_size else None
        try:
            page = self.source.page(
                self._query, offset, self.page_size, self._total, after=after, deleted=self.deleted
            )
        except RapportError as exc:
            log.warning("could not fetch rows %s..: %s", offset, exc)
            self.failed.emit(str(exc))
            page = Page(offset, (), ())
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    def _count(self) -> int:
        try:
            return self.source.count(self._query, deleted=self.deleted)
        except RapportError as exc:
            self.failed.emit(str(exc))
            return 0
