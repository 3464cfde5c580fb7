"""A report definition and its JSON form (what a saved report stores).

Reading JSON checks every part and names the bad one (`group_by[1].bucket: ...`), so a damaged saved
report is refused with a reason instead of breaking the page. Whether the fields exist for the entity is
checked against the database when the report is compiled (custom fields come and go).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import CustomFilter, ListQuery

BUCKETS = ("month", "quarter", "year")
AGGREGATES = ("count", "sum", "avg", "min", "max")
MAX_GROUPS = 2
DEFAULT_LIMIT = 1000
MAX_LIMIT = 100_000
_TEXT_FILTERS = ("search", "status", "country", "kind")
_ID_FILTERS = ("owner_id", "tag_id", "segment_id")


@dataclass(frozen=True)
class GroupBy:
    """Group rows by a field; a date field by month, quarter or year."""

    field: str
    bucket: str = ""

    @property
    def key(self) -> str:
        return f"{self.field}:{self.bucket}" if self.bucket else self.field


@dataclass(frozen=True)
class Aggregate:
    """count (of rows, no field), or sum/avg/min/max of a numeric or money field."""

    op: str
    field: str = ""

    @property
    def key(self) -> str:
        return f"{self.op}:{self.field}" if self.field else self.op


@dataclass(frozen=True)
class ReportDefinition:
    """What a report shows. Without grouping its rows are records (`columns`) and the aggregates make
    the totals row; with grouping a row per group holds the group values and the aggregates."""

    entity: str
    columns: tuple[str, ...] = ()
    group_by: tuple[GroupBy, ...] = ()
    aggregates: tuple[Aggregate, ...] = (Aggregate("count"),)
    filters: ListQuery = field(default_factory=ListQuery)
    sort: str = ""  # a result column key; "" sorts by the groups (or the first column)
    descending: bool = False
    limit: int = DEFAULT_LIMIT

    def with_filters(self, **changes: Any) -> ReportDefinition:
        return replace(self, filters=replace(self.filters, **changes))

    def to_json(self) -> dict[str, Any]:
        filters: dict[str, Any] = {}
        for name in _TEXT_FILTERS:
            if getattr(self.filters, name):
                filters[name] = getattr(self.filters, name)
        for name in _ID_FILTERS:
            if getattr(self.filters, name):
                filters[name] = str(getattr(self.filters, name))
        cf = self.filters.custom_filter
        if cf is not None:
            filters["custom_filter"] = {"key": cf.key, "op": cf.op, "value": cf.value}
        return {
            "entity": self.entity,
            "columns": list(self.columns),
            "group_by": [{"field": g.field, "bucket": g.bucket} for g in self.group_by],
            "aggregates": [{"op": a.op, "field": a.field} for a in self.aggregates],
            "filters": filters,
            "sort": self.sort,
            "descending": self.descending,
            "limit": self.limit,
        }

    @classmethod
    def from_json(cls, data: Any) -> ReportDefinition:
        """Read a stored definition, naming every part of the wrong shape."""
        errors: list[FieldError] = []
        if not isinstance(data, dict):
            raise ValidationError(FieldError("report", "must be a JSON object"))
        entity = _text(data, "entity", errors, required=True)
        columns = data.get("columns", [])
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            errors.append(FieldError("columns", "must be a list of field names"))
            columns = []
        groups = [_group(g, i, errors) for i, g in enumerate(_items(data, "group_by", errors))]
        aggs = [_aggregate(a, i, errors) for i, a in enumerate(_items(data, "aggregates", errors))]
        filters = _filters(data.get("filters", {}), errors)
        sort = _text(data, "sort", errors)
        limit = data.get("limit", DEFAULT_LIMIT)
        if isinstance(limit, bool) or not isinstance(limit, int):
            errors.append(FieldError("limit", "must be a whole number"))
            limit = DEFAULT_LIMIT
        if errors:
            raise ValidationError(errors)
        return cls(
            entity,
            tuple(columns),
            tuple(g for g in groups if g is not None),
            tuple(a for a in aggs if a is not None),
            filters,
            sort,
            bool(data.get("descending", False)),
            limit,
        )


def _text(data: dict[str, Any], name: str, errors: list[FieldError], required: bool = False) -> str:
    value: Any = data.get(name, "")
    if not isinstance(value, str):
        errors.append(FieldError(name, "must be text"))
        return ""
    if required and not value:
        errors.append(FieldError(name, "is required"))
    return str(value)


def _items(data: dict[str, Any], name: str, errors: list[FieldError]) -> list[Any]:
    value = data.get(name, [])
    if not isinstance(value, list):
        errors.append(FieldError(name, "must be a list"))
        return []
    return value


def _group(item: Any, i: int, errors: list[FieldError]) -> GroupBy | None:
    where = f"group_by[{i}]"
    if not isinstance(item, dict) or not isinstance(item.get("field"), str):
        errors.append(FieldError(where, 'must be {"field": ..., "bucket": ...}'))
        return None
    bucket = item.get("bucket", "") or ""
    if bucket not in ("", *BUCKETS):
        errors.append(FieldError(f"{where}.bucket", f"{bucket!r} is not one of {', '.join(BUCKETS)}"))
        return None
    return GroupBy(item["field"], bucket)


def _aggregate(item: Any, i: int, errors: list[FieldError]) -> Aggregate | None:
    where = f"aggregates[{i}]"
    if not isinstance(item, dict) or not isinstance(item.get("op"), str):
        errors.append(FieldError(where, 'must be {"op": ..., "field": ...}'))
        return None
    if item["op"] not in AGGREGATES:
        errors.append(FieldError(f"{where}.op", f"{item['op']!r} is not one of {', '.join(AGGREGATES)}"))
        return None
    name = item.get("field", "") or ""
    if not isinstance(name, str):
        errors.append(FieldError(f"{where}.field", "must be a field name"))
        return None
    return Aggregate(item["op"], name)


def _filters(data: Any, errors: list[FieldError]) -> ListQuery:
    if not isinstance(data, dict):
        errors.append(FieldError("filters", "must map filter names to values"))
        return ListQuery()
    values: dict[str, Any] = {}
    for name in _TEXT_FILTERS:
        value = data.get(name, "")
        if not isinstance(value, str):
            errors.append(FieldError(f"filters.{name}", "must be text"))
        elif value:
            values[name] = value
    for name in _ID_FILTERS:
        value = data.get(name, "")
        if not value:
            continue
        try:
            values[name] = uuid.UUID(str(value))
        except ValueError:
            errors.append(FieldError(f"filters.{name}", f"{value!r} is not an id"))
    cf = data.get("custom_filter")
    if cf is not None:
        if not isinstance(cf, dict) or not isinstance(cf.get("key"), str):
            errors.append(FieldError("filters.custom_filter", 'must be {"key", "op", "value"}'))
        else:
            values["custom_filter"] = CustomFilter(cf["key"], str(cf.get("op", "equals")), cf.get("value"))
    unknown = sorted(set(data) - {*_TEXT_FILTERS, *_ID_FILTERS, "custom_filter"})
    if unknown:
        errors.append(FieldError("filters", f"unknown filter {', '.join(unknown)}"))
    return ListQuery(**values)
