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

from sqlalchemy import Boolean, Numeric, Text, case, cast, false, func, literal_column, select
from sqlalchemy.dialects import postgresql
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


def multi_contains_any(
    column: ColumnElement[Any], key: str, options: list[str], dialect: str
) -> ColumnElement[bool]:
    """True when the multiple-choice value (a JSON list) under `key` holds any of `options`."""
    check_key(key)
    if dialect == "sqlite":
        items = func.json_each(column, literal_column(f"'$.{key}'")).table_valued("value")
        return select(literal_column("1")).select_from(items).where(items.c.value.in_(options)).exists()
    value = column.op("->")(literal_column(f"'{key}'"))
    has_any = value.op("?|", return_type=Boolean)(postgresql.array(options, type_=Text))
    return func.coalesce(has_any, false())  # a missing key gives NULL, which NOT would keep NULL


def multi_is_empty(column: ColumnElement[Any], key: str, dialect: str) -> ColumnElement[bool]:
    """True when the multiple-choice value under `key` is absent, null or an empty list."""
    check_key(key)
    if dialect == "sqlite":
        length = func.json_array_length(column, literal_column(f"'$.{key}'"))
    else:  # jsonb_array_length refuses a JSON null or scalar: only arrays are measured
        value = column.op("->")(literal_column(f"'{key}'"))
        length = func.jsonb_array_length(case((func.jsonb_typeof(value) == "array", value)))
    return func.coalesce(length, 0) == 0
