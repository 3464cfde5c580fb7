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

from sqlalchemy import (
    Boolean,
    Numeric,
    String,
    Text,
    and_,
    case,
    cast,
    false,
    func,
    literal_column,
    select,
    type_coerce,
)
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


# What an empty value sorts as: before every real value ascending, so the sort key is never NULL and the
# row-value comparisons of keyset paging work (NULLs would compare as unknown). Literals, not parameters,
# so the query's expression is textually the indexed one.
EMPTY_SORT_VALUES: tuple[Any, ...] = ("", False, -1e308)  # the Python values of those literals


def may_equal_empty(value: Any) -> bool:
    """Whether `value` could equal a missing value's sort key (0 == False counts), so that a comparison
    on `sort_expression` needs a separate presence test to leave empty values out."""
    return any(value == fill for fill in EMPTY_SORT_VALUES)


def _empty_literal(kind: FieldKind, dialect: str) -> str:
    if kind in NUMERIC_KINDS:
        return "-1e308"
    if kind == FieldKind.CHECKBOX:
        return "0" if dialect == "sqlite" else "false"
    return "''"


def sort_expression(
    column: ColumnElement[Any], key: str, kind: FieldKind, dialect: str
) -> ColumnElement[Any]:
    """The never-NULL sort key of a custom value: what list sorting, filters and the index use."""
    return func.coalesce(
        value_expression(column, key, kind, dialect), literal_column(_empty_literal(kind, dialect))
    )


def index_name(table: str, key: str) -> str:
    """The name of the expression index serving custom field `key` of `table` (PostgreSQL: <= 63 chars)."""
    name = f"ix_cf_{table}_{check_key(key)}"
    if len(name) <= 63:
        return name
    import hashlib

    return f"{name[:54]}_{hashlib.sha1(name.encode()).hexdigest()[:8]}"


def create_index_sql(table: str, key: str, kind: FieldKind, dialect: str) -> str:
    """DDL of the partial expression index `(sort_expression, id) WHERE deleted_at IS NULL` on `table`."""
    from sqlalchemy import column as sql_column
    from sqlalchemy.dialects import postgresql, sqlite

    compiler_dialect = sqlite.dialect() if dialect == "sqlite" else postgresql.dialect()  # type: ignore[no-untyped-call]
    expr = sort_expression(sql_column("custom"), key, kind, dialect)
    expr_sql = str(expr.compile(dialect=compiler_dialect, compile_kwargs={"literal_binds": True}))
    return (
        f"CREATE INDEX IF NOT EXISTS {index_name(table, key)} ON {table} ({expr_sql}, id) "
        "WHERE deleted_at IS NULL"
    )


def drop_index_sql(table: str, key: str) -> str:
    return f"DROP INDEX IF EXISTS {index_name(table, key)}"


FILTER_OPS: tuple[str, ...] = ("equals", "contains", "greater", "less", "empty", "not_empty")


def filter_expression(
    column: ColumnElement[Any], key: str, kind: FieldKind, dialect: str, op: str, value: Any = None
) -> ColumnElement[bool]:
    """A condition on a custom value; `value` is already in its stored JSON form (see custom_validation).

    equals/greater/less compare the never-NULL sort key, so the field's expression index serves them;
    'less' excludes empty values explicitly. A multi-choice field 'contains' or 'equals' one choice.
    """
    typed = value_expression(column, key, kind, dialect)
    sort_key = sort_expression(column, key, kind, dialect)
    if op in ("empty", "not_empty"):
        present: ColumnElement[bool] = typed.is_(None) if op == "empty" else typed.is_not(None)
        return present
    if kind == FieldKind.MULTI_CHOICE and op in ("equals", "contains"):
        choice = value[0] if isinstance(value, list) else value
        return type_coerce(typed, String).like(f'%"{escape_like(str(choice))}"%', escape="\\")
    if op == "contains":
        text_value = type_coerce(typed, String) if kind not in NUMERIC_KINDS else cast(typed, String)
        return text_value.ilike(f"%{escape_like(str(value))}%", escape="\\")
    if op in ("equals", "greater"):
        compared: ColumnElement[bool] = sort_key == value if op == "equals" else sort_key > value
        return compared
    if op == "less":
        return and_(sort_key < value, sort_key > literal_column(_empty_literal(kind, dialect)))
    raise ValueError(f"unknown custom filter operator {op!r}")


def escape_like(term: str) -> str:
    """Escape LIKE wildcards (used with escape='\\\\')."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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
