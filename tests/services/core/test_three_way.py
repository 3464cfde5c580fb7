"""The three-way merge of an edit that lost a race, on every kind of field value."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from app.services.core.three_way import Side, input_values, same_value, three_way
from app.services.records.contacts import ContactInput, MembershipInput


def test_fields_changed_on_one_side_merge_by_themselves() -> None:
    base = {"city": "London", "title": "Dr", "notes": ""}
    theirs = {"city": "Paris", "title": "Dr", "notes": ""}
    mine = {"city": "London", "title": "Prof", "notes": ""}
    merge = three_way(base, theirs, mine)
    assert merge.clashes == ()
    assert merge.merged == {"city": "Paris", "title": "Prof", "notes": ""}
    assert merge.theirs_only == ("city",) and merge.mine_only == ("title",)


def test_a_field_both_changed_differently_is_a_clash_settled_by_the_users_choice() -> None:
    merge = three_way({"email": "a@x.io"}, {"email": "b@x.io"}, {"email": "c@x.io"})
    (clash,) = merge.clashes
    assert (clash.name, clash.base, clash.theirs, clash.mine) == ("email", "a@x.io", "b@x.io", "c@x.io")
    assert merge.resolve({})["email"] == "c@x.io"
    assert merge.resolve({"email": Side.THEIRS})["email"] == "b@x.io"
    with pytest.raises(KeyError, match="not a clash"):
        merge.resolve({"city": Side.THEIRS})


def test_the_same_change_on_both_sides_is_no_clash() -> None:
    merge = three_way({"status": "active"}, {"status": "inactive"}, {"status": "inactive"})
    assert merge.clashes == () and merge.merged == {"status": "inactive"}


def test_money_is_compared_as_an_amount_however_it_was_typed() -> None:
    base = {"annual_revenue": Decimal("1250000.00"), "annual_revenue_currency": "EUR"}
    theirs = {"annual_revenue": Decimal("2000000"), "annual_revenue_currency": "EUR"}
    mine = {"annual_revenue": "1,250,000", "annual_revenue_currency": "EUR"}  # as the form shows it
    merge = three_way(base, theirs, mine)
    assert merge.clashes == () and merge.merged["annual_revenue"] == Decimal("2000000")
    clash = three_way(base, theirs, {**mine, "annual_revenue": "1,300,000.50"}).clashes
    assert [c.name for c in clash] == ["annual_revenue"]
    assert not same_value(Decimal("0.10"), Decimal("0.01"))


def test_ids_dates_booleans_and_empty_values() -> None:
    owner_a, owner_b = uuid.uuid4(), uuid.uuid4()
    base = {"owner_id": owner_a, "birthday": date(1990, 1, 2), "vip": False, "phone": None}
    theirs = {"owner_id": owner_b, "birthday": date(1990, 1, 2), "vip": False, "phone": ""}
    mine = {"owner_id": owner_a, "birthday": "1990-01-03", "vip": True, "phone": ""}
    merge = three_way(base, theirs, mine)
    assert merge.clashes == ()
    assert merge.merged == {"owner_id": owner_b, "birthday": "1990-01-03", "vip": True, "phone": ""}
    assert same_value(None, "  ") and not same_value(0, False) and not same_value("01234", "1234")


def test_custom_fields_merge_key_by_key_and_a_clash_is_named_custom_key() -> None:
    base = {"custom": {"tier": "gold", "score": 10, "tags": ["a", "b"], "since": "2020-01-01"}}
    theirs = {"custom": {"tier": "silver", "score": 10, "tags": ["b", "a"], "since": "2021-01-01"}}
    mine = {"custom": {"tier": "gold", "score": "12", "tags": ["a", "b"], "since": "2022-01-01"}}
    merge = three_way(base, theirs, mine)
    assert [c.name for c in merge.clashes] == ["custom.since"]
    assert merge.theirs_only == ("custom.tier",) and merge.mine_only == ("custom.score",)
    settled = merge.resolve({"custom.since": Side.THEIRS})
    assert settled["custom"] == {"tier": "silver", "score": "12", "tags": ["a", "b"], "since": "2021-01-01"}
    assert merge.merged["custom"]["since"] == "2022-01-01"  # resolve copies, the merge is left as it was


def test_a_custom_field_that_only_one_side_has_is_kept() -> None:
    merge = three_way({"custom": {}}, {"custom": {"new": "x"}}, {"custom": None})
    assert merge.merged["custom"] == {"new": "x"} and merge.clashes == ()


def test_on_service_inputs_left_out_collections_and_reordered_memberships_are_unchanged() -> None:
    acme, globex = uuid.uuid4(), uuid.uuid4()
    members = (MembershipInput(acme, "CEO", True), MembershipInput(globex, "", False))
    base = ContactInput(last_name="Lovelace", city="London", memberships=members)
    theirs = ContactInput(last_name="Lovelace", city="Paris", memberships=members)
    mine = ContactInput(last_name="King", city="London", memberships=members[::-1])
    merge = three_way(input_values(base), input_values(theirs), input_values(mine))
    assert merge.clashes == ()
    assert (merge.merged["last_name"], merge.merged["city"]) == ("King", "Paris")
    assert set(merge.theirs_only) == {"city"} and set(merge.mine_only) == {"last_name"}
    tags_left_out = three_way(
        {"tag_ids": (acme,)}, {"tag_ids": (acme, globex)}, input_values(ContactInput(last_name="K"))
    )
    assert tags_left_out.merged["tag_ids"] == (acme, globex)


def test_a_number_zero_is_the_empty_box_the_form_shows_for_it() -> None:
    merge = three_way({"employee_count": 0}, {"employee_count": 0}, {"employee_count": ""})
    assert merge.mine_only == () and merge.clashes == ()
    assert not same_value("", 5) and same_value(False, None) and not same_value(True, None)
