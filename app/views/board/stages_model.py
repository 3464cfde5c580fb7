"""The editable table of a pipeline's stages in the pipelines dialog: name, win %, won, lost; reorderable."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.services.sales.pipelines import StageInput
from app.views.common.rows_table import Index, RowsTableModel

HEADERS = ("Stage", "Win %", "Won", "Lost")


class StagesModel(RowsTableModel[StageInput]):
    headers = HEADERS

    def __init__(self, stages: tuple[StageInput, ...] = (), parent: Any = None) -> None:
        super().__init__(list(stages), parent)

    @property
    def stages(self) -> list[StageInput]:
        return self.rows

    def set_stages(self, stages: tuple[StageInput, ...]) -> None:
        self.set_rows(list(stages))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.stages):
            return None
        stage, column = self.stages[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column < 2:
            return stage.name if column == 0 else stage.probability
        if role == Qt.ItemDataRole.CheckStateRole and column >= 2:
            on = stage.is_won if column == 2 else stage.is_lost
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        stage, column = self.stages[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole and column == 0:
            stage = replace(stage, name=str(value))
        elif role == Qt.ItemDataRole.EditRole and column == 1:
            try:
                stage = replace(stage, probability=int(value))
            except (TypeError, ValueError):
                return False
        elif role == Qt.ItemDataRole.CheckStateRole and column >= 2:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            # won and lost exclude each other; a won stage is certain, a lost one hopeless
            stage = (
                replace(stage, is_won=on, is_lost=False, probability=100 if on else stage.probability)
                if column == 2
                else replace(stage, is_lost=on, is_won=False, probability=0 if on else stage.probability)
            )
        else:
            return False
        self.stages[index.row()] = stage
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True

    def add(self, name: str) -> int:
        row = sum(1 for s in self.stages if not (s.is_won or s.is_lost))  # new open stages go before won/lost
        self.beginInsertRows(QModelIndex(), row, row)
        self.stages.insert(row, StageInput(name, 50))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.stages):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.stages[row]
            self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        """Move a stage up (-1) or down (+1); returns its new row."""
        target = row + step
        if not (0 <= row < len(self.stages) and 0 <= target < len(self.stages)):
            return row
        destination = target + 1 if step > 0 else target  # beginMoveRows counts the gap, not the row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.stages.insert(target, self.stages.pop(row))
        self.endMoveRows()
        return target
