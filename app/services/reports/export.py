"""A report's result as a CSV or XLSX file, through the exports' writer (cells that look like formulas are
neutralised there), with its totals rows at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.importing.export import write_table
from app.services.reports.cells import cell_text, totals_label
from app.services.reports.run import ReportResult


def table_rows(result: ReportResult, plain: bool = True) -> list[list[str]]:
    """The rows as text, then one totals row per currency, labelled in the first column."""
    out = [[cell_text(c, v, plain) for c, v in zip(result.columns, row, strict=True)] for row in result.rows]
    for i, totals in enumerate(result.totals):
        cells = [
            cell_text(c, v, plain) if c.role != "group" else ""
            for c, v in zip(result.columns, totals, strict=True)
        ]
        if result.columns[0].role != "currency":
            cells[0] = totals_label(result.total_count(i)) if not cells[0] else cells[0]
        out.append(cells)
    return out


def export_result(result: ReportResult, path: Path, fmt: str) -> int:
    """Write the result as `fmt` (csv or xlsx); returns the number of rows written, totals included."""
    headers = [c.label for c in result.columns]
    rows: list[Any] = table_rows(result)
    return write_table(path, fmt, headers, rows, lambda r: r)
