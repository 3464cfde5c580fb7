"""Export what a list shows to CSV, XLSX or vCard.

Rows come from the list's own paged service query (keyset pages of 1,000), so an export holds one page
in memory whatever the list's size and keeps the list's filter and order. A cell that begins with `=`,
`+`, `-`, `@`, a tab or a carriage return is written with a leading apostrophe: a spreadsheet then
shows it as text instead of running it as a formula (CSV injection). XLSX cannot hold the control
characters XML forbids (openpyxl raises IllegalCharacterError): they are left out of the cell, so a value
stored before text was checked (a name with U+0001 from an old import) never stops an export.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from app.services.core.custom_validation import FieldDef, display
from app.services.core.listing import ListQuery, Page

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PAGE = 1000


class PagedRows(Protocol):
    def count(self, query: ListQuery, deleted: bool = False) -> int: ...

    def page(
        self,
        query: ListQuery,
        offset: int,
        limit: int,
        total: int,
        after: tuple[Any, ...] | None = None,
        deleted: bool = False,
    ) -> Page: ...


def neutralise(value: str) -> str:
    """Make a cell safe to open in a spreadsheet (see the module docstring)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def list_rows(source: PagedRows, query: ListQuery) -> Iterator[Any]:
    """Every row the list shows for `query`, in its order, a page at a time (only those the signed-in
    user sees, and only if their role may export this kind: `RecordService.require`)."""
    check = getattr(source, "require", None)
    if check is not None:
        check("export")
    total = source.count(query)
    offset, after = 0, None
    while offset < total:
        page = source.page(query, offset, PAGE, total, after)
        if not page.rows:
            return
        yield from page.rows
        offset += len(page.rows)
        after = page.keys[-1]


def write_table(
    path: Path,
    fmt: str,
    headers: Sequence[str],
    rows: Iterable[Any],
    cells: Callable[[Any], Sequence[str]],
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Write `rows` (each turned into strings by `cells`) as CSV or XLSX; returns the row count.

    `progress(done)` is called every 1,000 rows; returning False stops the export (the file is removed).
    """
    count = 0
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8-sig") as handle:  # the BOM makes Excel read UTF-8
            out = csv.writer(handle)
            out.writerow([neutralise(h) for h in headers])
            for row in rows:
                out.writerow([neutralise(c) for c in cells(row)])
                count += 1
                if progress and count % PAGE == 0 and not progress(count):
                    handle.close()
                    path.unlink(missing_ok=True)
                    return -1
        return count
    if fmt != "xlsx":
        raise ValueError(f"unknown table format {fmt!r}; choose csv or xlsx")
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def xml_safe(value: str) -> str:
        return str(ILLEGAL_CHARACTERS_RE.sub("", neutralise(value)))

    book = Workbook(write_only=True)
    sheet = book.create_sheet(ILLEGAL_CHARACTERS_RE.sub("", path.stem)[:31] or "Export")
    sheet.append([xml_safe(h) for h in headers])
    for row in rows:
        sheet.append([xml_safe(c) for c in cells(row)])  # strings stay strings: no formulas
        count += 1
        if progress and count % PAGE == 0 and not progress(count):
            return -1
    book.save(path)
    return count


def row_cells(row: Any, names: Sequence[str]) -> list[str]:
    """A row dataclass's fields as text (ids and times in their ISO form)."""
    out = []
    for name in names:
        value = getattr(row, name)
        if value is None:
            out.append("")
        elif isinstance(value, uuid.UUID):
            out.append(str(value))
        elif hasattr(value, "isoformat"):
            out.append(value.isoformat())
        else:
            out.append(str(getattr(value, "value", value)))
    return out


def record_columns(row: Any, defs: Sequence[FieldDef]) -> tuple[list[str], Callable[[Any], list[str]]]:
    """Headers and cells for a list row dataclass: its fields, then one `custom.<key>` column per field."""
    from dataclasses import fields

    names = [f.name for f in fields(row) if f.name not in ("deleted_at", "custom")] if row else ["id"]
    headers = names + [f"custom.{d.key}" for d in defs]

    def cells(r: Any) -> list[str]:
        custom = getattr(r, "custom", {})
        return row_cells(r, names) + [display(d, custom.get(d.key)) for d in defs]

    return headers, cells
