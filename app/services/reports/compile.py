"""Compile a report definition into SQL: one grouped SELECT for the rows and one for the totals.

Grouping and aggregation happen in the database (GROUP BY), so a report over a million rows moves only
its groups to Python. The list filters are the lists' own (`EntityList` conditions: search, owner, tag,
status, country, kind, custom field, segment). Money is summed in minor units per currency: a report
with a money figure gets a Currency column and groups by it, so amounts in different currencies are
never added up. An average is read as SUM and COUNT and divided in Decimal, never as SQL's float AVG.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import Select, case, func, literal, literal_column, null, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models.money import from_minor, minor_digits, money_round
from app.services.core import guard, listing
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import ListQuery
from app.services.reports.definition import MAX_GROUPS, MAX_LIMIT, Aggregate, GroupBy, ReportDefinition
from app.services.reports.fields import (
    DATED,
    ENTITIES,
    NUMERIC,
    EntitySpec,
    Kind,
    LinkedAccount,
    ReportField,
    resolve,
)
from app.services.reports.sql import bucket_expression, own_column, scan_whole_table, select_position

Reader = Callable[[Sequence[Any]], Any]
CURRENCY_KEY = "currency"
_AGG_LABELS = {"count": "count", "sum": "sum", "avg": "average", "min": "lowest", "max": "highest"}
_FILTER_WORDS = {
    "status": "a status",
    "country": "a country",
    "kind": "a kind",
    "owner_id": "an owner",
    "segment_id": "a segment",
    "tag_id": "a tag",
    "search": "a search",
    "custom_filter": "a custom field filter",
}


@dataclass(frozen=True)
class ResultColumn:
    """One column of a report's result. `role` is group, field, aggregate or currency."""

    key: str
    label: str
    kind: Kind
    role: str
    currency: str = ""  # money in a fixed currency (custom money field)


@dataclass
class Compiled:
    """The statements and how to read their rows into values."""

    columns: list[ResultColumn]
    rows: Select[Any]
    totals: Select[Any] | None
    readers: list[Reader]
    total_readers: list[Reader]
    total_keys: list[str] = field(default_factory=list)  # the result column key of each totals value
    limit: int = 0
    # A grouped report's totals row(s) from its groups, when every group was read (not cut by the limit):
    # the part of a group row the totals statement would select, how each value adds up, and where the
    # currency is in it (None: one totals row). Saves reading every row a second time.
    total_from: int | None = None
    total_combine: list[str] = field(default_factory=list)
    total_currency: int | None = None


def compile_report(session: Session, report: ReportDefinition) -> Compiled:
    """Validate the definition against the entity's fields and build its statements."""
    dialect = session.get_bind().dialect.name
    spec = ENTITIES.get(report.entity)
    if spec is None:
        known = ", ".join(ENTITIES)
        raise ValidationError(FieldError("entity", f"{report.entity!r} is not one of {known}"))
    errors: list[FieldError] = []
    groups = [_group_field(spec, g, i, session, errors) for i, g in enumerate(report.group_by)]
    aggs = [_agg_field(spec, a, i, session, errors) for i, a in enumerate(report.aggregates)]
    cols = [_column_field(spec, c, i, session, errors) for i, c in enumerate(report.columns)]
    if len(report.group_by) > MAX_GROUPS:
        errors.append(FieldError("group_by", f"group by at most {MAX_GROUPS} fields"))
    if not report.group_by and not report.columns:
        errors.append(FieldError("columns", "choose at least one column, or a field to group by"))
    if report.group_by and not report.aggregates:
        errors.append(FieldError("aggregates", "a grouped report needs at least one figure (e.g. count)"))
    if not 1 <= report.limit <= MAX_LIMIT:
        errors.append(FieldError("limit", f"must be between 1 and {MAX_LIMIT:,}"))
    errors += _filter_errors(spec, report)
    if errors:
        raise ValidationError(errors)
    plan = _Plan(spec, dialect)
    plan.table_scan = dialect == "sqlite" and scan_whole_table(spec, report, groups)
    if report.group_by:
        for g, f in zip(report.group_by, groups, strict=True):
            assert f is not None
            plan.add_group(g, f)
    else:
        for f in cols:
            assert f is not None
            plan.add_field(f)
    if report.group_by:
        plan.add_currency(aggs, group=True)
        for a, f in zip(report.aggregates, aggs, strict=True):
            plan.joins.add(f.join if f is not None else "")
            plan.add_aggregate(a, f)
    else:
        plan.add_currency([*cols, *aggs], group=False)
    if report.sort and report.sort not in [c.key for c in plan.columns]:
        raise ValidationError(FieldError("sort", f"{report.sort!r} is not a column of this report"))
    compiled = Compiled(plan.columns, plan.statement(session, report), None, plan.readers, [])
    compiled.limit = report.limit
    if report.aggregates:
        compiled.totals, compiled.total_readers, compiled.total_keys = _totals(
            session, spec, dialect, report, aggs
        )
    if report.group_by:
        # the row selects are the groups, the currency if any, then the aggregates: the totals statement
        # selects the same currency and aggregates in the same order
        currency = plan.currency_at is not None
        compiled.total_from = len(report.group_by)
        compiled.total_combine = plan.combine[compiled.total_from :]
        compiled.total_currency = 0 if currency else None
    return compiled


