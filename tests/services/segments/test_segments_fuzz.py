"""Fuzzing the segment compiler: any criteria tree either is refused with a ValidationError or runs.

Trees are random over every field a condition may name (built-in, related and one custom field of each
kind), every operator and values of every JSON shape, including hostile text (wildcards, control
characters, 100,000 characters). Run on SQLite against a small real database; never another exception.
RAPPORT_FUZZ=long runs 20,000 trees (tests/fuzz_profile.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.models import FieldKind
from app.services.core.custom_fields import FieldInput
from app.services.core.errors import ValidationError
from app.services.records.contacts import ContactInput
from app.services.segments.criteria import BUILTIN_FIELDS, KIND_OPERATORS, MODELS, OPERATORS, FieldSpec
from app.services.segments.sql_filter import compile_criteria
from tests.fuzz_profile import fuzz

NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)
CUSTOM = {
    "tier": ("choice", ("gold", "silver")),
    "seats": ("number", ()),
    "budget": ("money", ()),
    "renewal": ("date", ()),
    "vip": ("checkbox", ()),
    "topics": ("multi_choice", ("a", "b")),
    "motto": ("text", ()),
}
CUSTOM_SPECS = tuple(
    FieldSpec(f"custom.{k}", k.title(), kind, choices, "EUR" if kind == "money" else "", FieldKind(kind))
    for k, (kind, choices) in CUSTOM.items()
)
SPECS = {entity: (*BUILTIN_FIELDS[entity], *CUSTOM_SPECS) for entity in BUILTIN_FIELDS}
FIELDS = sorted(
    {f.name for specs in BUILTIN_FIELDS.values() for f in specs} | {f"custom.{k}" for k in CUSTOM}
)

hostile_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["%", "_", "\\", "%_\\%", "a'b", '"', "\x00", "\x01x", "é", "gold", "active", "DE"]),
    st.sampled_from([1000, 1001, 60_000, 100_000]).map(lambda n: "x" * n),  # SQLite LIKE stops at 50,000
)
scalar = st.one_of(
    hostile_text,
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["2026-01-31", "2026-02-30", "12", "1e400", "NaN", "-0", "0.001", "1" * 40]),
    st.fixed_dictionaries({"amount": st.text(max_size=8) | st.integers(), "currency": st.text(max_size=4)}),
    st.sampled_from([{"amount": "1000", "currency": "EUR"}, {"amount": "1e30", "currency": "usd"}]),
)
values = st.one_of(scalar, st.lists(scalar, max_size=4), st.just(["x"] * 1001))
junk = st.one_of(scalar, st.lists(scalar, max_size=3))


KIND_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "text": st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), min_size=1, max_size=20)
    | st.sampled_from(["%", "_", "\\", "%_\\%", "a'b", '"', "x" * 1000])
    | hostile_text,
    "number": st.integers(-(10**20), 10**20) | st.decimals(allow_nan=False, places=3).map(str),
    "money": st.decimals(allow_nan=False, places=2).map(str) | st.integers(),
    "date": st.dates().map(str) | st.sampled_from(["2026-02-30", "today"]),
    "datetime": st.dates().map(str),
    "checkbox": st.booleans(),
    "open_deal": st.fixed_dictionaries(
        {"amount": st.integers(0, 10**9).map(str), "currency": st.sampled_from(["EUR", "usd"])}
    ),
    "won_value": st.fixed_dictionaries(
        {"amount": st.integers(0, 10**9).map(str), "currency": st.sampled_from(["EUR", "usd"])}
    ),
    "last_activity": st.integers(0, 10**6),
    "tag": st.uuids().map(str),
    "nps": st.sampled_from(["promoter", "passive", "detractor"]),
    "account_score": st.integers(-(10**20), 10**20) | st.decimals(allow_nan=False, places=1).map(str),
}


@st.composite
def well_formed(draw: st.DrawFn, entity: str) -> dict[str, Any]:
    """A condition on a real field with one of its kind's operators and a value of roughly the right shape."""
    spec = draw(st.sampled_from(SPECS[entity]))
    op = draw(st.sampled_from(KIND_OPERATORS[spec.kind]))
    one = st.sampled_from(spec.choices) if spec.choices else KIND_VALUES[spec.kind]
    if draw(st.integers(0, 9)) == 0:
        one = hostile_text  # now and then the wrong shape
    value = {
        "is_empty": st.none(),
        "within_last_days": st.integers(0, 10**5),
        "in": st.lists(one, min_size=1, max_size=4) | st.just(["gold"] * 1001),
        "between": st.lists(one, min_size=2, max_size=2),
    }.get(op, one)
    node = {"field": spec.name, "operator": op, "value": draw(value)}
    if draw(st.booleans()):
        node["negate"] = True
    return node


