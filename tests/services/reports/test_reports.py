"""Running reports on SQLite and PostgreSQL: grouping in SQL, date buckets, exact money per currency,
custom fields, the lists' filters and segments, validation that names each bad part, and cancelling."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.services.core.errors import ValidationError
from app.services.core.listing import CustomFilter
from app.services.reports.compile import Compiled, compile_report
from app.services.reports.definition import Aggregate, GroupBy, ReportDefinition
from app.services.reports.run import ReportCancelled, execute
from app.services.segments.service import SegmentInput
from tests.services.reports.report_data import seed

R = ReportDefinition


def _rows(result):
    return [tuple(r) for r in result.rows]


def test_count_by_country_is_grouped_in_the_database(ctx) -> None:
    seed(ctx)
    report = R("contact", group_by=(GroupBy("country"),))
    with ctx.uow.read() as session:
        sql = str(compile_report(session, report).rows)
    assert "GROUP BY" in sql and "count(" in sql.lower()
    result = ctx.reports.run(report)
    assert [c.label for c in result.columns] == ["Country", "Count"]
    assert _rows(result) == [("DE", 3), ("FR", 2), ("GB", 1)]
    assert result.totals == ((None, 6),) and not result.truncated


def test_money_is_summed_per_currency_exactly_and_averaged_in_decimal(ctx) -> None:
    seed(ctx)
    report = R(
        "deal",
        group_by=(GroupBy("stage"),),
        aggregates=(Aggregate("count"), Aggregate("sum", "amount"), Aggregate("avg", "amount")),
    )
    result = ctx.reports.run(report)
    assert [c.key for c in result.columns] == ["stage", "currency", "count", "sum:amount", "avg:amount"]
    assert _rows(result) == [
        ("Proposal", "EUR", 3, Decimal("300.01"), Decimal("100.00")),
        ("Won", "EUR", 2, Decimal("251.50"), Decimal("125.75")),
        ("Won", "JPY", 1, Decimal("5000"), Decimal("5000")),
    ]
    assert all(isinstance(v, Decimal) for r in result.rows for v in r[3:])
    assert result.totals == (
        (None, "EUR", 5, Decimal("551.51"), Decimal("110.30")),
        (None, "JPY", 1, Decimal("5000"), Decimal("5000")),
    )


def test_dates_group_by_month_quarter_and_year_in_utc(ctx) -> None:
    seed(ctx)
    by = {
        bucket: _rows(ctx.reports.run(R("deal", group_by=(GroupBy("created", bucket),))))
        for bucket in ("month", "quarter", "year")
    }
    assert by["month"] == [("2026-01", 2), ("2026-02", 2), ("2026-04", 2)]
    assert by["quarter"] == [("2026-Q1", 4), ("2026-Q2", 2)]
    assert by["year"] == [("2026", 6)]
    close = _rows(ctx.reports.run(R("deal", group_by=(GroupBy("expected_close", "quarter"),))))
    assert close == [("2026-Q1", 1), ("2026-Q2", 1), ("2026-Q3", 1), ("2026-Q4", 1), (None, 2)]


def test_two_groupings_and_sort_by_a_figure(ctx) -> None:
    seed(ctx)
    report = R(
        "deal",
        group_by=(GroupBy("created", "month"), GroupBy("stage")),
        aggregates=(Aggregate("count"),),
        sort="count",
        descending=True,
        limit=2,
    )
    result = ctx.reports.run(report)
    assert _rows(result) == [("2026-01", "Proposal", 2), ("2026-04", "Won", 2)]
    assert result.truncated
    assert result.totals == ((None, None, 6),)  # cut at the limit: the totals still cover every row


def test_custom_fields_group_and_aggregate(ctx) -> None:
    seed(ctx)
    licences = ctx.reports.run(
        R("contact", group_by=(GroupBy("country"),), aggregates=(Aggregate("sum", "custom.licences"),))
    )
    assert _rows(licences) == [("DE", Decimal("6")), ("FR", None), ("GB", None)]
    renewal = ctx.reports.run(R("contact", group_by=(GroupBy("custom.renewal", "quarter"),)))
    assert _rows(renewal) == [("2026-Q1", 3), (None, 3)]
    margin = ctx.reports.run(
        R("deal", group_by=(GroupBy("stage"),), aggregates=(Aggregate("sum", "custom.margin"),))
    )
    # a custom money field has its own currency: no Currency column, the value keeps the field's
    assert [c.key for c in margin.columns] == ["stage", "sum:custom.margin"]
    assert margin.columns[1].currency == "USD"
    assert _rows(margin) == [("Proposal", Decimal("30.00")), ("Won", Decimal("25.15"))]


def test_records_listed_with_totals_under_their_columns(ctx) -> None:
    seed(ctx)
    report = R(
        "deal",
        columns=("name", "amount"),
        aggregates=(Aggregate("count"), Aggregate("sum", "amount")),
        sort="amount",
        descending=True,
        limit=2,
    ).with_filters(search="")
    result = ctx.reports.run(report)
    assert [c.key for c in result.columns] == ["name", "amount", "currency"]
    # amounts sort by their minor units (currencies are not converted)
    assert _rows(result) == [
        ("Delta", Decimal("250.50"), "EUR"),
        ("Gamma", Decimal("100.01"), "EUR"),
    ]
    assert result.totals == ((None, Decimal("551.51"), "EUR"), (None, Decimal("5000"), "JPY"))
    assert result.total_counts == (5, 1)


def test_list_filters_and_segments_restrict_the_rows(ctx) -> None:
    seeded = seed(ctx)
    by_country = R("contact", group_by=(GroupBy("country"),))
    assert _rows(ctx.reports.run(by_country.with_filters(status="active"))) == [
        ("DE", 2),
        ("FR", 2),
        ("GB", 1),
    ]
    assert _rows(ctx.reports.run(by_country.with_filters(owner_id=seeded.owner_id))) == [("DE", 2), ("FR", 1)]
    assert _rows(ctx.reports.run(by_country.with_filters(search="braun"))) == [("DE", 1)]
    wide = by_country.with_filters(custom_filter=CustomFilter("licences", "greater", 1))
    assert _rows(ctx.reports.run(wide)) == [("DE", 2)]
    tree = {"match": "all", "items": [{"field": "country", "operator": "equals", "value": "FR"}]}
    segment = ctx.segments.create(SegmentInput("French", "contact", tree)).value
    assert _rows(ctx.reports.run(by_country.with_filters(segment_id=segment.id))) == [("FR", 2)]


def test_bad_definition_names_every_problem(ctx) -> None:
    seed(ctx)
    report = R(
        "deal",
        group_by=(GroupBy("name", "month"), GroupBy("created"), GroupBy("nope")),
        aggregates=(Aggregate("sum", "name"), Aggregate("count", "amount"), Aggregate("avg")),
        sort="missing",
        limit=0,
    ).with_filters(country="DE", segment_id=None)
    with pytest.raises(ValidationError) as caught:
        ctx.reports.run(report)
    problems = {e.field: e.message for e in caught.value.errors}
    assert problems["group_by[0].bucket"] == "Name is not a date"
    assert problems["group_by[1].bucket"] == "group Created by month, quarter or year"
    assert problems["group_by[2].field"] == "deals have no field 'nope'"
    assert problems["group_by"] == "group by at most 2 fields"
    assert "cannot sum it" in problems["aggregates[0].field"]
    assert problems["aggregates[1].field"] == "count counts rows: leave the field empty"
    assert problems["aggregates[2].field"] == "choose the field to avg"
    assert problems["limit"] == "must be between 1 and 100,000"
    assert problems["filters.country"] == "deals cannot be filtered by a country"
    with pytest.raises(ValidationError, match="'people' is not one of"):
        ctx.reports.run(R("people", columns=("name",)))
    with pytest.raises(ValidationError, match="sort: 'missing' is not a column"):
        ctx.reports.run(R("deal", columns=("name",), sort="missing"))
    with pytest.raises(ValidationError, match="choose at least one column"):
        ctx.reports.run(R("deal"))


def test_each_entity_runs_grouped_and_listed(ctx) -> None:
    seed(ctx)
    for entity, _label in ctx.reports.entities():
        fields = ctx.reports.fields(entity)
        text = next(f.key for f in fields if f.kind == "text")
        assert ctx.reports.run(R(entity, group_by=(GroupBy(text),))).columns[-1].key == "count"
        listed = ctx.reports.run(R(entity, columns=tuple(f.key for f in fields), limit=5))
        assert len(listed.columns) >= len(fields)


def _slow(dialect: str):
    """A query that runs for minutes unless stopped."""
    if dialect == "sqlite":
        return text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000)"
            " SELECT count(*) FROM n"
        )
    return text("SELECT count(*) FROM generate_series(1, 2000000000)")


def test_a_running_report_stops_when_cancelled(ctx) -> None:
    with ctx.uow.read() as session:
        dialect = session.get_bind().dialect.name
        slow = Compiled([], _slow(dialect), None, [], [], limit=1)
        started = time.perf_counter()
        with pytest.raises(ReportCancelled):
            execute(session, slow, lambda: time.perf_counter() - started > 0.3)
        assert time.perf_counter() - started < 3


def test_stages_group_in_pipeline_order(ctx) -> None:
    seed(ctx)
    with ctx.sessions.begin() as s:
        from app.models import Stage

        for stage in s.query(Stage):
            stage.position = 0 if stage.name == "Won" else 1  # Won first now
    result = ctx.reports.run(R("deal", group_by=(GroupBy("stage"),)))
    assert [r[0] for r in result.rows] == ["Won", "Proposal"]
    backwards = ctx.reports.run(R("deal", group_by=(GroupBy("stage"),), descending=True))
    assert [r[0] for r in backwards.rows] == ["Proposal", "Won"]


def test_sqlite_reads_the_table_rather_than_walking_a_partial_index(ctx) -> None:
    """Unfiltered grouped reports read the table in rowid order on SQLite (5x faster at a million rows,
    see docs/benchmarks.md); a count by one indexed column keeps its index; a filter keeps the planner's
    choice; PostgreSQL's planner needs no help."""
    seed(ctx)

    def sql(report: ReportDefinition) -> str:
        with ctx.uow.read() as session:
            return str(compile_report(session, report).rows)

    sqlite = ctx.engine.dialect.name == "sqlite"
    two = R("contact", group_by=(GroupBy("country"), GroupBy("status")))
    assert ("contacts.rowid >" in sql(two)) == sqlite
    assert "rowid" not in sql(R("contact", group_by=(GroupBy("country"),)))
    assert "rowid" not in sql(two.with_filters(status="active"))
    amounts = R("deal", group_by=(GroupBy("stage"),), aggregates=(Aggregate("sum", "amount"),))
    assert ("deals.rowid >" in sql(amounts)) == sqlite
    assert _rows(ctx.reports.run(two))[:2] == [("DE", "active", 2), ("DE", "inactive", 1)]


def test_totals_added_up_from_the_groups_equal_the_databases(ctx) -> None:
    """An uncut grouped report adds its totals up from its groups instead of reading every row again;
    they must equal the totals statement's, for every kind of figure, per currency."""
    seed(ctx)
    report = R(
        "deal",
        group_by=(GroupBy("created", "month"),),
        aggregates=(*(Aggregate(op, "amount") for op in ("sum", "avg", "min", "max")), Aggregate("count")),
    )
    with ctx.uow.read() as session:
        compiled = compile_report(session, report)
        from_groups = execute(session, compiled).totals
        compiled.total_from = None  # force the totals statement
        from_sql = execute(session, compiled).totals
    assert from_groups == from_sql
    assert from_groups[0][2:] == (Decimal("551.51"), Decimal("110.30"), Decimal("1.00"), Decimal("250.50"), 5)
    empty = ctx.reports.run(R("contact", group_by=(GroupBy("country"),)).with_filters(search="nobody"))
    assert empty.rows == () and empty.totals == ((None, 0),)
