"""The three-way merge of one row, without a database."""

from __future__ import annotations

from app.services.sync.merge import RECORD, merge_row

BASE = {"id": "1", "title": "a", "city": "x", "deleted_at": None, "version": 1, "updated_at": "t1"}


def row(**changes: object) -> dict[str, object]:
    return {**BASE, **changes}


def test_each_side_keeps_the_fields_it_changed():
    merge = merge_row(BASE, row(title="mine", version=2), row(city="theirs", version=3, updated_at="t3"))
    assert merge.merged == row(title="mine", city="theirs", version=3, updated_at="t3")
    assert merge.to_server and merge.to_local and merge.conflicts == []


def test_the_same_field_changed_differently_is_a_conflict_settled_by_the_server_for_now():
    merge = merge_row(BASE, row(title="mine"), row(title="theirs"))
    assert merge.merged is not None and merge.merged["title"] == "theirs"
    assert [(c.field, c.base, c.mine, c.theirs) for c in merge.conflicts] == [
        ("title", "a", "mine", "theirs")
    ]
    assert not merge.to_server


def test_the_same_change_on_both_sides_is_no_conflict():
    merge = merge_row(BASE, row(title="same"), row(title="same"))
    assert merge.conflicts == [] and not merge.to_server


def test_trashed_here_against_an_edit_there_is_a_conflict_and_the_edit_stays():
    merge = merge_row(BASE, row(deleted_at="d"), row(city="theirs"))
    assert merge.merged is not None
    assert (merge.merged["deleted_at"], merge.merged["city"]) == (None, "theirs")
    assert [c.field for c in merge.conflicts] == ["deleted_at"]


def test_a_row_new_on_one_side_goes_to_the_other():
    assert merge_row(None, row(), None).to_server
    assert merge_row(None, None, row()).to_local


def test_gone_at_the_server_but_edited_here_is_held_whole():
    merge = merge_row(BASE, row(title="mine"), None)
    assert merge.held and [c.field for c in merge.conflicts] == [RECORD]
    assert merge_row(BASE, row(), None).delete_local


def test_purged_here_but_changed_there_comes_back():
    merge = merge_row(BASE, None, row(title="theirs"))
    assert merge.to_local and merge.merged == row(title="theirs")
    assert merge_row(BASE, None, row()).delete_server
