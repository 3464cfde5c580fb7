"""Segment criteria compiled to SQL select exactly the records a plain-Python reading of the tree selects.

Generated contacts (with custom values, deals, activities, tags, NPS answers and converted leads, some of
them trashed) are queried with random criteria trees on SQLite and PostgreSQL; the Python evaluation below
is written from the format's definition in app/services/segments/sql_filter.py, not from the compiler.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models import (
    Activity,
    ActivityKind,
    Contact,
    CustomField,
    Deal,
    FieldKind,
    Lead,
    NpsResponse,
    Pipeline,
    Stage,
    Tag,
    Tagging,
)
from app.services.segments.sql_filter import compile_criteria

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
NAMES = ["ann", "Anna", "bob", "Bo_b", "zoe%", "", "annabel"]
CITIES = ["Berlin", "bern", "Paris", ""]
COUNTRIES = ["DE", "AT", "FR", "US", ""]
TIERS = ["gold", "silver", "bronze"]
TOPICS = ["a", "b", "c"]
TAGS = ["vip", "press", "old"]  # "old" is trashed
LIFECYCLES = ["lead", "customer", "evangelist"]
DATES = ["2026-06-01", "2026-05-01", "2025-12-31", "2026-06-15"]
EXTRA_DAYS = [0, 3, 20, 45, 200]


@dataclass
class Rec:
    id: uuid.UUID
    values: dict[str, Any]
    custom: dict[str, Any]
    deals: list[tuple[int, str, str]] = field(default_factory=list)  # amount_minor, currency, state
    activities: list[datetime] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    lifecycles: list[str] = field(default_factory=list)
    nps: list[tuple[date, int, int]] = field(default_factory=list)  # answered_on, order, score


def _build(ctx: Any, seed: int) -> list[Rec]:
    rng = random.Random(seed)
    recs: list[Rec] = []
    with ctx.uow() as work:
        s = work.session
        for key, kind, options in (
            ("tier", FieldKind.CHOICE, {"choices": TIERS}),
            ("size", FieldKind.NUMBER, {}),
            ("budget", FieldKind.MONEY, {"currency": "EUR"}),
            ("since", FieldKind.DATE, {}),
            ("vip", FieldKind.CHECKBOX, {}),
            ("topics", FieldKind.MULTI_CHOICE, {"choices": TOPICS}),
            ("motto", FieldKind.TEXT, {}),
        ):
            s.add(CustomField(entity_type="contact", key=key, label=key.title(), kind=kind, options=options))
        pipeline = Pipeline(name="P")
        s.add(pipeline)
        s.flush()
        stages = {}
        for name, won, lost in (("open", False, False), ("won", True, False), ("lost", False, True)):
            stages[name] = Stage(pipeline_id=pipeline.id, name=name, is_won=won, is_lost=lost)
            s.add(stages[name])
        tags = {name: Tag(name=name) for name in TAGS}
        s.add_all(tags.values())
        s.flush()
        tags["old"].deleted_at = NOW
        for _ in range(60):
            custom: dict[str, Any] = {}
            if rng.random() < 0.7:
                custom["tier"] = rng.choice(TIERS)
            if rng.random() < 0.7:
                custom["size"] = rng.choice([0, 5, 12, 2.5, 100])
            if rng.random() < 0.6:
                custom["budget"] = rng.choice([0, 50000, 100050, 999])
            if rng.random() < 0.6:
                custom["since"] = rng.choice(DATES)
            if rng.random() < 0.6:
                custom["vip"] = rng.random() < 0.5
            if rng.random() < 0.6:
                custom["topics"] = rng.sample(TOPICS, rng.randint(0, 2))
            if rng.random() < 0.6:
                custom["motto"] = rng.choice(NAMES)
            if rng.random() < 0.1:
                custom["tier"] = None
            values = {
                "first_name": rng.choice(NAMES),
                "last_name": rng.choice(NAMES) or "x",
                "city": rng.choice(CITIES),
                "country": rng.choice(COUNTRIES),
                "status": rng.choice(["active", "inactive"]),
                "created_at": NOW - timedelta(days=rng.choice(EXTRA_DAYS), hours=rng.randint(0, 23)),
            }
            contact = Contact(**values, custom=custom)
            s.add(contact)
            s.flush()
            rec = Rec(contact.id, values, custom)
            if rng.random() < 0.1:
                contact.deleted_at = NOW
                rec = Rec(contact.id, values | {"_deleted": True}, custom)
            for _ in range(rng.randint(0, 3)):
                state = rng.choice(["open", "won", "lost"])
                amount, currency = rng.choice([100000, 500000, 999]), rng.choice(["EUR", "USD"])
                deal = Deal(
                    name="d",
                    contact_id=contact.id,
                    pipeline_id=pipeline.id,
                    stage_id=stages[state].id,
                    amount_minor=amount,
                    currency=currency,
                )
                s.add(deal)
                if rng.random() < 0.15:
                    deal.deleted_at = NOW
                else:
                    rec.deals.append((amount, currency, state))
            for _ in range(rng.randint(0, 2)):
                when = NOW - timedelta(days=rng.choice([-5, 1, 10, 40, 100]))
                act = Activity(kind=ActivityKind.CALL, subject="c", contact_id=contact.id, occurred_at=when)
                s.add(act)
                if rng.random() < 0.15:
                    act.deleted_at = NOW
                else:
                    rec.activities.append(when)
            for name in rng.sample(TAGS, rng.randint(0, 2)):
                tagging = Tagging(tag_id=tags[name].id, entity_type="contact", entity_id=contact.id)
                s.add(tagging)
                if rng.random() < 0.15:
                    tagging.deleted_at = NOW
                elif name != "old":
                    rec.tags.add(name)
            for _ in range(rng.randint(0, 1)):
                lifecycle = rng.choice(LIFECYCLES)
                s.add(Lead(last_name="l", converted_contact_id=contact.id, lifecycle=lifecycle))
                rec.lifecycles.append(lifecycle)
            for order in range(rng.randint(0, 2)):
                answered = TODAY - timedelta(days=rng.choice([1, 30]))
                score = rng.randint(0, 10)
                s.add(
                    NpsResponse(
                        contact_id=contact.id,
                        score=score,
                        answered_on=answered,
                        created_at=NOW + timedelta(seconds=order),
                    )
                )
                rec.nps.append((answered, order, score))
            recs.append(rec)
    return recs


# --- the plain-Python reading of a tree -----------------------------------------------------------
def _start(d: date) -> datetime:
    return datetime.combine(d, time(), tzinfo=UTC)


def _scalar_test(kind: str, op: str, v: Any, want: Any) -> bool:
    if op == "is_empty":
        return v is None or (kind in ("text", "choice") and v == "")
    if v is None:
        return False
    if kind in ("number", "money"):
        v = Decimal(str(v))
        want = [Decimal(str(w)) for w in want] if isinstance(want, list) else Decimal(str(want))
    if kind == "datetime":
        if op == "within_last_days":
            return NOW - timedelta(days=want) <= v <= NOW
        if op == "greater":
            return v >= _start(date.fromisoformat(want) + timedelta(days=1))
        if op == "less":
            return v < _start(date.fromisoformat(want))
        lo, hi = (date.fromisoformat(w) for w in want)
        return _start(lo) <= v < _start(hi + timedelta(days=1))
    if kind == "date" and op == "within_last_days":
        return (TODAY - timedelta(days=want)).isoformat() <= v <= TODAY.isoformat()
    if op == "equals":
        return bool(v == want)
    if op == "in":
        return v in want
    if op == "greater":
        return bool(v > want)
    if op == "less":
        return bool(v < want)
    if op == "between":
        return bool(want[0] <= v <= want[1])
    if op == "contains":
        return want.lower() in v.lower()
    return bool(v.lower().startswith(want.lower()))


CUSTOM_KINDS = {
    "tier": "choice",
    "size": "number",
    "budget": "money",
    "since": "date",
    "vip": "checkbox",
    "motto": "text",
}


def _eval(node: dict[str, Any], rec: Rec) -> bool:
    if "items" in node:
        results = [_eval(i, rec) for i in node["items"]]
        return all(results) if node["match"] == "all" else any(results)
    result = _leaf(node["field"], node["operator"], node.get("value"), rec)
    return not result if node.get("negate") else result


def _leaf(name: str, op: str, want: Any, rec: Rec) -> bool:
    if name == "custom.topics":
        items = rec.custom.get("topics") or []
        return not items if op == "is_empty" else any(w in items for w in (want if op == "in" else [want]))
    if name.startswith("custom."):
        key = name[7:]
        if CUSTOM_KINDS[key] == "money" and op != "is_empty":
            want = (
                [int(Decimal(w) * 100) for w in want] if isinstance(want, list) else int(Decimal(want) * 100)
            )
        return _scalar_test(CUSTOM_KINDS[key], op, rec.custom.get(key), want)
    if name == "open_deal":
        minor = int(Decimal(want["amount"]) * 100)
        return any(s == "open" and c == want["currency"] and a > minor for a, c, s in rec.deals)
    if name == "last_activity":
        if op == "is_empty":
            return not rec.activities
        return any(NOW - timedelta(days=want) <= t <= NOW for t in rec.activities)
    if name == "tag":
        return not rec.tags if op == "is_empty" else bool(rec.tags & set(want if op == "in" else [want]))
    if name == "lifecycle":
        if op == "is_empty":
            return not rec.lifecycles
        return any(lc in (want if op == "in" else [want]) for lc in rec.lifecycles)
    if name == "nps":
        if not rec.nps:
            return op == "is_empty"
        score = max(rec.nps)[2]
        cat = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
        return op != "is_empty" and cat in (want if op == "in" else [want])
    kind = "datetime" if name == "created_at" else "choice" if name == "status" else "text"
    return _scalar_test(kind, op, rec.values[name], want)


# --- random trees -----------------------------------------------------------------------------------
def _leaf_strategy() -> st.SearchStrategy[dict[str, Any]]:
    text = st.sampled_from([n for n in NAMES if n] + ["an", "o_", "%", "B"])
    ops: dict[str, list[tuple[str, st.SearchStrategy[Any]]]] = {
        "first_name": [
            ("equals", text),
            ("contains", text),
            ("starts_with", text),
            ("in", st.lists(text, min_size=1, max_size=3)),
            ("is_empty", st.none()),
        ],
        "city": [("equals", st.sampled_from(CITIES[:3])), ("starts_with", st.sampled_from(["be", "B"]))],
        "country": [("in", st.lists(st.sampled_from(COUNTRIES[:4]), min_size=1, max_size=2))],
        "status": [("equals", st.sampled_from(["active", "inactive"]))],
        "created_at": [
            ("within_last_days", st.sampled_from([0, 5, 30])),
            ("greater", st.sampled_from(["2026-06-01", "2026-06-14"])),
            ("less", st.sampled_from(["2026-06-01", "2026-06-14"])),
            ("between", st.sampled_from([["2026-05-01", "2026-06-10"], ["2026-06-15", "2026-06-15"]])),
        ],
        "custom.tier": [
            ("equals", st.sampled_from(TIERS)),
            ("in", st.just(["gold", "bronze"])),
            ("is_empty", st.none()),
        ],
        "custom.size": [
            ("greater", st.sampled_from([0, 5, "2.5", "2.4"])),
            ("less", st.sampled_from([5, "12"])),
            ("between", st.sampled_from([[0, 5], ["2.5", 100]])),
            ("equals", st.sampled_from(["2.5", 12])),
            ("is_empty", st.none()),
        ],
        "custom.budget": [
            ("greater", st.sampled_from(["500", "1000.49", "0"])),
            ("equals", st.just("1000.50")),
        ],
        "custom.since": [
            ("equals", st.sampled_from(DATES)),
            ("greater", st.sampled_from(DATES)),
            ("within_last_days", st.sampled_from([0, 20, 60])),
            ("is_empty", st.none()),
        ],
        "custom.vip": [("equals", st.booleans()), ("is_empty", st.none())],
        "custom.topics": [
            ("contains", st.sampled_from(TOPICS)),
            ("in", st.lists(st.sampled_from(TOPICS), min_size=1, max_size=2)),
            ("is_empty", st.none()),
        ],
        "custom.motto": [("contains", text), ("equals", text), ("is_empty", st.none())],
        "open_deal": [
            (
                "greater",
                st.builds(
                    lambda a, c: {"amount": a, "currency": c},
                    st.sampled_from(["500", "1000", "9.98"]),
                    st.sampled_from(["EUR", "USD"]),
                ),
            )
        ],
        "last_activity": [("within_last_days", st.sampled_from([5, 30, 60])), ("is_empty", st.none())],
        "tag": [("equals", st.sampled_from(TAGS)), ("in", st.just(["vip", "old"])), ("is_empty", st.none())],
        "lifecycle": [("equals", st.sampled_from(LIFECYCLES)), ("is_empty", st.none())],
        "nps": [
            ("equals", st.sampled_from(["promoter", "passive", "detractor"])),
            ("in", st.just(["promoter", "passive"])),
            ("is_empty", st.none()),
        ],
    }
    choices = [(f, op, values) for f, entries in ops.items() for op, values in entries]

    @st.composite
    def leaf(draw: st.DrawFn) -> dict[str, Any]:
        name, op, values = draw(st.sampled_from(choices))
        node: dict[str, Any] = {"field": name, "operator": op}
        value = draw(values)
        if value is not None:
            node["value"] = value
        if draw(st.booleans()) and draw(st.booleans()):
            node["negate"] = True
        return node

    return leaf()


def _tag_ids(node: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """The tree as stored: tag conditions name tags by id (the Python reading uses the names)."""
    if "items" in node:
        return {**node, "items": [_tag_ids(i, ids) for i in node["items"]]}
    if node["field"] == "tag" and "value" in node:
        value = node["value"]
        return {**node, "value": [ids[v] for v in value] if isinstance(value, list) else ids[value]}
    return node


TREES = st.recursive(
    _leaf_strategy(),
    lambda children: st.fixed_dictionaries(
        {"match": st.sampled_from(["all", "any"]), "items": st.lists(children, min_size=0, max_size=3)}
    ),
    max_leaves=6,
).map(lambda node: node if "items" in node else {"match": "all", "items": [node]})


def test_segment_members_equal_a_python_reading_of_the_criteria(ctx) -> None:
    recs = _build(ctx, seed=20260615)
    with ctx.uow.read() as session:
        tag_ids = {t.name: str(t.id) for t in session.scalars(select(Tag))}
    live = [r for r in recs if not r.values.get("_deleted")]

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(TREES)
    def check(tree: dict[str, Any]) -> None:
        with ctx.uow.read() as session:
            where = compile_criteria(session, "contact", _tag_ids(tree, tag_ids), now=NOW)
            got = set(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None), where)))
        expected = {r.id for r in live if _eval(tree, r)}
        assert got == expected, tree

    check()
    # The data is varied enough that the generated trees are not all trivially empty or full.
    with ctx.uow.read() as session:
        some = compile_criteria(
            session,
            "contact",
            {"match": "all", "items": [{"field": "custom.tier", "operator": "equals", "value": "gold"}]},
            now=NOW,
        )
        n = len(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None), some)).all())
    assert 0 < n < len(live)
