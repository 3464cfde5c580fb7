"""Cross-sell and upsell suggestions: pair counts and their reasons, upgrades, segments, hit rate."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.models import ProductPair
from app.services.core.errors import ValidationError
from tests.services.customer_value.shop import account, d, order, product


def _shop(ctx):
    """Ten orders by other customers: sensors go with cables (4 of 5 sensor orders), handbooks sell alone."""
    items = {
        name: product(ctx, name) for name in ("sensor", "cable", "bracket", "handbook", "licence", "premium")
    }
    others = [account(ctx, f"Other {i}") for i in range(10)]
    baskets = [
        ("sensor", "cable"),
        ("sensor", "cable"),
        ("sensor", "cable", "bracket"),
        ("sensor", "cable"),
        ("sensor", "bracket"),
        ("handbook",),
        ("handbook",),
        ("handbook", "bracket"),
        ("handbook",),
        ("licence",),
    ]
    for acc, basket in zip(others, baskets, strict=True):
        order(ctx, acc, d("2026-05-01"), *((items[p], "10.00") for p in basket))
    return items


def test_pairs_hold_support_confidence_and_lift_counts(ctx):
    items = _shop(ctx)
    # sensor-cable (4 orders) and sensor-bracket (2), both ways; cable-bracket and handbook-bracket are
    # seen once, which says nothing (MIN_TOGETHER)
    assert ctx.suggestions.rebuild().value == 4
    with ctx.uow.read() as s:
        pair = s.get(ProductPair, (items["sensor"], items["cable"]))
        assert (pair.together, pair.product_orders, pair.other_orders, pair.total_orders) == (4, 5, 4, 10)
        assert s.scalar(select(ProductPair).where(ProductPair.product_id == items["handbook"])) is None


def test_suggestions_say_why_skip_what_the_customer_has_and_put_upgrades_first(ctx):
    items = _shop(ctx)
    ctx.suggestions.rebuild()
    me = account(ctx, "Me")
    order(ctx, me, d("2026-06-01"), (items["sensor"], "10.00"))
    got = ctx.suggestions.for_account(me)
    # sensor -> cable: 4 of 5 orders, confidence 80 %, lift 0.8 * 10 / 4 = 2.0; -> bracket: 2 of 5, lift 1.3
    assert [(s.name, s.kind, s.reason) for s in got] == [
        ("Cable", "together", "bought with Sensor in 4 of 5 orders (80%, lift 2.0)"),
        ("Bracket", "together", "bought with Sensor in 2 of 5 orders (40%, lift 1.3)"),
    ]
    ctx.suggestions.add_upgrade(items["sensor"], items["premium"], "Sensor Pro")
    with pytest.raises(ValidationError, match="already an upgrade"):
        ctx.suggestions.add_upgrade(items["sensor"], items["premium"])
    with pytest.raises(ValidationError, match="its own upgrade"):
        ctx.suggestions.add_upgrade(items["sensor"], items["sensor"])
    first = ctx.suggestions.for_account(me)[0]
    assert (first.name, first.kind, first.reason) == ("Premium", "upgrade", "upgrade of Sensor")
    order(ctx, me, d("2026-06-02"), (items["cable"], "10.00"))  # bought now: no longer suggested
    assert "Cable" not in {s.name for s in ctx.suggestions.for_account(me)}


def test_segment_products_and_the_hit_rate(ctx):
    items = _shop(ctx)
    me = account(ctx, "Me")
    order(ctx, me, d("2026-06-01"), (items["licence"], "10.00"))
    ctx.customer_scores.recompute(now=datetime(2026, 6, 2, tzinfo=UTC))
    ctx.suggestions.rebuild()  # after the scores: what each segment buys
    segment = ctx.customer_scores.of(me).rfm_segment
    got = ctx.suggestions.for_account(me)
    assert got and {s.kind for s in got} == {"segment"}
    assert all(s.reason.endswith("bought it") and "%" in s.reason for s in got)
    assert segment  # the account is in a segment, whose buyers' products are offered
    ctx.suggestions.offered(me, got)
    ctx.suggestions.taken(me, got[0].product_id)
    with pytest.raises(ValidationError, match="was not suggested"):
        ctx.suggestions.taken(me, items["licence"])
    rate = ctx.suggestions.hit_rate()
    assert (rate.offered, rate.taken, rate.rate) == (len(got), 1, 1 / len(got))


def test_held_out_evaluation_beats_popularity_when_pairs_carry_signal(ctx):
    """Before the cutoff handbooks sell most (5 orders, cables 4); four of five sensor orders held a cable.
    Two customers who bought only a sensor before the cutoff buy a cable next: at k=1 the pair rule offers
    the cable (a hit each), popularity the handbook (no hit)."""
    items = _shop(ctx)
    order(ctx, account(ctx, "Reader"), d("2026-05-03"), (items["handbook"], "10.00"))
    a, b = account(ctx, "Sensor only A"), account(ctx, "Sensor only B")
    for acc in (a, b):
        order(ctx, acc, d("2026-05-02"), (items["sensor"], "10.00"))
        order(ctx, acc, d("2026-08-01"), (items["cable"], "10.00"))
    result = ctx.suggestions.evaluate(d("2026-07-01"), k=1)
    assert (result.customers, result.hits, result.baseline_hits) == (2, 2, 0)
    assert (result.hit_rate, result.baseline_rate) == (1.0, 0.0)
    at5 = ctx.suggestions.evaluate(d("2026-07-01"), k=5)  # five slots: popularity reaches the cable too
    assert (at5.hits, at5.baseline_hits) == (2, 2)
    with ctx.uow.read() as s:  # the evaluation's training pairs were rolled back
        assert s.scalar(select(ProductPair.together).limit(1)) is None
