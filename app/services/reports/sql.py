"""SQL pieces of a report that depend on the dialect or steer SQLite's planner: date buckets, select-list
positions and when to read a whole table in rowid order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, String, cast, func, literal_column
from sqlalchemy.sql.elements import ColumnElement

from app.services.core.listing import ListQuery
from app.services.reports.definition import ReportDefinition
from app.services.reports.fields import EntitySpec, Kind, ReportField


def bucket_expression(f: ReportField, bucket: str, dialect: str) -> ColumnElement[Any]:
    """'YYYY-MM', 'YYYY-Qn' or 'YYYY' of a date or UTC time, as text, on either dialect."""
    expr = f.expr(dialect)
    if dialect == "postgresql" and not f.custom_text:
        value = expr if f.kind == Kind.DATE else func.timezone("UTC", expr)
        pattern = {"month": "'YYYY-MM'", "quarter": "'YYYY-\"Q\"Q'", "year": "'YYYY'"}[bucket]
        return func.to_char(value, literal_column(pattern))
    # SQLite stores dates and times as ISO text; custom dates are ISO text on both dialects. Literals,
    # not parameters, so the same expression always renders the same SQL text.
    one: ColumnElement[Any] = literal_column("1")
    four: ColumnElement[Any] = literal_column("4")
    if bucket == "month":
        return func.substr(expr, one, literal_column("7"))
    if bucket == "year":
        return func.substr(expr, one, four)
    month = cast(func.substr(expr, literal_column("6"), literal_column("2")), Integer)
    quarter = (month + literal_column("2")).self_group().op("/")(literal_column("3"))  # integer division
    return func.substr(expr, one, four).concat(literal_column("'-Q'")).concat(cast(quarter, String))


def own_column(spec: EntitySpec, f: ReportField | None) -> Any:
    """The entity table's own column a field reads, or None (a joined name, a custom value)."""
    if f is None or f.join or f.key.startswith("custom."):
        return None
    column = f.expr("sqlite")
    table = spec.model.__table__
    return column if getattr(column, "table", None) is table else None


def scan_whole_table(
    spec: EntitySpec, report: ReportDefinition, groups: Sequence[ReportField | None]
) -> bool:
    """Whether a grouped report should read its table from end to end on SQLite.

    With no list filter, SQLite walks a partial index (`WHERE deleted_at IS NULL`) and looks up every
    row from it: 8-10 s over a million contacts or deals, against ~2 s for reading the table in rowid
    order (docs/benchmarks.md, issue 17). Only a count grouped by one indexed column of the table is
    answered by the index alone, which is faster still: that case keeps the index.
    """
    if not report.group_by or report.filters != ListQuery():
        return False
    column = own_column(spec, groups[0]) if len(groups) == 1 and not report.group_by[0].bucket else None
    counts_only = all(a.op == "count" for a in report.aggregates)
    if column is not None and counts_only:
        table: Any = spec.model.__table__
        name = getattr(column, "name", None) or getattr(column, "key", None)
        return not any([c.name for c in ix.columns][:1] == [name] for ix in table.indexes)
    return True


def select_position(at: int) -> ColumnElement[Any]:
    """A select-list position (1-based) for GROUP BY and ORDER BY: the same on SQLite and PostgreSQL."""
    return literal_column(str(at + 1))