def _filter_errors(spec: EntitySpec, report: ReportDefinition) -> list[FieldError]:
    errors = []
    for name, words in _FILTER_WORDS.items():
        if getattr(report.filters, name) and name not in spec.filters:
            errors.append(
                FieldError(f"filters.{name}", f"{spec.label.lower()} cannot be filtered by {words}")
            )
    return errors


def _field(
    spec: EntitySpec, key: str, where: str, session: Session, errors: list[FieldError]
) -> ReportField | None:
    found = resolve(spec, key, session)
    if found is None:
        errors.append(FieldError(where, f"{spec.label.lower()} have no field {key!r}"))
        return None
    return _masked(found, session)


HIDDEN = "(hidden)"


def _masked(f: ReportField, session: Session) -> ReportField:
    """A joined account the signed-in user may not open is not named: it reads "(hidden)" (its rows
    still count, in one group), so a deal report grouped by account tells a rep nothing of West's."""
    if f.join != "account":
        return f
    seen = guard.visible(session, "account", LinkedAccount)
    if seen is None:
        return f
    inner = f.expr
    instead = literal(HIDDEN) if f.kind is Kind.TEXT else null()

    def column(dialect: str) -> ColumnElement[Any]:
        return case((LinkedAccount.id.is_(None), inner(dialect)), (seen, inner(dialect)), else_=instead)

    return replace(f, expr=column)


def _group_field(
    spec: EntitySpec, g: GroupBy, i: int, session: Session, errors: list[FieldError]
) -> ReportField | None:
    found = _field(spec, g.field, f"group_by[{i}].field", session, errors)
    if found is None:
        return None
    if found.kind in DATED and not g.bucket:
        errors.append(FieldError(f"group_by[{i}].bucket", f"group {found.label} by month, quarter or year"))
    elif g.bucket and found.kind not in DATED:
        errors.append(FieldError(f"group_by[{i}].bucket", f"{found.label} is not a date"))
    elif found.kind == Kind.MONEY:
        errors.append(FieldError(f"group_by[{i}].field", f"{found.label} is an amount: sum it instead"))
    return found


def _agg_field(
    spec: EntitySpec, a: Aggregate, i: int, session: Session, errors: list[FieldError]
) -> ReportField | None:
    if a.op == "count":
        if a.field:
            errors.append(FieldError(f"aggregates[{i}].field", "count counts rows: leave the field empty"))
        return None
    if not a.field:
        errors.append(FieldError(f"aggregates[{i}].field", f"choose the field to {a.op}"))
        return None
    found = _field(spec, a.field, f"aggregates[{i}].field", session, errors)
    if found is not None and found.kind not in NUMERIC:
        errors.append(
            FieldError(
                f"aggregates[{i}].field", f"{found.label} is not a number or an amount: cannot {a.op} it"
            )
        )
    return found


def _column_field(
    spec: EntitySpec, key: str, i: int, session: Session, errors: list[FieldError]
) -> ReportField | None:
    return _field(spec, key, f"columns[{i}]", session, errors)