def trees(entity: str) -> st.SearchStrategy[Any]:
    """Random trees for `entity`: mostly well-formed conditions (most reach the compiler), some junk."""
    fields = [f.name for f in BUILTIN_FIELDS[entity]] + [f"custom.{k}" for k in CUSTOM]
    malformed = st.fixed_dictionaries(
        {
            "field": st.sampled_from(fields) | st.sampled_from(FIELDS) | st.text(max_size=8),
            "operator": st.sampled_from(OPERATORS) | st.text(max_size=8) | st.none(),
        },
        optional={"value": values, "negate": st.booleans() | st.integers(0, 2) | st.text(max_size=2)},
    )
    condition = st.integers(0, 9).flatmap(lambda n: malformed if n == 0 else well_formed(entity))
    return st.recursive(
        condition,
        lambda children: st.fixed_dictionaries(
            {"items": st.lists(children, max_size=4)},
            optional={"match": st.sampled_from(["all", "any", "all", "any", "none"])},
        ),
        max_leaves=8,
    )


@pytest.fixture
def fuzz_ctx(sqlite_ctx):
    """A small database with one custom field of each kind and a few contacts."""
    ctx = sqlite_ctx
    for key, (kind, choices) in CUSTOM.items():
        currency = "EUR" if kind == "money" else ""
        ctx.custom_fields.create(
            FieldInput("contact", key.title(), kind, key, choices=choices, currency=currency)
        )
    for i in range(5):
        ctx.contacts.create(
            ContactInput(last_name=f"Person_{i}%", country="DE", custom={"tier": "gold", "seats": i})
        )
    return ctx


def _run(ctx, entity: str, tree: Any) -> int:
    """How many live records match `tree` (ValidationError when it is refused)."""
    with ctx.uow.read() as session:
        where = compile_criteria(session, entity, tree, NOW)
        model = MODELS[entity]
        return session.scalar(
            select(func.count()).select_from(model).where(where, model.deleted_at.is_(None))
        )


@fuzz
@given(data=st.data())
def test_any_tree_is_refused_clearly_or_runs(fuzz_ctx, data) -> None:
    entity = data.draw(st.sampled_from(list(MODELS)), label="entity")
    tree = data.draw(junk if data.draw(st.integers(0, 9)) == 0 else trees(entity), label="tree")
    try:
        _run(fuzz_ctx, entity, tree)
        event("ran")
    except ValidationError as exc:
        event("refused")
        assert exc.errors and all(e.message for e in exc.errors)  # names what is wrong
    except Exception as exc:  # the point: nothing but a clear refusal or a result
        pytest.fail(f"{type(exc).__name__}: {exc} for {entity} {str(tree)[:300]}")


@pytest.mark.parametrize("entity", list(MODELS))
def test_is_empty_on_a_status_is_refused_with_the_operators_allowed(sqlite_ctx, entity) -> None:
    tree = {"items": [{"field": "status", "operator": "is_empty"}]}
    with pytest.raises(ValidationError, match=r"Status: use one of is, is one of"):
        _run(sqlite_ctx, entity, tree)


def test_a_100000_character_contains_is_refused_and_wildcards_match_literally(fuzz_ctx) -> None:
    long = {"items": [{"field": "last_name", "operator": "contains", "value": "a" * 100_000}]}
    with pytest.raises(ValidationError, match=r"too long \(100000 characters, at most 1000\)"):
        _run(fuzz_ctx, "contact", long)
    for term, expected in (("_1%", 1), ("%", 5), ("x_", 0), ("n_", 5)):
        tree = {"items": [{"field": "last_name", "operator": "contains", "value": term}]}
        assert _run(fuzz_ctx, "contact", tree) == expected, term


TYPICAL = {
    "text": "an",
    "choice": None,  # the spec's first choice
    "number": "12",
    "money": "12.50",
    "date": "2026-06-01",
    "datetime": "2026-06-01",
    "checkbox": True,
    "multi_choice": "a",
    "open_deal": {"amount": "100", "currency": "EUR"},
    "won_value": {"amount": "100", "currency": "EUR"},
    "last_activity": 30,
    "tag": "00000000-0000-0000-0000-000000000000",
    "nps": "promoter",
    "rfm_segment": "champions",
    "account_score": "60",
}


def test_every_field_and_operator_is_refused_clearly_or_runs(fuzz_ctx) -> None:
    """Exhaustive over single conditions (the random trees above may miss a rare pair): each field with
    each operator its kind lists (also those a field refuses), a typical value and hostile ones."""
    failures = []
    for entity, specs in SPECS.items():
        for spec in specs:
            one = TYPICAL[spec.kind] if spec.kind != "choice" else spec.choices[0]
            for op in KIND_OPERATORS[spec.kind]:
                shaped = {"in": [one], "between": [one, one], "within_last_days": 7, "is_empty": None}
                hostile = ("x" * 100_000, "a\x00b", ["y"] * 1001, 2**63, -(10**20), "1e30", [2**64, 1])
                for value in (shaped.get(op, one), *hostile):
                    tree = {"items": [{"field": spec.name, "operator": op, "value": value}]}
                    try:
                        _run(fuzz_ctx, entity, tree)
                    except ValidationError:
                        pass
                    except Exception as exc:  # collected: every pair that breaks, not just the first
                        failures.append(f"{entity} {spec.name} {op} {str(value)[:20]}: {type(exc).__name__}")
    assert failures == []
