"""Item models of the Campaigns page: the campaigns (a short list, read whole), a campaign's members
(read a page at a time as the table scrolls) and a sequence's steps (edited in place)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.models.money import fmt_amount
from app.services.campaigns.campaigns import CampaignDetail, MemberRow

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
MEMBER_PAGE = 200


class CampaignsModel(QAbstractTableModel):
    HEADERS = ("Campaign", "Type", "Starts", "Ends", "Budget", "Actual cost", "Members", "Mailed")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CampaignDetail] = []

    def reload(self, rows: list[CampaignDetail]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role != DISPLAY or not 0 <= index.row() < len(self.rows):
            return None
        c = self.rows[index.row()]
        values = (
            c.name,
            c.kind.capitalize(),
            c.starts_on.isoformat() if c.starts_on else "",
            c.ends_on.isoformat() if c.ends_on else "",
            fmt_amount(c.budget, c.currency),
            fmt_amount(c.actual_cost, c.currency),
            str(sum(c.members.values())),
            str(sum(n for status, n in c.members.items() if status not in ("pending", "suppressed"))),
        )
        return values[index.column()] if 0 <= index.column() < len(values) else None

    def item(self, row: int) -> CampaignDetail | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class MembersModel(QAbstractTableModel):
    """A campaign's members, `MEMBER_PAGE` at a time: a campaign of 100,000 opens at once."""

    HEADERS = ("Name", "Email", "Type", "Status", "Since", "Note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MemberRow] = []
        self._fetch: Callable[[int, int], list[MemberRow]] | None = None
        self._more = False

    def reload(self, fetch: Callable[[int, int], list[MemberRow]] | None) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self.rows = fetch(0, MEMBER_PAGE) if fetch else []
        self._more = False  # no fetch from inside the reset (a view asks at once); scrolling asks later
        self.endResetModel()
        self._more = len(self.rows) == MEMBER_PAGE

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        more = self._fetch(len(self.rows), MEMBER_PAGE)
        self._more = len(more) == MEMBER_PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows += more
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role != DISPLAY or not 0 <= index.row() < len(self.rows):
            return None
        m = self.rows[index.row()]
        since = m.status_at.astimezone().strftime("%Y-%m-%d %H:%M") if m.status_at else ""
        values = (m.name, m.email, m.subject_type.capitalize(), m.status, since, m.note)
        return values[index.column()] if 0 <= index.column() < len(values) else None


STEP_TYPES = ("email", "wait", "task")


class StepsModel(QAbstractTableModel):
    """A sequence's steps, edited in place: the type, then its template, days or task subject and due days."""

    HEADERS = ("Step", "Template / days / subject", "Task due in (days)")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[dict[str, Any]] = []

    def reload(self, steps: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.steps = [dict(s) for s in steps]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        step = self.steps[index.row()]
        if index.column() == 2 and step["type"] != "task":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, Qt.ItemDataRole.EditRole):
            return None
        if not 0 <= index.row() < len(self.steps):
            return None
        step = self.steps[index.row()]
        kind = step.get("type", "")
        if index.column() == 0:
            return kind
        if index.column() == 1:
            return str(
                {
                    "email": step.get("template_id", ""),
                    "wait": step.get("days", ""),
                    "task": step.get("subject", ""),
                }.get(kind, "")
            )
        if index.column() == 2:
            return str(step.get("due_days", 0)) if kind == "task" else ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        step = self.steps[index.row()]
        text = str(value).strip()
        if index.column() == 0:
            if text not in STEP_TYPES:
                return False
            self.steps[index.row()] = _blank(text)
        elif index.column() == 1:
            step[{"email": "template_id", "wait": "days", "task": "subject"}[step["type"]]] = text
        elif index.column() == 2 and step["type"] == "task":
            step["due_days"] = text
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def add(self, kind: str) -> int:
        row = len(self.steps)
        self.beginInsertRows(QModelIndex(), row, row)
        self.steps.append(_blank(kind))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.steps):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.steps[row]
            self.endRemoveRows()

    def move(self, row: int, by: int) -> int:
        """Move a step up (-1) or down (+1); its new row."""
        target = row + by
        if not (0 <= row < len(self.steps) and 0 <= target < len(self.steps)):
            return row
        # beginMoveRows counts the destination before the move: one further when moving down
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if by > 0 else 0))
        self.steps.insert(target, self.steps.pop(row))
        self.endMoveRows()
        return target


def _blank(kind: str) -> dict[str, Any]:
    if kind == "email":
        return {"type": "email", "template_id": ""}
    if kind == "wait":
        return {"type": "wait", "days": 1}
    return {"type": "task", "subject": "", "due_days": 0}
