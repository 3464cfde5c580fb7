"""Issue 16: duplicates compared on the postal address and the birthday, weights tuned on a labelled set."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import update

from app.models import Contact
from app.services.quality.dedupe import DEFAULT_THRESHOLD, blocking_keys
from app.services.quality.similarity import (
    Candidate,
    birthday_similarity,
    fold_postal_code,
    fold_street,
    iso_birthday,
    same_first_name,
    similarity,
)
from app.services.records.contacts import ContactInput
from benchmarks.dedupe_labelled import generate
from benchmarks.dedupe_tune import evaluate


def person(name: str, **fields: str) -> Candidate:
    values = {"email": "", "phone": "", "company": "", "city": ""} | fields
    return Candidate(uuid.uuid4(), name, **values)  # type: ignore[arg-type]


def test_birthdays_compare_equal_swapped_one_digit_off_or_different():
    assert birthday_similarity("1970-03-04", "1970-03-04") == 100
    assert birthday_similarity("1970-03-04", "1970-04-03") == 80  # day and month read the other way
    assert birthday_similarity("1970-03-04", "1970-03-05") == 60
    assert birthday_similarity("1970-03-04", "1982-11-20") == 0
    assert iso_birthday(date(1970, 3, 4)) == "1970-03-04"
    assert (
        iso_birthday("1970-03-04") == "1970-03-04"
        and iso_birthday("4 March") == ""
        and iso_birthday(None) == ""
    )


def test_streets_postal_codes_and_nicknames_are_folded():
    assert fold_street("12 Main St.") == fold_street("12 MAIN STREET") == "12 main street"
    assert fold_street("Hauptstraße 5") == "hauptstrasse 5" and fold_street("Hauptstr. 5") == "hauptstrasse 5"
    assert fold_postal_code("sw1a 1aa") == fold_postal_code("SW1A-1AA") == "SW1A1AA"
    assert same_first_name("william", "bill") and same_first_name("peggy", "margaret")
    assert not same_first_name("william", "mary")


def test_a_different_birthday_tells_apart_two_people_of_one_name():
    home = {"address": "12 main street", "postal_code": "10115", "city": "berlin"}
    john = person("john smith", birthday="1970-03-04", phone="+493011111111", **home)
    namesake = person("john smith", birthday="1988-07-21", phone="+493022222222")
    assert similarity(john, namesake)[0] < DEFAULT_THRESHOLD
    # a family member at the same address, sharing the home phone: not the same person
    wife = person("mary smith", birthday="1972-09-30", phone="+493011111111", **home)
    assert similarity(john, wife)[0] < DEFAULT_THRESHOLD


def test_a_nickname_swapped_name_and_new_email_are_found_by_birthday_and_address():
    old = person(
        "william turner",
        email="w.turner@mail.example",
        birthday="1961-05-17",
        address="4 high street",
        postal_code="SW1A1AA",
        city="london",
    )
    new = person(
        "turner bill",
        email="turner77@work.example",
        birthday="1961-05-17",
        address="4 high street",
        postal_code="SW1A1AA",
        city="london",
    )
    score, matched = similarity(old, new)
    assert score >= DEFAULT_THRESHOLD and {"name", "birthday", "address", "postal_code"} <= set(matched)
    assert blocking_keys(old) & blocking_keys(new)  # they meet in a block despite name and email


def test_the_labelled_set_reaches_a_floor_the_old_rules_miss():
    rows, truth = generate(400, seed=7)
    new = evaluate(rows, truth)
    old = evaluate(rows, truth, new_rules=False)
    assert new.precision >= 0.95 and new.recall >= 0.95, new
    assert old.precision < 0.95 or old.recall < 0.95, old


def test_likely_duplicates_use_the_birthday_and_address(ctx):
    william = ctx.contacts.create(ContactInput(last_name="Turner", first_name="William")).value
    with ctx.engine.begin() as conn:
        conn.execute(
            update(Contact)
            .where(Contact.id == william.id)
            .values(birthday=date(1961, 5, 17), street="4 High Street", postal_code="SW1A 1AA", city="London")
        )
    same = {"first_name": "Bill", "last_name": "Turner", "street": "4 High St", "postal_code": "sw1a1aa"}
    found = ctx.dedupe.likely("contact", same | {"birthday": "1961-05-17", "city": "London"})
    assert [d.id for d in found] == [william.id] and "birthday" in found[0].matched
    assert ctx.dedupe.likely("contact", same | {"birthday": "1990-01-02"}) == []
    pairs = ctx.dedupe.find("contact")
    assert pairs == []  # one contact: nothing to pair
