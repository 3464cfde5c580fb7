"""Service results as JSON and list positions as opaque cursors.

Money and every Decimal travel as strings ("1234.50"), never as JSON numbers a client would read as a
float; times are ISO 8601 with their zone; ids are UUID strings. A cursor holds the list's offset and the
last row's sort key, so the next page seeks from there (keyset paging, fast at any depth).
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import functools
import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.services.core.errors import RapportError


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_PLAIN = (str, int, float, bool)  # bool and int: JSON as they are (a Decimal never reaches here as a float)


def to_json(value: Any) -> Any:
    """A service result (dataclasses, tuples, UUIDs, Decimals, times) as plain JSON values."""
    if value is None or type(value) in _PLAIN:  # most values of a row: checked first, cheaply
        return value
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: to_json(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(v) for v in value]
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


_TYPES: dict[str, Any] = {
    "s": str,
    "i": int,
    "b": lambda v: v == "1",
    "u": uuid.UUID,
    "d": Decimal,
    "t": datetime.fromisoformat,
    "D": date.fromisoformat,
}


class BadCursor(RapportError):
    pass


def encode_cursor(offset: int, key: tuple[Any, ...]) -> str:
    parts: list[Any] = []
    for value in key:
        if value is None:
            parts.append(None)
        elif isinstance(value, bool):
            parts.append(["b", "1" if value else "0"])
        elif isinstance(value, int):
            parts.append(["i", str(value)])
        elif isinstance(value, uuid.UUID):
            parts.append(["u", str(value)])
        elif isinstance(value, Decimal):
            parts.append(["d", str(value)])
        elif isinstance(value, datetime):
            parts.append(["t", value.isoformat()])
        elif isinstance(value, date):
            parts.append(["D", value.isoformat()])
        else:
            parts.append(["s", str(getattr(value, "value", value))])
    raw = json.dumps([offset, parts], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(text: str) -> tuple[int, tuple[Any, ...]]:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        offset, parts = json.loads(raw)
        key = tuple(None if p is None else _TYPES[p[0]](p[1]) for p in parts)
        if not isinstance(offset, int) or offset < 0:
            raise ValueError(offset)
        return offset, key
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise BadCursor("cursor: not one this API gave out (ask for the first page again)") from exc
