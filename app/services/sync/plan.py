"""What one sync does to each candidate row, filled by the merge and adjusted by the server's answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table

from app.services.sync.merge import RECORD, FieldConflict, RowMerge
from app.services.sync.values import Row


@dataclass
class RowPlan:
    row_id: str
    merge: RowMerge
    theirs: Row | None
    mine: Row | None

    def refuse(self, why: str) -> None:
        """The server refused this row's write: hold it back whole, listed, until the user decides."""
        self.merge = RowMerge(
            self.mine, held=True, conflicts=[FieldConflict(RECORD, None, "edited", f"refused: {why}")]
        )


@dataclass
class TablePlan:
    table: Table
    rows: list[RowPlan] = field(default_factory=list)


@dataclass(frozen=True)
class Conflict:
    tbl: str
    row_id: str
    found: FieldConflict
    theirs_row: Row | None
    theirs_by: str = ""  # who made the office's change, from the server's audit log
