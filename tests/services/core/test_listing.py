"""Paged lists: every way of fetching a page agrees with one plain ordered query."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.core.listing import ListQuery
from app.services.demo import dataset
from app.services.records.contacts import SORTS, ContactInput


@pytest.fixture
def filled(ctx):
    dataset.generate(ctx.engine, 120, seed=7)
    return ctx


def _all_rows(ctx, query, total):
    return list(ctx.contacts.page(query, 0, total, total).rows)


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_concatenate_to_the_full_sorted_list(filled, sort, descending):
    query = ListQuery(sort=sort, descending=descending)
    total = filled.contacts.count(query)
    everything = _all_rows(filled, query, total)
    key_of = {
        "name": lambda r: (r.last_name, r.first_name),
        "first_name": lambda r: r.first_name,
        "email": lambda r: r.email,
        "company": lambda r: r.company,
        "city": lambda r: r.city,
        "country": lambda r: r.country,
        "updated": lambda r: r.updated_at,
    }[sort]
    keys = [key_of(r) for r in everything]
    assert keys == sorted(keys, reverse=descending)
    by_offset, by_keyset, after = [], [], None
    for offset in range(0, total, 25):
        by_offset += filled.contacts.page(query, offset, 25, total).rows
        page = filled.contacts.page(query, offset, 25, total, after=after)
        by_keyset += page.rows
        after = page.keys[-1]
    assert [r.id for r in by_offset] == [r.id for r in everything]
    assert [r.id for r in by_keyset] == [r.id for r in everything]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(0, 130), limit=st.integers(1, 60))
def test_any_window_matches_the_full_list(filled, offset, limit):
    query = ListQuery(sort="name")
    total = filled.contacts.count(query)
    everything = _all_rows(filled, query, total)
    page = filled.contacts.page(query, offset, limit, total)
    assert [r.id for r in page.rows] == [r.id for r in everything[offset : offset + limit]]


def test_filters_combine(filled):
    everything = _all_rows(filled, ListQuery(), filled.contacts.count(ListQuery()))
    owner = next(u for u in filled.lookups.users() if u.name == everything[0].owner)
    query = ListQuery(owner_id=owner.id, country="DE", status="active")
    total = filled.contacts.count(query)
    rows = filled.contacts.page(query, 0, total, total).rows
    assert total > 0
    assert all(r.country == "DE" and r.status == "active" and r.owner == owner.name for r in rows)
    expected = [r for r in everything if r.country == "DE" and r.status == "active" and r.owner == owner.name]
    assert len(expected) == total


def test_search_prefix_matches_name_email_phone_and_company(ctx):
    ctx.contacts.create(
        ContactInput(
            last_name="Smithers",
            first_name="Waylon",
            email="w.smithers@plant.example",
            phone="+1 415 555 0199",
        )
    )
    ctx.contacts.create(ContactInput(last_name="Jones"))
    for text in ("smi", "Way smi", "plant", "1415555", "SMITHERS"):
        assert [r.last_name for r in ctx.contacts.page(ListQuery(search=text), 0, 10, 10).rows] == [
            "Smithers"
        ], text
    assert ctx.contacts.count(ListQuery(search="nobody")) == 0
    assert ctx.contacts.count(ListQuery(search="  \"*'  ")) == 2  # punctuation only: no filter, no error


def test_search_follows_edits_and_deletes(ctx):
    contact = ctx.contacts.create(ContactInput(last_name="Miller")).value
    assert ctx.contacts.count(ListQuery(search="mill")) == 1
    ctx.contacts.update(contact.id, ContactInput(last_name="Baker"), contact.version)
    assert ctx.contacts.count(ListQuery(search="mill")) == 0
    assert ctx.contacts.count(ListQuery(search="bak")) == 1
    ctx.contacts.delete([contact.id])
    assert ctx.contacts.count(ListQuery(search="bak")) == 0


def test_countries_lists_each_country_of_live_contacts_once(filled):
    everything = _all_rows(filled, ListQuery(), filled.contacts.count(ListQuery()))
    assert filled.lookups.countries() == sorted({r.country for r in everything if r.country})


def test_global_search_finds_accounts_and_contacts(ctx):
    from app.services.records.accounts import AccountInput

    ctx.accounts.create(AccountInput(name="Marlow Logistics"))
    ctx.contacts.create(ContactInput(last_name="Marsh", first_name="Ann"))
    ctx.contacts.create(ContactInput(last_name="Jones"))
    hits = ctx.search.find("mar")
    assert [(h.entity, h.title) for h in hits] == [("account", "Marlow Logistics"), ("contact", "Ann Marsh")]
    assert ctx.search.find("   ") == []


def test_large_match_sets_use_the_membership_plan_and_agree(ctx, monkeypatch):
    """Both search plans (sort the matches / walk the sort index) return the same pages."""
    dataset.generate(ctx.engine, 150, seed=3)
    query = ListQuery(search="a")
    total = ctx.contacts.count(query)
    assert total > 0
    small_plan = [r.id for r in ctx.contacts.page(query, 0, total, total).rows]
    monkeypatch.setattr("app.services.core.listing.MEMBERSHIP_SCAN_MIN_MATCHES", 1)
    big_plan = [r.id for r in ctx.contacts.page(query, 0, total, total).rows]
    assert big_plan == small_plan
    tail = [r.id for r in ctx.contacts.page(query, total - 7, 7, total).rows]
    assert tail == small_plan[-7:]


@pytest.mark.parametrize("sort", ["name", "city", "updated"])
@pytest.mark.parametrize("descending", [False, True])
def test_position_is_the_row_index_in_the_list(filled, sort, descending):
    query = ListQuery(sort=sort, descending=descending, search="a")
    total = filled.contacts.count(query)
    rows = _all_rows(filled, query, total)
    for row_index in (0, total // 2, total - 1):
        assert filled.contacts.position(query, rows[row_index].id) == row_index
    outsider = filled.contacts.page(ListQuery(), 0, 200, 200).rows
    missing = next(r for r in outsider if r.id not in {x.id for x in rows})
    assert filled.contacts.position(query, missing.id) is None
