"""A QTableView set up the way every table in the app wants it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.views.common.column_model import ColumnTableModel

ROW_HEIGHT = 28


class Table(QTableView):
    """Rows select whole; fixed row height so a million rows never get measured; widths from the specs."""

    def __init__(self, model: ColumnTableModel, sortable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(model.columns):
            header.resizeSection(i, column.width)
            header.setSectionHidden(i, column.hidden)
        if sortable:
            self.sync_sort_indicator()  # before enabling: enabling sorts by the indicator's column
            self.setSortingEnabled(True)
            # Clicking a column the model cannot sort by leaves the indicator on the real sort column.
            header.sortIndicatorChanged.connect(self._after_sort_click)

    def sync_sort_indicator(self) -> None:
        """Show the model's actual sort in the header."""
        model = self.model()
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(model.sort_column(), model.sort_order())  # type: ignore[attr-defined]
        header.blockSignals(False)

    def _after_sort_click(self, column: int, order: Qt.SortOrder) -> None:
        if self.model().sort_column() != column:  # type: ignore[attr-defined]
            self.sync_sort_indicator()
