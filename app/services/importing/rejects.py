"""The rejects file of a forgiving import: every refused row unchanged, with the reason in an added column.

Fixed and imported again, it brings in exactly the rows that were missing (the reason column is not
mapped to any field).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from app.services.core.errors import FieldError
from app.services.importing.csv_read import Table
from app.services.importing.spec import RejectedRow

REASON = "reason"


def reason_of(errors: Sequence[FieldError]) -> str:
    """'Email: 'x' is not a valid email address; Phone: ...' for one row's problems."""
    return "; ".join(f"{e.field}: {e.message}" for e in errors)


def rejected_rows(table: Table, errors: Sequence[FieldError]) -> tuple[RejectedRow, ...]:
    """The rows `errors` name, in file order, each with its cells and the reasons joined."""
    by_row: dict[int, list[FieldError]] = {}
    for error in errors:
        if error.row is not None:
            by_row.setdefault(error.row, []).append(error)
    if not by_row:
        return ()
    return tuple(
        RejectedRow(number, tuple(row), reason_of(by_row[number]))
        for number, row in table.rows
        if number in by_row
    )


def reason_header(headers: Sequence[str]) -> str:
    """The added column's name: 'reason', or a variant the file does not already use."""
    taken = {h.strip().lower() for h in headers}
    name, n = REASON, 1
    while name.lower() in taken:
        n += 1
        name = f"{REASON} {n}"
    return name


def write_rejects(path: Path, headers: Sequence[str], rejected: Sequence[RejectedRow]) -> None:
    """Write the refused rows under the file's own headers plus the reason column (UTF-8, commas).

    A short (ragged) row is padded with empty cells so its reason stays in the reason column."""
    width = len(headers)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([*headers, reason_header(headers)])
        for r in rejected:
            cells = list(r.cells) + [""] * (width - len(r.cells))
            writer.writerow([*cells, r.reason])
