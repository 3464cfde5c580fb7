"""A table model over a short in-memory list (trash, timeline, an account's contacts), sorted in Python."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import Qt

from app.services.core.listing import ListQuery
from app.views.common.column_model import ColumnTableModel
from app.views.common.columns import Column


def _default_key(row: Any) -> Hashable:
    return row.id


class MemoryTableModel(ColumnTableModel):
    """Rows held in a list; `loader` re-reads them on refresh, the query's search text filters them."""

    def __init__(
        self,
        columns: Sequence[Column],
        loader: Callable[[], Sequence[Any]] | None = None,
        key: Callable[[Any], Hashable] = _default_key,
        parent: Any = None,
        eager: bool = True,
    ) -> None:
        super().__init__(columns, parent)
        self.loader = loader
        self.key = key
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._query = ListQuery()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        if loader is not None and eager:
            self.refresh()

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return len(self._rows)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._arranged(self._all)
        self.endResetModel()
        self.totalChanged.emit(len(self._rows))

    def refresh(self) -> None:
        if self.loader is not None:
            self.set_rows(self.loader())

    def set_query(self, query: ListQuery) -> None:
        if query != self._query:
            self._query = query
            self.set_rows(self._all)

    def item(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, key: Hashable) -> int:
        return next((i for i, r in enumerate(self._rows) if self.key(r) == key), -1)

    def sort_column(self) -> int:
        return self._sort[0] if self._sort else -1

    def sort_order(self) -> Qt.SortOrder:
        return self._sort[1] if self._sort else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [self.key(self._rows[i.row()]) for i in before]
        self._rows = self._arranged(self._rows)
        where = {self.key(r): n for n, r in enumerate(self._rows)}
        after = [self.index(where[k], i.column()) for k, i in zip(keys, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _arranged(self, rows: list[Any]) -> list[Any]:
        words = self._query.search.lower().split()
        if words:
            rows = [r for r in rows if all(w in self._haystack(r) for w in words)]
        if self._sort:
            column = self.columns[self._sort[0]]
            value = column.sort_value or (lambda r: column.value(r).lower())
            rows = sorted(rows, key=value, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        return list(rows)

    def _haystack(self, row: Any) -> str:
        return " ".join(c.value(row) for c in self.columns).lower()
