"""The Tasks page's tree: one row per group (Overdue, Today, This week, Later) with its tasks beneath.

Ticking a task's box does not change the model: it emits `completeRequested(task)` and the page runs the
undoable command, then reloads (the same pattern as the board's drops).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.scheduling.tasks import GROUP_TITLES, OVERDUE, TaskGroups, TaskItem
from app.views.common.formatting import label, short_datetime
from app.views.common.style import icon
from app.views.common.theme import tone

Index = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("Task", "Due", "Priority", "Progress", "Regarding", "Group", "Assigned to")
ROW_HEIGHT = 30
_PRIORITY_COLORS = {"urgent": "#b91c1c", "high": "#c2410c", "low": "#64748b"}


class TasksModel(QAbstractItemModel):
    completeRequested = Signal(object)  # TaskItem

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, tuple[TaskItem, ...]]] = []

    def set_groups(self, groups: TaskGroups) -> None:
        self.beginResetModel()
        self.groups = list(groups.groups)
        self.endResetModel()

    # --- structure: a group's internal id is 0, a task's is its group's number + 1 -------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def task(self, index: Index) -> TaskItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[int(index.internalId()) - 1][1][index.row()]

    def task_index(self, task_id: Any) -> QModelIndex:
        for g, (_name, items) in enumerate(self.groups):
            for r, item in enumerate(items):
                if item.id == task_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    # --- data ----------------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemIsSelectable
            if index.column() == 0:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        task = self.task(index)
        assert task is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Unchecked  # the list holds open tasks only
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icon(task.kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            overdue = self.groups[int(index.internalId()) - 1][0] == OVERDUE
            if column == 1 and overdue:
                return QBrush(tone("#b91c1c"))
            if column == 2 and task.priority in _PRIORITY_COLORS:
                return QBrush(QColor(_PRIORITY_COLORS[task.priority]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{label(task.kind)}: {task.subject}\nTick the box or press Space to complete"
        if role == TASK_ROLE:
            return task
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, ROW_HEIGHT)  # room around the checkbox and icon: rows are not cramped
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        name, items = self.groups[index.row()]
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{GROUP_TITLES[name]} ({len(items)})"
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, ROW_HEIGHT + 4)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and name == OVERDUE and items:
            return QBrush(tone("#b91c1c"))
        return None

    @staticmethod
    def _text(task: TaskItem, column: int) -> str:
        if column == 0:
            return task.subject
        if column == 1:
            return short_datetime(task.due) if task.due else "—"
        if column == 2:
            return label(task.priority)
        if column == 3:
            return f"{task.progress}%" if task.kind == "task" else ""
        if column == 4:
            return task.regarding
        if column == 5:
            return task.group_name
        return task.owner or "Nobody"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        task = self.task(index)
        if task is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.completeRequested.emit(task)
        return False  # the page completes it through the undo stack and reloads
