"""Nothing dropped silently: the file's columns an import leaves out, its repeated headers, and custom
field definitions typed from a column's values for `--keep-unmapped`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from app.models.custom_field import FieldKind
from app.services.core.validation import normalise_email

MAX_CHOICES = 20
LONG_TEXT = 200
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_BOOLEAN = {"true", "false", "yes", "no"}


def unmapped_headers(headers: Sequence[str], columns: Mapping[str, str]) -> list[str]:
    """The file's headers that no field reads, in file order, each once (a blank header is named by its
    position)."""
    used = {h for h in columns.values() if h}
    out: list[str] = []
    for position, header in enumerate(headers, start=1):
        name = header if header.strip() else f"(column {position})"
        if header not in used and name not in out:
            out.append(name)
    return out


def duplicate_headers(headers: Sequence[str]) -> dict[str, int]:
    """Header -> how many columns carry it, for the headers used more than once (the first is read)."""
    return {h: n for h, n in Counter(headers).items() if n > 1}


@dataclass(frozen=True)
class KeptColumn:
    """A custom field to create for an unmapped column."""

    header: str
    kind: FieldKind
    choices: tuple[str, ...] = ()


def _number(text: str) -> bool:
    try:
        Decimal(text.replace(",", ""))
    except InvalidOperation:
        return False
    return True


def _iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def infer_kind(values: Iterable[str]) -> tuple[FieldKind, tuple[str, ...]]:
    """The field kind a column's values fit (and its choices): number, ISO date, checkbox, email, URL,
    a choice among at most MAX_CHOICES repeated values, long text or text."""
    filled = [v.strip() for v in values if v.strip()]
    if not filled:
        return FieldKind.TEXT, ()
    distinct = sorted(set(filled))
    if all(_number(v) for v in distinct):
        return FieldKind.NUMBER, ()
    if all(_iso_date(v) for v in distinct):
        return FieldKind.DATE, ()
    if {v.lower() for v in distinct} <= _BOOLEAN:
        return FieldKind.CHECKBOX, ()
    if all(normalise_email(v)[1] is None and "@" in v for v in distinct):
        return FieldKind.EMAIL, ()
    if all(_URL.fullmatch(v) for v in distinct):
        return FieldKind.URL, ()
    if len(distinct) <= MAX_CHOICES and len(distinct) * 2 <= len(filled):  # values repeat
        return FieldKind.CHOICE, tuple(distinct)
    if any(len(v) > LONG_TEXT or "\n" in v for v in distinct):
        return FieldKind.LONG_TEXT, ()
    return FieldKind.TEXT, ()


def kept_columns(
    headers: Sequence[str], rows: Sequence[Sequence[str]], wanted: Sequence[str]
) -> list[KeptColumn]:
    """A typed custom field for each header of `wanted` (the first column of that name)."""
    out = []
    for header in wanted:
        if header not in headers:
            continue
        at = headers.index(header)
        kind, choices = infer_kind(row[at] for row in rows if at < len(row))
        out.append(KeptColumn(header, kind, choices))
    return out
