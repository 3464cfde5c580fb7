"""A report's result as a table model: its rows, then its totals rows in bold below a line of their own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.services.reports.cells import cell_text, is_figure
from app.services.reports.export import table_rows
from app.services.reports.run import ReportResult
from app.views.common.table import ROW_HEIGHT
from app.views.common.theme import themed

Index = QModelIndex | QPersistentModelIndex
TOTALS_BACKGROUND = themed("#eef3f8")


class ReportResultModel(QAbstractTableModel):
    """Read-only; `set_result(None)` empties it. Rows beyond the result's rows are its totals."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: ReportResult | None = None
        self._totals: list[list[str]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_result(self, result: ReportResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self._totals = table_rows(result, plain=False)[len(result.rows) :] if result is not None else []
        self.endResetModel()

    def is_total(self, row: int) -> bool:
        return self.result is not None and row >= len(self.result.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.rows) + len(self._totals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None:
            return None
        row, col = index.row(), index.column()
        column = self.result.columns[col]
        total = self.is_total(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                return self._totals[row - len(self.result.rows)][col]
            return cell_text(column, self.result.rows[row][col])
        if role == Qt.ItemDataRole.UserRole:  # the value itself (Decimal, int, text) for tests and sorting
            return None if total else self.result.rows[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if is_figure(column) else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return QBrush(TOTALS_BACKGROUND)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.result is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.result.columns[section].label if 0 <= section < len(self.result.columns) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def result_table(model: ReportResultModel) -> QTableView:
    """A read-only table like the app's others (fixed row height, whole rows selected); not sortable:
    the report's own sort is done in SQL."""
    table = QTableView(
        objectName="reportTable",
        accessibleName=QCoreApplication.translate("reports.result_model", "Report result"),
    )
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table
