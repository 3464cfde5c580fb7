"""A segment's covering index follows the segment: built on large lists, rebuilt, dropped, purged."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from app.cli import main
from app.services.core.errors import NotFoundError, ValidationError
from app.services.core.listing import ListQuery
from app.services.database.checks import check_database
from app.services.records.contacts import ContactInput
from app.services.segments import covering_index
from app.services.segments.service import SegmentInput

GERMANS = {"match": "all", "items": [{"field": "country", "operator": "equals", "value": "DE"}]}
ACTIVE_GERMANS = {
    "match": "all",
    "items": [
        {"field": "country", "operator": "equals", "value": "DE"},
        {"field": "status", "operator": "in", "value": ["active"]},
    ],
}
RECENT = {"match": "all", "items": [{"field": "created_at", "operator": "within_last_days", "value": 30}]}


def _contacts(ctx, n: int) -> None:
    for i in range(n):
        country = "DE" if i % 2 == 0 else "FR"
        ctx.contacts.create(ContactInput(last_name=f"Person {i:03d}", country=country))


def _indexes(ctx) -> list[str]:
    with ctx.engine.connect() as conn:
        return covering_index.existing(conn, ctx.engine.dialect.name)


def _ddl(ctx, name: str) -> str:
    catalog = (
        "SELECT sql FROM sqlite_master WHERE name = :n"
        if ctx.engine.dialect.name == "sqlite"
        else "SELECT indexdef FROM pg_indexes WHERE indexname = :n"
    )
    with ctx.engine.connect() as conn:
        return " ".join(conn.execute(text(catalog), {"n": name}).scalar_one().split())


def test_saving_builds_the_index_only_on_a_list_at_the_threshold(ctx) -> None:
    _contacts(ctx, 4)
    segment = ctx.segments.create(SegmentInput("Germans", "contact", GERMANS)).value
    small = ctx.segments.sync_index(segment.id, min_rows=5)
    assert (small.name, small.built, _indexes(ctx)) == (None, False, [])
    _contacts(ctx, 1)  # the trigger-kept count reaches 5
    large = ctx.segments.sync_index(segment.id, min_rows=5)
    assert large.built and _indexes(ctx) == [large.name]
    assert re.fullmatch(rf"ix_contacts_segment_{segment.id.hex[:12]}_[0-9a-f]{{8}}", large.name)
    assert re.search(
        r"\(country, last_name, first_name, id\) WHERE \(?deleted_at IS NULL", _ddl(ctx, large.name)
    )
    again = ctx.segments.sync_index(segment.id, min_rows=5)
    assert (again.name, again.built, again.dropped) == (large.name, False, ())
    assert ctx.contacts.count(ListQuery(segment_id=segment.id)) == 3


def test_an_edit_rebuilds_a_changed_index_keeps_an_unchanged_one_and_drops_an_unindexable_one(ctx) -> None:
    _contacts(ctx, 3)
    segment = ctx.segments.create(SegmentInput("Germans", "contact", GERMANS)).value
    first = ctx.segments.create_index(segment.id)  # by hand, on a small list
    renamed = ctx.segments.update(
        segment.id, SegmentInput("Deutsche", "contact", GERMANS), segment.version
    ).value
    kept = ctx.segments.sync_index(segment.id)  # the default threshold: an existing index is kept in step
    assert (kept.name, kept.built, _indexes(ctx)) == (first, False, [first])
    ctx.segments.update(segment.id, SegmentInput("Deutsche", "contact", ACTIVE_GERMANS), renamed.version)
    rebuilt = ctx.segments.sync_index(segment.id)
    assert rebuilt.built and rebuilt.dropped == (first,) and _indexes(ctx) == [rebuilt.name]
    assert re.search(r"\(country, status, last_name, first_name, id\)", _ddl(ctx, rebuilt.name))
    detail = ctx.segments.get(segment.id)
    ctx.segments.update(segment.id, SegmentInput("Deutsche", "contact", RECENT), detail.version)
    gone = ctx.segments.sync_index(segment.id, min_rows=0)
    assert (gone.name, gone.dropped, _indexes(ctx)) == (None, (rebuilt.name,), [])
    with pytest.raises(ValidationError, match="only conditions 'is' or 'is one of'"):
        ctx.segments.sync_index(segment.id, None)


def test_a_trashed_segment_keeps_its_index_and_the_purge_drops_it(ctx) -> None:
    _contacts(ctx, 2)
    segment = ctx.segments.create(SegmentInput("Germans", "contact", GERMANS)).value
    other = ctx.segments.create(SegmentInput("Active Germans", "contact", ACTIVE_GERMANS)).value
    name = ctx.segments.create_index(segment.id)
    other_name = ctx.segments.create_index(other.id)
    ctx.segments.delete([segment.id])
    assert ctx.segments.sync_index(segment.id, min_rows=0).name == name
    assert sorted(_indexes(ctx)) == sorted([name, other_name])
    ctx.segments.restore([segment.id])
    ctx.segments.delete([segment.id])
    assert ctx.trash.purge([("segment", segment.id)]).value == 1
    assert _indexes(ctx) == [other_name]
    with pytest.raises(NotFoundError):
        ctx.segments.create_index(segment.id)


def test_untouched_ready_made_segments_are_indexed_only_when_asked(ctx) -> None:
    _contacts(ctx, 2)
    dach = ctx.segments.find("DACH contacts", "contact")
    assert ctx.segments.sync_index(dach.id, min_rows=0).name is None
    edited = ctx.segments.update(dach.id, SegmentInput("DACH", "contact", dach.criteria), dach.version).value
    assert edited.is_builtin
    assert ctx.segments.sync_index(dach.id, min_rows=0).built


def test_check_reports_an_orphan_index_and_the_cli_drops_it(ctx, capsys) -> None:
    _contacts(ctx, 2)
    segment = ctx.segments.create(SegmentInput("Germans", "contact", GERMANS)).value
    live = ctx.segments.create_index(segment.id)
    orphan = f"ix_contacts_segment_{'0' * 12}_{'1' * 8}"  # left behind by a version that did not drop it
    with ctx.engine.begin() as conn:
        conn.execute(text(f"CREATE INDEX {orphan} ON contacts (country) WHERE deleted_at IS NULL"))
    problems = check_database(ctx.engine).problems
    assert [p for p in problems if "segment" in p] == [
        f"index {orphan} belongs to a segment that no longer exists"
        " (`rapport segment drop-orphan-indexes` drops it)"
    ]
    url = ctx.engine.url.render_as_string(hide_password=False)
    assert main(["segment", "drop-orphan-indexes", "--db", url]) == 0
    assert capsys.readouterr().out.splitlines() == [f"dropped {orphan}", "1 orphan segment index(es) dropped"]
    assert _indexes(ctx) == [live]
    assert not [p for p in check_database(ctx.engine).problems if "segment" in p]
