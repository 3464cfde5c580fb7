"""Row values in a canonical JSON form, the same whether read from SQLite or PostgreSQL, so the two
sides and the stored base of the last sync compare field by field; and back to column values."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.types import TypeDecorator

Row = dict[str, Any]
# Bookkeeping columns: each side's write sets them; they are copied, never merged.
META = ("version", "updated_at")


def canon(value: Any) -> Any:
    """A JSON-safe value that compares equal on both databases."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        if value.tzinfo is not UTC:
            value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize()) if value == value.to_integral() else str(value)
    if isinstance(value, dict):
        return {str(k): canon(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canon(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (bool, int, str, float)):
        return value
    raise TypeError(f"cannot sync a value of type {type(value).__name__}")


_PLAIN = frozenset({type(None), bool, int, str, float})


def canon_row(row: Row) -> Row:
    plain = _PLAIN
    return {name: value if type(value) in plain else canon(value) for name, value in row.items()}


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def column_value(column: Column[Any], value: Any) -> Any:
    """The Python value a column takes for a canonical (or typed) value; ValueError if it cannot."""
    if value is None:
        return None
    python_type = _python_type(column)
    if python_type is None or isinstance(value, python_type):
        return value
    if issubclass(python_type, enum.Enum):
        return python_type(value)
    if python_type is uuid.UUID:
        return uuid.UUID(str(value))
    if python_type is datetime:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if python_type is date:
        return date.fromisoformat(str(value))
    if python_type is bool:
        if isinstance(value, str):
            if value.strip().lower() in ("1", "true", "yes"):
                return True
            if value.strip().lower() in ("0", "false", "no"):
                return False
            raise ValueError(f"{value!r} is not yes or no")
        return bool(value)
    if python_type in (dict, list):
        return json.loads(value) if isinstance(value, str) else value
    convert: Any = python_type
    return convert(value)


def _python_type(column: Column[Any]) -> type | None:
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    enum_class = getattr(kind, "enum_class", None)
    if enum_class is not None:
        return enum_class  # type: ignore[no-any-return]
    try:
        found = kind.python_type
    except NotImplementedError:
        return None
    return None if found is object else found


def typed_row(table: Table, row: Row) -> Row:
    """Canonical values back to the table's column values."""
    kinds = _kinds(table)
    return {
        name: value if value is None or type(value) is kinds[name] else column_value(table.c[name], value)
        for name, value in row.items()
    }


@lru_cache(maxsize=256)
def _kinds(table: Table) -> dict[str, type | None]:
    return {c.name: _python_type(c) for c in table.columns}
