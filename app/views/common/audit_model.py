"""A table of audit entries, newest first, fetched a page at a time as the view scrolls (keyset paging)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.records.audit_log import AuditRow
from app.views.common.formatting import short_datetime

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[AuditRow | None, int], list[AuditRow]]  # (last row so far, how many) -> the next rows

ACTIONS = {
    "create": "Created",
    "update": "Changed",
    "delete": "Deleted",
    "restore": "Restored",
    "merge": "Merged",
}
COLUMNS: tuple[tuple[str, Callable[[AuditRow], str], int], ...] = (
    ("When", lambda r: short_datetime(r.at), 130),
    ("Who", lambda r: r.user or "—", 130),
    ("Type", lambda r: r.entity.replace("_", " ").capitalize(), 80),
    ("Record", lambda r: r.record or "—", 170),
    (
        "Change",
        lambda r: f"{ACTIONS.get(r.action, r.action.capitalize())} {r.field.replace('_', ' ')}".strip(),
        130,
    ),
    ("Old value", lambda r: r.old or "", 150),
    ("New value", lambda r: r.new or "", 150),
)
PAGE_ROWS = 200


class AuditModel(QAbstractTableModel):
    """Rows from `fetch`, PAGE_ROWS at a time; `reload(fetch)` starts again (a new filter)."""

    def __init__(self, fetch: Fetch | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self._fetch: Fetch | None = fetch
        self._more = fetch is not None

    def reload(self, fetch: Fetch | None = None) -> None:
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self.rows = []
        self._more = False  # a view reacting to the reset must not fetch inside it
        self.endResetModel()
        self._more = self._fetch is not None
        self.fetchMore(QModelIndex())

    def item(self, row: int) -> AuditRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt -----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = COLUMNS[index.column()][1](row)
            return text.replace("\n", " ⏎ ") if role == Qt.ItemDataRole.DisplayRole else text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section][0]
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more or self._fetch is None:
            return
        got = self._fetch(self.rows[-1] if self.rows else None, PAGE_ROWS)
        self._more = len(got) >= PAGE_ROWS
        if got:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(got) - 1)
            self.rows.extend(got)
            self.endInsertRows()
