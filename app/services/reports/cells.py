"""A report value as text: for the screen and the PDF (grouped digits) or for a file (plain figures)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.models.money import fmt_amount
from app.services.reports.compile import ResultColumn
from app.services.reports.fields import Kind

NONE_LABEL = "(none)"


def cell_text(column: ResultColumn, value: Any, plain: bool = False) -> str:
    """`plain` (CSV/XLSX): 1234.50 and 2026-01-31T10:00:00+00:00; otherwise 1,234.50 and 2026-01-31 10:00."""
    if value is None or value == "":
        return NONE_LABEL if column.role == "group" and not plain else ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat() if plain else f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if plain:
            return str(value)
        text = fmt_amount(value) if column.kind == Kind.MONEY else f"{value:,}"
        return f"{text} {column.currency}" if column.currency else text
    if isinstance(value, int):
        return str(value) if plain else f"{value:,}"
    return str(value)


def is_figure(column: ResultColumn) -> bool:
    """Right-aligned: counts, numbers and amounts."""
    return column.role == "aggregate" or column.kind in (Kind.NUMBER, Kind.MONEY)


def totals_label(count: int | None) -> str:
    if count is None:
        return "Total"
    return f"Total ({count:,} row{'' if count == 1 else 's'})"
