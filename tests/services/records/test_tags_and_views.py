"""Tags in bulk (add/remove report exactly what changed, for undo) and saved views of the list pages."""

from __future__ import annotations

import pytest

from app.services.core.errors import NotFoundError, ValidationError
from app.services.core.listing import ListQuery
from app.services.records.contacts import ContactInput
from app.services.records.saved_views import ViewState
from app.services.segments.service import SegmentInput


def _people(ctx, n=5):
    return [ctx.contacts.create(ContactInput(last_name=f"P{i}")).value.id for i in range(n)]


def test_bulk_tagging_reports_only_the_records_it_changed(ctx) -> None:
    ids = _people(ctx)
    vip = ctx.tags.create("VIP", "#d32f2f").value
    added = ctx.tags.add("contact", ids[:3], vip.id)
    assert sorted(added.value) == sorted(ids[:3])
    assert added.changes.ids("contact") == frozenset(ids[:3])
    # tagging again only touches the ones that lacked it
    assert sorted(ctx.tags.add("contact", ids, vip.id).value) == sorted(ids[3:])
    assert ctx.contacts.count(ListQuery(tag_id=vip.id)) == 5
    removed = ctx.tags.remove("contact", [ids[0], ids[0], ids[1]], vip.id).value
    assert sorted(removed) == sorted(ids[:2])
    assert ctx.contacts.count(ListQuery(tag_id=vip.id)) == 3
    # undo of the removal = add the same ids back (a soft-deleted tagging is revived, not duplicated)
    assert sorted(ctx.tags.add("contact", removed, vip.id).value) == sorted(ids[:2])
    assert ctx.contacts.get(ids[0]).tag_ids == (vip.id,)
    assert [(u.tag.name, u.records) for u in ctx.tags.usage()] == [("VIP", 5)]
    segment = ctx.segments.create(
        SegmentInput(
            "VIPs",
            "contact",
            {"match": "all", "items": [{"field": "tag", "operator": "equals", "value": str(vip.id)}]},
        )
    ).value
    assert ctx.segments.member_count(segment.id) == 5


def test_rename_recolour_delete_and_restore_a_tag(ctx) -> None:
    ids = _people(ctx, 2)
    tag = ctx.tags.create("press", "#1976d2").value
    ctx.tags.add("contact", ids, tag.id)
    with pytest.raises(ValidationError) as err:
        ctx.tags.create(" ", "blue")
    assert {e.field for e in err.value.errors} == {"name", "color"}
    with pytest.raises(ValidationError, match="a tag named 'press' already exists"):
        ctx.tags.create("press ", "#1976d2")
    tagged = {"match": "all", "items": [{"field": "tag", "operator": "equals", "value": str(tag.id)}]}
    assert ctx.segments.count_criteria("contact", tagged) == 2
    renamed = ctx.tags.update(tag.id, "Press", "#388e3c").value
    assert ctx.segments.count_criteria("contact", tagged) == 2  # a segment follows its tag's rename
    assert (renamed.name, renamed.color) == ("Press", "#388e3c")
    assert [t.name for t in ctx.lookups.tags()] == ["Press"]
    ctx.tags.delete([tag.id])
    assert ctx.lookups.tags() == []
    assert ctx.segments.count_criteria("contact", tagged) == 0  # a trashed tag matches nothing
    with pytest.raises(NotFoundError):
        ctx.tags.add("contact", ids, tag.id)
    with pytest.raises(ValidationError, match="in the trash"):
        ctx.tags.create("Press", "#000000")
    ctx.tags.restore([tag.id])
    assert [(u.tag.name, u.records) for u in ctx.tags.usage()] == [("Press", 2)]
    with pytest.raises(ValidationError, match="cannot be tagged"):
        ctx.tags.add("user", ids, tag.id)


def test_saved_views_save_replace_delete_restore(ctx) -> None:
    state = ViewState(columns=("name", "email"), sort="email", descending=True, filters=(("country", "DE"),))
    saved = ctx.saved_views.save("contacts", "German by email", state).value
    assert saved.replaced is None
    assert ctx.saved_views.list("contacts")[0].state == state
    other = ViewState(columns=("name",), filters=(("segment_id", "abc"), ("status", "active")))
    again = ctx.saved_views.save("contacts", "German by email", other).value
    assert again.replaced == state and again.view.id == saved.view.id
    assert [v.state for v in ctx.saved_views.list("contacts")] == [other]
    assert ctx.saved_views.list("accounts") == []
    ctx.saved_views.delete(saved.view.id)
    assert ctx.saved_views.list("contacts") == []
    assert ctx.saved_views.restore(saved.view.id).value.state == other
    with pytest.raises(ValidationError, match="name: is required"):
        ctx.saved_views.save("contacts", "  ", state)


def test_view_state_reads_old_or_damaged_json_safely() -> None:
    assert ViewState.from_json({"sort": "city", "future_key": 1}) == ViewState(sort="city")
    assert ViewState.from_json({"filters": {"status": "active", "tag_id": ""}}).filter("status") == "active"
    assert ViewState.from_json(ViewState(columns=("a",)).to_json()) == ViewState(columns=("a",))
    with pytest.raises(ValidationError, match="columns"):
        ViewState.from_json({"columns": "name"})
