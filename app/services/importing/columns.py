"""What an import decides per column before it reads the rows: each date column's format and each
amount column's decimal mark, from all the column's values."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from app.services.importing.cells import locale_region
from app.services.importing.csv_read import Table
from app.services.importing.parsing import day_first_for, detect_date_format, detect_decimal_mark
from app.services.importing.vendor_values import default_value

DATE_FIELDS = ("expected_close", "closed_at", "created_at", "birthday")
AMOUNT_FIELDS = ("amount", "annual_revenue")


def _column(table: Table, header: str) -> list[str]:
    at = table.headers.index(header)
    return [row[at] for _number, row in table.rows if at < len(row)]


def column_formats(
    table: Table, header_of: Mapping[str, str], date_format: str, region: str
) -> dict[str, Any]:
    """{'date_formats': field -> format, 'decimal_marks': field -> mark} for the mapped columns.
    `date_format` (the user's override) wins; an ambiguous column follows the locale's country, else
    `region` (the company's)."""
    day_first = day_first_for(locale_region() or region)
    dates = {
        f: date_format or detect_date_format(_column(table, header_of[f]), day_first)
        for f in DATE_FIELDS
        if f in header_of
    }
    marks = {f: detect_decimal_mark(_column(table, header_of[f])) for f in AMOUNT_FIELDS if f in header_of}
    return {"date_formats": dates, "decimal_marks": marks}


Translate = Callable[[dict[str, str]], None]
TRANSLATED = ("status", "source", "stage")  # fields another CRM's standard values are translated for


def value_translator(
    kind: str, values: Mapping[str, Mapping[str, str]], found: Any, mapped: Iterable[str]
) -> Translate:
    """Rewrite a row's cells in place: the user's translations first, then the default table of other
    CRMs' standard values (vendor_values). A translated status keeps what the file said in
    `_status_as_written` (a disqualified lead's reason)."""
    given = {f: t for f, t in values.items() if t}
    defaulted = [f for f in TRANSLATED if f in set(mapped)]
    cache: dict[tuple[str, str], str] = {}

    def translate(cells: dict[str, str]) -> None:
        for name in {*given, *defaulted}:
            raw = cells.get(name)
            if not raw:
                continue
            table = given.get(name, {})
            if raw in table:
                target = table[raw]
            elif name in defaulted:
                key = (name, raw)
                if key not in cache:
                    cache[key] = default_value(kind, name, raw, found)
                target = cache[key] or raw
            else:
                continue
            if name == "status":
                cells["_status_as_written"] = raw
            cells[name] = target

    return translate
