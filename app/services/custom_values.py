"""SQL expressions over custom field values (the JSON `custom` column), on SQLite and PostgreSQL.

Sorting, filtering, segments and expression indexes must compile to the *same* SQL text, or the database
cannot use the index. So the JSON path is rendered as a SQL literal, never as a bound parameter; that is
safe because field keys are checked against `KEY_PATTERN` before they reach SQL.

- SQLite: `json_extract(custom, '$.key')`, which returns the JSON value natively typed (numbers as numbers,
  true/false as 1/0, strings as text).
- PostgreSQL: `(custom ->> 'key')` is text; numbers and money are cast to NUMERIC, checkboxes to BOOLEAN.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Boolean, Numeric, cast, func, literal_column
from sqlalchemy.sql.elements import ColumnElement

from app.models.custom_field import FieldKind

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,59}$")

NUMERIC_KINDS = frozenset({FieldKind.NUMBER, FieldKind.MONEY})


def check_key(key: str) -> str:
    """The key itself, or ValueError: keys become part of SQL text (see the module docstring)."""
    if not KEY_PATTERN.match(key):
        raise ValueError(
            f"custom field key {key!r} must start with a lower-case letter and contain only a-z, 0-9 and _"
        )
    return key


def value_expression(
    column: ColumnElement[Any], key: str, kind: FieldKind, dialect: str
) -> ColumnElement[Any]:
    """The typed value of custom field `key` in the JSON `column`, as an SQL expression for `dialect`."""
    check_key(key)
    if dialect == "sqlite":
        return func.json_extract(column, literal_column(f"'$.{key}'"))
    text_value = column.op("->>")(literal_column(f"'{key}'"))
    if kind in NUMERIC_KINDS:
        return cast(text_value, Numeric)
    if kind == FieldKind.CHECKBOX:
        return cast(text_value, Boolean)
    return text_value
