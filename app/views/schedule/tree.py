"""The tree of groups and tasks left of the chart, row for row in step with it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from app.services.scheduling.gantt import GanttTask
from app.views.schedule.chart import HEADER_H, ROW_H, ChartRow

Index = QModelIndex | QPersistentModelIndex
NO_GROUP = "No group"
HEADERS = ("Task", "Start", "End", "%")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class GanttTreeModel(QAbstractItemModel):
    """Two levels: groups (internal id 0), then their tasks (internal id = group row + 1)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[GanttTask]]] = []
        self._task_text: list[list[tuple[str, str, str, str]]] = []
        self._group_text: list[tuple[str, str, str, str]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_tasks(self, tasks: tuple[GanttTask, ...]) -> None:
        """Tasks come sorted by group; one tree group per run of equal group names."""
        self.beginResetModel()
        self.groups = []
        for task in tasks:
            if not self.groups or self.groups[-1][0] != task.group:
                self.groups.append((task.group, []))
            self.groups[-1][1].append(task)
        self._task_text = [
            [(t.subject, _day(t.start), _day(t.end), str(t.progress)) for t in tasks]
            for _n, tasks in self.groups
        ]
        self._group_text = []
        for row, (name, tasks) in enumerate(self.groups):
            start, end = self.group_span(row)
            self._group_text.append(
                (f"{name or NO_GROUP} ({len(tasks)})", _day(start), _day(end), str(_mean(tasks)))
            )
        self.endResetModel()

    def task(self, index: Index) -> GanttTask | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def group_span(self, row: int) -> tuple[datetime, datetime]:
        tasks = self.groups[row][1]
        return min(t.start for t in tasks), max(t.end for t in tasks)

    def index_of(self, task_id: uuid.UUID) -> QModelIndex:
        for g, (_name, tasks) in enumerate(self.groups):
            for r, t in enumerate(tasks):
                if t.id == task_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    # --- QAbstractItemModel -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

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
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # painted for every visible cell on every scroll step: answer from the texts made in set_tasks
        if role == Qt.ItemDataRole.DisplayRole:
            group = index.internalId()
            if group == 0:
                return self._group_text[index.row()][index.column()]
            return self._task_text[group - 1][index.row()][index.column()]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if index.internalId() == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            task = self.task(index)
            return task.subject if task is not None else self.groups[index.row()][0] or NO_GROUP
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return _RIGHT
        return None


def _day(when: datetime) -> str:
    return f"{when.astimezone():%d %b %y}"


def _mean(tasks: list[GanttTask]) -> int:
    return round(sum(t.progress for t in tasks) / len(tasks)) if tasks else 0


class _RowHeight(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), ROW_H)


class GanttTree(QTreeView):
    """Uniform rows as tall as the chart's, a header as tall as the chart's time scale."""

    def __init__(self, model: GanttTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ganttTree")
        self.setAccessibleName(self.tr("Tasks in the schedule"))
        self.setModel(model)
        self.setItemDelegate(_RowHeight(self))
        self.setUniformRowHeights(True)
        self.setVerticalScrollMode(QTreeView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setFixedHeight(HEADER_H)
        self.header().setStretchLastSection(False)
        for col, width in enumerate((200, 78, 78, 40)):
            self.setColumnWidth(col, width)
        self.setAllColumnsShowFocus(True)

    def chart_rows(self) -> list[ChartRow]:
        """The rows the chart draws: each group, then its tasks if the group is expanded."""
        model = self.model()
        assert isinstance(model, GanttTreeModel)
        rows: list[ChartRow] = []
        for g, (name, tasks) in enumerate(model.groups):
            start, end = model.group_span(g)
            rows.append(ChartRow(name, None, start, end))
            if self.isExpanded(model.index(g, 0)):
                rows.extend(ChartRow(name, t, t.start, t.end) for t in tasks)
        return rows
