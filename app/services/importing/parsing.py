"""Parsing of the amounts and dates that import files hold (any import kind, any source)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation


def parse_amount(text: str) -> Decimal:
    """'€ 1,234.50' -> Decimal('1234.50'); a comma alone as the decimal mark ('1234,5') is accepted."""
    cleaned = re.sub(r"[^\d,.\-]", "", text)
    if "," in cleaned and "." not in cleaned and re.search(r",\d{1,2}$", cleaned):
        cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned.replace(",", "") or "0")
    except InvalidOperation as exc:
        raise ValueError(f"'{text}' is not an amount") from exc


def parse_when(text: str) -> datetime | None:
    """An ISO date or date-time; a date means midnight UTC, a naive time is taken as UTC."""
    if not text:
        return None
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time.min, UTC)
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a date (use YYYY-MM-DD)") from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)
