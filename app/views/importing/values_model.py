"""The import wizard's value translations: one row per distinct value of a fixed-value column, with the
value of ours it becomes (editable through a combo of `CHOICES_ROLE`) and whether its rows will import."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from app.services.core.validation import country_codes
from app.services.importing.values import FileValue, ValueColumn
from app.views.common.rows_table import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
FIELD, VALUE, ROWS, TARGET, CHECK = range(5)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # on TARGET: [(label, value)], "" keeps the file's value
KEEP = "as in the file"
EMPTY = "(empty)"
COLOURS = {"fine": "#2e7d32", "guessed": "#1565c0", "chosen": "#1565c0", "missing": "#c62828"}


@cache
def country_names() -> dict[str, str]:
    """ISO code -> the country's name as Qt knows it (labels and fuzzy guesses of country columns)."""
    names = {}
    for code in country_codes():
        territory = QLocale.codeToTerritory(code)
        if territory != QLocale.Country.AnyTerritory:
            names[code] = QLocale.territoryToString(territory)
    return names


@dataclass(frozen=True)
class ValueRow:
    column: ValueColumn
    value: FileValue
    first: bool  # the first row of its column: the field is named there


class ValuesModel(RowsTableModel[ValueRow]):
    headers = ("Field", "Value in the file", "Rows", "Becomes", "Check")
    translationsChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(None, parent)
        self.targets: list[str] = []
        self.edited: list[bool] = []

    def set_columns(
        self, columns: Sequence[ValueColumn], remembered: Mapping[tuple[str, str], str] | None = None
    ) -> None:
        """Show `columns` with their guesses; `remembered` (field, file value) -> ours wins over a guess."""
        remembered = remembered or {}
        rows = [ValueRow(c, v, i == 0) for c in columns for i, v in enumerate(c.values)]
        self.beginResetModel()
        self.rows = rows
        self.targets = [remembered.get((r.column.field, r.value.value), r.value.guess) for r in rows]
        self.edited = [(r.column.field, r.value.value) in remembered for r in rows]
        self.endResetModel()
        self.translationsChanged.emit()

    def translations(self) -> dict[str, dict[str, str]]:
        """Our field -> {file value: our value}: what `RecordImportSpec.values` takes."""
        out: dict[str, dict[str, str]] = {}
        for row, target in zip(self.rows, self.targets, strict=True):
            if target and target != row.value.value:
                out.setdefault(row.column.field, {})[row.value.value] = target
        return out

    def chosen(self) -> dict[tuple[str, str], str]:
        """The translations the user picked by hand, by (field, file value)."""
        return {
            (r.column.field, r.value.value): t
            for r, t, by_hand in zip(self.rows, self.targets, self.edited, strict=True)
            if by_hand
        }

    def state(self, row: int) -> str:
        """'fine' (imports as it is), 'guessed', 'chosen' or 'missing' (no value of ours)."""
        target, value = self.targets[row], self.rows[row].value
        if not target:
            return "fine" if value.accepted else "missing"
        return "guessed" if target == value.guess and not self.edited[row] else "chosen"

    def missing(self) -> list[ValueRow]:
        return [r for i, r in enumerate(self.rows) if self.state(i) == "missing"]

    def _label(self, row: ValueRow, target: str) -> str:
        if not target:
            return KEEP if row.value.accepted else "— choose a value —"
        return next((c.label for c in row.column.choices if c.value == target), target)

    def _check(self, row: int) -> str:
        state = self.state(row)
        if state == "missing":
            fallback = self.rows[row].column.fallback
            return f"no match: becomes {fallback}" if fallback else "no match: its rows are refused"
        return state

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, c = index.row(), index.column()
        row = self.rows[r]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                (row.column.field.replace("_", " ").capitalize() if row.first else ""),
                row.value.value or EMPTY,
                f"{row.value.rows:,}",
                self._label(row, self.targets[r]),
                self._check(r),
            )[c]
        if role == Qt.ItemDataRole.EditRole and c == TARGET:
            return self.targets[r]
        if role == CHOICES_ROLE and c == TARGET:
            keep = KEEP if row.value.accepted else "— no translation —"
            return [(keep, ""), *((ch.label, ch.value) for ch in row.column.choices)]
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == FIELD:
                return f"{row.column.field.replace('_', ' ')}, from the file's column “{row.column.header}”"
            if c == TARGET:
                return "F2, Enter or typing changes it"
            return None
        if role == Qt.ItemDataRole.ForegroundRole and c == CHECK:
            return QColor(COLOURS[self.state(r)])
        if role == Qt.ItemDataRole.FontRole and c == VALUE and not row.value.value:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and c == ROWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == TARGET else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != TARGET:
            return False
        r = index.row()
        target = "" if value is None else str(value)
        if target and target not in {c.value for c in self.rows[r].column.choices}:
            return False
        self.targets[r], self.edited[r] = target, True
        self.dataChanged.emit(self.index(r, TARGET), self.index(r, CHECK))
        self.translationsChanged.emit()
        return True
