"""A covering index for one saved segment: its equality conditions, then the list's default sort.

A condition served by a one-column index still visits a wide row for every match to test the others:
at a million contacts a criterion matching 10% costs about a second. An index over the segment's
top-level equality columns (built-in or custom, as `custom_values.sort_expression`) followed by the list's
sort columns turns the count into one index range and the first page into an ordered read
(docs/benchmarks.md, issue 9). Building it takes seconds at that size, so it is an explicit action
(`rapport segment index NAME`), not a side effect of saving.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, literal_column, text
from sqlalchemy.sql.elements import ColumnElement

from app.models import Segment
from app.services import custom_values
from app.services.errors import FieldError, ValidationError
from app.services.listing import EntityList
from app.services.segment_criteria import FieldSpec

INDEXABLE = frozenset({"text", "choice", "number", "money", "date", "checkbox"})


def index_name(segment: Segment) -> str:
    return f"ix_{segment.entity_type}s_segment_{segment.id.hex[:12]}"


def index_statement(
    engine: Engine, segment: Segment, specs: dict[str, FieldSpec], listing: EntityList
) -> tuple[str, str]:
    """(name, CREATE INDEX statement) for the segment; ValidationError if nothing in it is indexable."""
    dialect = engine.dialect
    parts: list[str] = []
    for item in segment.criteria.get("items", []) if segment.criteria.get("match", "all") == "all" else []:
        spec = specs.get(str(item.get("field")))
        if (
            "items" in item
            or item.get("negate")
            or item.get("operator") not in ("equals", "in")
            or spec is None
            or spec.kind not in INDEXABLE
        ):
            continue
        expr: ColumnElement[Any] = literal_column(spec.name)  # an index names its columns unqualified
        if spec.custom_kind is not None:
            expr = custom_values.sort_expression(  # what the segment's SQL compares (segment_sql)
                literal_column("custom"), spec.name[7:], spec.custom_kind, dialect.name
            )
        sql = str(expr.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        part = sql if spec.custom_kind is None else f"({sql})"  # PostgreSQL wants expressions in brackets
        if part not in parts:
            parts.append(part)
    if not parts:
        raise ValidationError(
            FieldError(
                "criteria",
                "only conditions 'is' or 'is one of' on fields, all combined with AND, are indexed",
            )
        )
    sort = [c.key for c in listing.sorts[listing.default_sort]]
    name = index_name(segment)
    table = listing.model.__tablename__
    columns = ", ".join([*parts, *(c for c in sort if c not in parts)])
    return name, f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns}) WHERE deleted_at IS NULL"


def create(engine: Engine, name: str, table: str, statement: str) -> None:
    """Build the index and refresh the planner's statistics, so the planner knows to use it."""
    with engine.begin() as conn:
        conn.execute(text(statement))
        conn.execute(text(f"ANALYZE {name if engine.dialect.name == 'sqlite' else table}"))


def drop(engine: Engine, name: str) -> None:
    with engine.begin() as conn:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
