"""Segments as a service: validation, save/rename/delete, ready-made ones, members through the list query."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from app.cli import main
from app.models import Activity, ActivityKind, Contact, CustomField, FieldKind
from app.services.core.errors import NotFoundError, ValidationError
from app.services.core.listing import ListQuery
from app.services.importing.export import list_rows
from app.services.records.contacts import ContactInput
from app.services.segments.service import BUILTINS, SegmentInput


def _tree(*items, match="all"):
    return {"match": match, "items": list(items)}


def _cond(field, operator, value=None, negate=False):
    node = {"field": field, "operator": operator}
    if value is not None:
        node["value"] = value
    if negate:
        node["negate"] = True
    return node


def _contacts(ctx, n=30):
    """n contacts: every third in DE, every other gold tier (a custom field), one in six inactive."""
    with ctx.uow() as work:
        work.session.add(
            CustomField(
                entity_type="contact",
                key="tier",
                label="Tier",
                kind=FieldKind.CHOICE,
                options={"choices": ["gold", "silver"]},
            )
        )
    ids = []
    for i in range(n):
        detail = ctx.contacts.create(
            ContactInput(
                last_name=f"Person {i:03d}",
                country="DE" if i % 3 == 0 else "FR",
                status="inactive" if i % 6 == 5 else "active",
            )
        ).value
        ids.append(detail.id)
    with ctx.uow() as work:
        for i, cid in enumerate(ids):
            work.session.get(Contact, cid).custom = {"tier": "gold" if i % 2 == 0 else "silver"}
    return ids


def test_validation_names_each_bad_condition(ctx) -> None:
    tree = _tree(
        _cond("shoe_size", "equals", "9"),
        _cond("country", "greater", "DE"),
        _tree(_cond("created_at", "within_last_days", -3), match="any"),
        _cond("custom.tier", "equals", "platinum"),
    )
    with pytest.raises(ValidationError) as err:
        ctx.segments.create(SegmentInput(name="", entity_type="contact", criteria=tree))
    messages = {e.field: e.message for e in err.value.errors}
    assert messages["name"] == "is required"
    assert messages["criteria.items[0]"] == "unknown field 'shoe_size'"
    assert messages["criteria.items[1]"].startswith("Country: use one of is, contains")
    assert "whole number of days" in messages["criteria.items[2].items[0]"]
    # the custom field is not defined yet on this database
    assert messages["criteria.items[3]"] == "unknown field 'custom.tier'"


def test_three_criteria_with_a_custom_field_count_and_page_through_the_list(ctx) -> None:
    ids = _contacts(ctx)
    tree = _tree(
        _cond("country", "equals", "DE"),
        _cond("custom.tier", "equals", "gold"),
        _cond("status", "equals", "active"),
    )
    segment = ctx.segments.create(SegmentInput("German gold", "contact", tree)).value
    expected = [f"Person {i:03d}" for i in range(30) if i % 6 == 0]  # DE and gold; i % 6 == 5 is FR
    assert ctx.segments.member_count(segment.id) == len(expected) == 5
    query = ListQuery(sort="name", segment_id=segment.id)
    assert ctx.contacts.count(query) == 5
    first = ctx.contacts.page(query, 0, 3, 5)
    second = ctx.contacts.page(query, 3, 3, 5, after=first.keys[-1])
    assert [r.last_name for r in first.rows + second.rows] == expected
    assert [r.last_name for r in list_rows(ctx.contacts, query)] == expected
    # the segment composes with the page's own search and filters
    assert ctx.contacts.count(ListQuery(search="Person 012", segment_id=segment.id)) == 1
    # and a contact leaving the segment leaves the list
    with ctx.uow() as work:
        work.session.get(Contact, ids[0]).custom = {"tier": "silver"}
    assert ctx.contacts.count(query) == 4
    assert ctx.contacts.position(query, ids[6]) == 0


def test_or_groups_negation_and_related_activity(ctx) -> None:
    ids = _contacts(ctx, 6)
    now = datetime.now(UTC)
    with ctx.uow() as work:
        for cid, days in ((ids[0], 3), (ids[1], 200)):
            work.session.add(
                Activity(
                    kind=ActivityKind.CALL,
                    subject="call",
                    contact_id=cid,
                    occurred_at=now - timedelta(days=days),
                )
            )
    quiet = _tree(_cond("last_activity", "within_last_days", 90, negate=True))
    assert ctx.segments.count_criteria("contact", quiet) == 5
    either = _tree(
        _cond("country", "equals", "DE"), _cond("last_activity", "is_empty", negate=True), match="any"
    )
    # DE: 0 and 3; with an activity: 0 and 1
    assert ctx.segments.count_criteria("contact", either) == 3
    assert ctx.segments.count_criteria("contact", _tree(match="any")) == 0
    assert ctx.segments.count_criteria("contact", _tree()) == 6


def test_rename_delete_restore_and_unique_names(ctx) -> None:
    _contacts(ctx, 3)
    tree = _tree(_cond("country", "equals", "DE"))
    first = ctx.segments.create(SegmentInput("Germany", "contact", tree)).value
    with pytest.raises(ValidationError, match="another contact segment is named 'Germany'"):
        ctx.segments.create(SegmentInput("Germany", "contact", tree))
    renamed = ctx.segments.update(first.id, SegmentInput("Deutschland", "contact", tree), first.version).value
    assert renamed.name == "Deutschland" and renamed.version == first.version + 1
    ctx.segments.delete([first.id])
    assert "Deutschland" not in [s.name for s in ctx.segments.list("contact")]
    # a deleted segment's list shows nothing rather than everything
    assert ctx.contacts.count(ListQuery(segment_id=first.id)) == 0
    with pytest.raises(NotFoundError):
        ctx.segments.member_count(first.id)
    with pytest.raises(ValidationError, match=r"\(in the trash\)"):
        ctx.segments.create(SegmentInput("Deutschland", "contact", tree))
    ctx.segments.restore([first.id])
    assert ctx.segments.find("deutschland").id == first.id
    assert ctx.contacts.count(ListQuery(segment_id=first.id)) == 1


def test_ready_made_segments_are_created_once_and_all_compile(ctx) -> None:
    names = {(s.entity_type, s.name) for s in ctx.segments.list()}
    assert {(e, n) for e, n, _, _ in BUILTINS} <= names
    assert ctx.segments.ensure_builtins() == 0
    for segment in ctx.segments.list():
        assert segment.is_builtin
        assert ctx.segments.member_count(segment.id) == 0  # an empty database
    # a deleted ready-made segment is not recreated behind the user's back
    promoters = ctx.segments.find("Promoters", "contact")
    ctx.segments.delete([promoters.id])
    assert ctx.segments.ensure_builtins() == 0


def test_cli_lists_segments_and_exports_a_segment(ctx, tmp_path, capsys) -> None:
    _contacts(ctx, 12)
    tree = _tree(_cond("country", "equals", "DE"), _cond("custom.tier", "equals", "gold"))
    ctx.segments.create(SegmentInput("German gold", "contact", tree))
    url = ctx.settings.db_url
    assert main(["segment", "list", "--entity", "contact", "--db", url]) == 0
    out = capsys.readouterr().out
    assert any(
        line.split()[:2] == ["German", "gold"] and line.split()[-1] == "2" for line in out.splitlines()
    )
    assert "DACH contacts" in out
    target = tmp_path / "gold.csv"
    assert main(["export", "contacts", "--segment", "german gold", "-o", str(target), "--db", url]) == 0
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["last_name"] for r in rows] == ["Person 000", "Person 006"]
    assert main(["export", "contacts", "--segment", "nope", "-o", str(target), "--db", url]) == 1
    assert "segment nope does not exist" in capsys.readouterr().err
    assert main(["segment", "index", "German gold", "--db", url]) == 0
    assert re.match(r"index ix_contacts_segment_\w+ ready in [\d.]+ s", capsys.readouterr().out)


def test_a_segment_index_covers_its_equality_conditions_and_the_list_order(ctx) -> None:
    _contacts(ctx, 12)
    tree = _tree(
        _cond("country", "equals", "DE"),
        _cond("custom.tier", "in", ["gold"]),
        _cond("last_activity", "within_last_days", 30, negate=True),  # related: not in an index
    )
    segment = ctx.segments.create(SegmentInput("Indexed", "contact", tree)).value
    before = ctx.contacts.count(ListQuery(segment_id=segment.id))
    name = ctx.segments.create_index(segment.id)
    assert ctx.segments.create_index(segment.id) == name  # idempotent
    catalog = (
        "SELECT sql FROM sqlite_master WHERE name = :n"
        if ctx.engine.dialect.name == "sqlite"
        else "SELECT indexdef FROM pg_indexes WHERE indexname = :n"
    )
    with ctx.engine.connect() as conn:
        ddl = " ".join(conn.execute(text(catalog), {"n": name}).scalar_one().split())
    # country, the tier expression, then the list's order; only live rows
    assert re.search(
        r"\(country, (coalesce)?\(+.*tier.*\)+, last_name, first_name, id\) WHERE \(?deleted_at IS NULL",
        ddl,
        re.IGNORECASE,
    ), ddl
    assert ctx.contacts.count(ListQuery(segment_id=segment.id)) == before == 2
    related = ctx.segments.create(SegmentInput("Quiet", "contact", _tree(tree["items"][2]))).value
    with pytest.raises(ValidationError, match="only conditions 'is' or 'is one of'"):
        ctx.segments.create_index(related.id)
