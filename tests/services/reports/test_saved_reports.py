"""Saved reports: create, rename, update, delete to the trash and restore; names unique; stored JSON
checked on the way in and on the way out."""

from __future__ import annotations

import pytest

from app.models import SavedView
from app.services.core.errors import ConflictError, ValidationError
from app.services.reports.definition import Aggregate, GroupBy, ReportDefinition
from app.services.reports.saved import PAGE

BY_COUNTRY = ReportDefinition("contact", group_by=(GroupBy("country"),))
BY_STAGE = ReportDefinition(
    "deal",
    group_by=(GroupBy("stage"), GroupBy("created", "quarter")),
    aggregates=(Aggregate("sum", "amount"),),
)


def test_create_rename_update_delete_restore(ctx) -> None:
    created = ctx.reports.create("  Contacts by country ", BY_COUNTRY)
    report = created.value
    assert report.name == "Contacts by country" and report.definition == BY_COUNTRY
    assert created.changes.touches("saved_view")
    renamed = ctx.reports.rename(report.id, "Where our contacts are").value
    assert [r.name for r in ctx.reports.saved()] == ["Where our contacts are"]
    updated = ctx.reports.update(report.id, BY_STAGE, expected_version=renamed.version).value
    assert ctx.reports.get(report.id).definition == BY_STAGE
    with pytest.raises(ConflictError):
        ctx.reports.update(report.id, BY_COUNTRY, expected_version=renamed.version)
    ctx.reports.delete(report.id)
    assert ctx.reports.saved() == []
    assert ctx.trash.list()[0].entity == "saved_view"  # in the trash, restorable from there too
    assert ctx.reports.restore(report.id).value.definition == BY_STAGE
    assert updated.version < ctx.reports.get(report.id).version


def test_names_are_required_and_unique_even_in_the_trash(ctx) -> None:
    first = ctx.reports.create("Pipeline", BY_STAGE).value
    with pytest.raises(ValidationError, match="give the report a name"):
        ctx.reports.create("   ", BY_STAGE)
    with pytest.raises(ValidationError, match="longer than 120"):
        ctx.reports.create("x" * 121, BY_STAGE)
    with pytest.raises(ValidationError, match=r"“Pipeline” already exists$"):
        ctx.reports.create("Pipeline", BY_COUNTRY)
    other = ctx.reports.create("Countries", BY_COUNTRY).value
    with pytest.raises(ValidationError, match="already exists"):
        ctx.reports.rename(other.id, "Pipeline")
    ctx.reports.delete(first.id)
    with pytest.raises(ValidationError, match="in the trash"):
        ctx.reports.create("Pipeline", BY_COUNTRY)
    assert ctx.reports.get(other.id).name == "Countries"  # nothing changed by the refusals


def test_an_invalid_definition_is_not_saved(ctx) -> None:
    bad = ReportDefinition("deal", group_by=(GroupBy("name", "month"),))
    with pytest.raises(ValidationError, match=r"group_by\[0\]\.bucket: Name is not a date"):
        ctx.reports.create("Bad", bad)
    assert ctx.reports.saved() == []


def test_json_round_trip_and_errors_naming_each_part() -> None:
    report = BY_STAGE.with_filters(search="acme", status="won")
    assert ReportDefinition.from_json(report.to_json()) == report
    with pytest.raises(ValidationError) as caught:
        ReportDefinition.from_json(
            {
                "entity": 3,
                "columns": "name",
                "group_by": [{"field": "created", "bucket": "week"}, "stage"],
                "aggregates": [{"op": "median", "field": "amount"}],
                "filters": {"owner_id": "not-an-id", "colour": "red"},
                "limit": "ten",
            }
        )
    fields = [e.field for e in caught.value.errors]
    assert fields == [
        "entity",
        "columns",
        "group_by[0].bucket",
        "group_by[1]",
        "aggregates[0].op",
        "filters.owner_id",
        "filters",
        "limit",
    ]
    with pytest.raises(ValidationError, match="report: must be a JSON object"):
        ReportDefinition.from_json([1, 2])


def test_a_damaged_stored_report_is_listed_with_its_problem(ctx) -> None:
    good = ctx.reports.create("Good", BY_COUNTRY).value
    with ctx.sessions.begin() as s:
        s.add(SavedView(page=PAGE, name="Damaged", state={"entity": "deal", "group_by": "stage"}))
        s.add(SavedView(page="contacts", name="A list view", state={}))  # another page's view: not a report
    listed = {r.name: r for r in ctx.reports.saved()}
    assert set(listed) == {"Good", "Damaged"}
    assert listed["Damaged"].definition is None
    assert listed["Damaged"].problem == "group_by: must be a list"
    assert listed["Good"].id == good.id