class _Plan:
    """The selected expressions in order, with the column and the reader of each result value."""

    def __init__(self, spec: EntitySpec, dialect: str) -> None:
        self.spec, self.dialect = spec, dialect
        self.columns: list[ResultColumn] = []
        self.readers: list[Reader] = []
        self.selects: list[ColumnElement[Any]] = []
        self.combine: list[str] = []  # per select: how its group values make the total ("": a key)
        self.group_at: list[int] = []  # positions of the GROUP BY values among the selects
        self.group_order: dict[int, ColumnElement[Any]] = {}  # a group's own order (a stage's position)
        self.first_select: list[int] = []  # each result column's first select (an average has two)
        self.joins: set[str] = set()
        self.currency_at: int | None = None  # index of the row's currency in the raw row
        self.table_scan = False  # SQLite: read the whole table in rowid order (see _scan_whole_table)

    def _select(self, expr: ColumnElement[Any], combine: str = "") -> int:
        """Add a selected value; `combine` says how group values add up to the total (sum, min, max)."""
        self.selects.append(expr.label(f"c{len(self.selects)}"))
        self.combine.append(combine)
        return len(self.selects) - 1

    def _column(self, column: ResultColumn, reader: Reader, first: int) -> None:
        self.columns.append(column)
        self.readers.append(reader)
        self.first_select.append(first)

    def add_group(self, g: GroupBy, f: ReportField) -> None:
        self.joins.add(f.join)
        expr = bucket_expression(f, g.bucket, self.dialect) if g.bucket else f.expr(self.dialect)
        if self.table_scan and not g.bucket and own_column(self.spec, f) is not None:
            # an expression, not the bare column: SQLite then cannot walk that column's index for the
            # GROUP BY (a lookup of every row in index order: 5x slower than reading the table)
            expr = expr + literal_column("0") if f.kind == Kind.NUMBER else expr.concat(literal_column("''"))
        at = self._select(expr)
        self.group_at.append(at)
        if f.order is not None:
            self.group_order[at] = func.min(f.order)
        label = f"{f.label} ({g.bucket})" if g.bucket else f.label
        kind = Kind.TEXT if g.bucket else f.kind
        self._column(ResultColumn(g.key, label, kind, "group"), lambda row: _plain(row[at]), at)

    def add_field(self, f: ReportField) -> None:
        self.joins.add(f.join)
        at = self._select(f.expr(self.dialect))
        column = ResultColumn(f.key, f.label, f.kind, "field", f.currency)
        if f.kind == Kind.MONEY:
            self._column(column, lambda row: self._money(row, row[at], f), at)
        else:
            self._column(column, lambda row: _plain(row[at]), at)

    def add_currency(self, used: Sequence[ReportField | None], group: bool) -> None:
        """Show (and with `group`, group by) the currency of money fields that take it from the row."""
        row_currency = [f for f in used if f is not None and f.kind == Kind.MONEY and not f.currency]
        if not row_currency:
            return
        shown = next((i for i, c in enumerate(self.columns) if c.key == CURRENCY_KEY), None)
        if shown is not None:
            self.currency_at = self.first_select[shown]
            return
        expr = row_currency[0].currency_expr
        assert expr is not None
        at = self.currency_at = self._select(expr(self.dialect))
        if group:
            self.group_at.append(at)
        self._column(ResultColumn(CURRENCY_KEY, "Currency", Kind.TEXT, "currency"), lambda row: row[at], at)

    def add_aggregate(self, a: Aggregate, f: ReportField | None) -> None:
        label = "Count" if f is None else f"{f.label} ({_AGG_LABELS[a.op]})"
        kind = Kind.NUMBER if f is None else f.kind
        currency = f.currency if f is not None else ""
        first = len(self.selects)
        self._column(ResultColumn(a.key, label, kind, "aggregate", currency), self._aggregate(a, f), first)

    def _aggregate(self, a: Aggregate, f: ReportField | None) -> Reader:
        if f is None:
            at = self._select(func.count(), "sum")
            return lambda row: int(row[at] or 0)
        expr = f.expr(self.dialect)
        if a.op == "avg":
            s, n = self._select(func.sum(expr), "sum"), self._select(func.count(expr), "sum")
            return lambda row: self._average(row, row[s], row[n], f)
        at = self._select(getattr(func, a.op)(expr), a.op)
        if f.kind == Kind.MONEY:
            return lambda row: self._money(row, row[at], f)
        return lambda row: _number(row[at])

    def _currency(self, row: Sequence[Any], f: ReportField) -> str:
        if f.currency:
            return f.currency
        return str(row[self.currency_at]) if self.currency_at is not None else "EUR"

    def _money(self, row: Sequence[Any], minor: Any, f: ReportField) -> Decimal | None:
        if minor is None:
            return None
        return from_minor(int(Decimal(str(minor))), self._currency(row, f))

    def _average(self, row: Sequence[Any], total: Any, count: Any, f: ReportField) -> Decimal | None:
        if not count:
            return None
        mean = Decimal(str(total)) / Decimal(int(count))
        if f.kind == Kind.MONEY:
            currency = self._currency(row, f)
            return money_round(mean.scaleb(-minor_digits(currency)), currency)
        return mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)

    def statement(self, session: Session, report: ReportDefinition) -> Select[Any]:
        """The rows: grouped when the plan has groups, ordered, one more than the limit (to tell a cut)."""
        stmt = self.from_clause(session, report, select(*self.selects))
        if self.group_at:
            stmt = stmt.group_by(*(select_position(at) for at in self.group_at))
        return stmt.order_by(*self._order(report)).limit(report.limit + 1)

    def from_clause(self, session: Session, report: ReportDefinition, stmt: Select[Any]) -> Select[Any]:
        model = self.spec.model
        stmt = stmt.select_from(model)
        for name in sorted(j for j in self.joins if j):
            target, on = self.spec.joins[name]
            stmt = stmt.outerjoin(target, on())
        if self.table_scan:  # a rowid range the planner prefers to a walk through a partial index
            stmt = stmt.where(literal_column(f"{model.__tablename__}.rowid") > literal_column("0"))
        # the lists' own conditions: soft delete, owner, tag, status, country, kind, custom, segment, search
        return listing.entity_list(self.spec.name).filtered(stmt, session, report.filters, deleted=False)

    def _order(self, report: ReportDefinition) -> list[ColumnElement[Any]]:
        def ordered(at: int) -> ColumnElement[Any]:
            # empty values last either way, on both dialects (their defaults differ)
            return (
                select_position(at).desc() if report.descending else select_position(at).asc()
            ).nulls_last()

        def group_ordered(at: int) -> list[ColumnElement[Any]]:
            own = self.group_order.get(at)
            if own is None:
                return [ordered(at)]
            return [(own.desc() if report.descending else own.asc()).nulls_last(), ordered(at)]

        model: Any = self.spec.model
        if report.sort:
            keys = [c.key for c in self.columns]
            by = [ordered(self.first_select[keys.index(report.sort)])]
            if self.group_at:
                return by + [select_position(at) for at in self.group_at]
            return [*by, model.id]  # records: the id breaks ties, so the order is stable
        if self.group_at:
            return [by for at in self.group_at for by in group_ordered(at)]
        return [ordered(0), model.id]


def _totals(
    session: Session,
    spec: EntitySpec,
    dialect: str,
    report: ReportDefinition,
    aggs: Sequence[ReportField | None],
) -> tuple[Select[Any], list[Reader], list[str]]:
    """The aggregates over every matching row, one row per currency when an amount is among them."""
    plan = _Plan(spec, dialect)
    # every matching row is read for a sum, an average, a min or a max (a count alone reads an index)
    plan.table_scan = (
        dialect == "sqlite"
        and report.filters == ListQuery()
        and any(a.op != "count" for a in report.aggregates)
    )
    plan.add_currency(aggs, group=True)
    for a, f in zip(report.aggregates, aggs, strict=True):
        plan.joins.add(f.join if f is not None else "")
        plan.add_aggregate(a, f)
    stmt = plan.from_clause(session, report, select(*plan.selects))
    if plan.group_at:
        stmt = stmt.group_by(*(select_position(at) for at in plan.group_at)).order_by(
            select_position(plan.group_at[0])
        )
    return stmt, plan.readers, [c.key for c in plan.columns]


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)  # enums as their stored text


def _number(value: Any) -> Any:
    if value is None or isinstance(value, int):
        return value
    return Decimal(str(value))
