"""The conflict list: each field both sides changed since the last sync (or a whole record held back),
with both values, and the user's decision (keep mine, keep theirs, or type a value)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services.core.errors import RapportError
from app.services.sync.conflicts import ConflictEntry

_Index = QModelIndex | QPersistentModelIndex


class ConflictsModel(QAbstractTableModel):
    """The open conflicts of the replica, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictEntry] = []
        self.headers = [
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Mine"),
            self.tr("Theirs"),
            self.tr("Office change"),
        ]

    def load(self, rows: list[ConflictEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.rows[index.row()]
        values = (
            f"{c.table} {c.row_id[:8]}",
            self.tr("the whole record") if c.whole_row else c.field,
            _shown(c.mine),
            _shown(c.theirs),
            ", ".join(x for x in (c.theirs_by, (c.theirs_at or "")[:16].replace("T", " ")) if x),
        )
        return values[index.column()]


def _shown(value: object) -> str:
    return "" if value is None else str(value)


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(820, 360)
        self.model = ConflictsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.summary = QLabel(self)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("or type the value to keep"))
        self.value.setAccessibleName(self.tr("Value to keep"))
        self.mine = QPushButton(self.tr("Keep &mine"), self)
        self.theirs = QPushButton(self.tr("Keep &theirs"), self)
        self.typed = QPushButton(self.tr("&Use this value"), self)
        for button, name in (
            (self.mine, "Keep mine"),
            (self.theirs, "Keep theirs"),
            (self.typed, "Use this value"),
        ):
            button.setAccessibleName(self.tr(name))
        self.mine.clicked.connect(lambda: self._resolve("mine"))
        self.theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.typed.clicked.connect(lambda: self._resolve("value"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setShortcut(QKeySequence.StandardKey.Close)
        choices = QHBoxLayout()
        for w in (self.mine, self.theirs, self.value, self.typed):
            choices.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(choices)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.reload()

    def reload(self) -> None:
        self.model.load(self.ctx.replica.conflicts())
        count = len(self.model.rows)
        self.summary.setText(
            self.tr("%1 waiting for a decision; each decision goes to the office at the next sync.").replace(
                "%1",
                self.tr("1 conflict") if count == 1 else self.tr("%1 conflicts").replace("%1", str(count)),
            )
            if count
            else self.tr("No conflicts.")
        )
        if count:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> ConflictEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected()
        for button in (self.mine, self.theirs):
            button.setEnabled(chosen is not None)
        self.typed.setEnabled(chosen is not None and not chosen.whole_row)
        self.value.setEnabled(chosen is not None and not chosen.whole_row)

    def _resolve(self, choice: str) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self.ctx.replica.resolve(chosen.id, choice, self.value.text() if choice == "value" else None)  # type: ignore[arg-type]
        except RapportError as exc:
            QMessageBox.warning(self, self.tr("Sync conflicts"), str(exc))
            return
        self.value.clear()
        self.reload()
