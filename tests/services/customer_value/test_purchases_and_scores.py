"""Purchase history, RFM scores and segments, engagement and churn risk against hand-computed figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.services.scheduling.activities import ActivityInput
from tests.services.customer_value.shop import account, d, order, product

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def test_history_counts_orders_and_accepted_quotes_once(ctx):
    acc = account(ctx, "Acme")
    sensor, cable = product(ctx, "sensor"), product(ctx, "cable")
    quote = order(ctx, acc, d("2026-01-10"), (sensor, "100.00"), doc_type="quote", status="accepted")
    order(ctx, acc, d("2026-02-10"), (cable, "20.00"), doc_type="quote", status="declined")
    order(ctx, acc, d("2026-03-10"), (cable, "20.00"), status="draft")
    order(ctx, acc, d("2026-04-10"), (sensor, "100.00"), (cable, "25.50"))
    history = ctx.purchases.for_account(acc)
    assert [(p.kind, p.issued_on, p.net) for p in history] == [
        ("order", d("2026-04-10"), Decimal("125.50")),
        ("quote", d("2026-01-10"), Decimal("100.00")),
    ]
    assert [ln.product for ln in history[0].lines] == ["Sensor", "Cable"]
    # once an order is made from the accepted quote and sent, the order is the purchase, not the quote
    converted = ctx.documents.convert_to_order(quote).value
    assert len(ctx.purchases.for_account(acc)) == 2  # the new order is a draft: the quote still counts
    ctx.documents.update(converted.id, _with_status(ctx, converted.id, "sent"), converted.version)
    kinds = sorted(p.kind for p in ctx.purchases.for_account(acc))
    assert kinds == ["order", "order"]
    assert ctx.purchases.products_of(acc) == {sensor, cable}


def _with_status(ctx, doc_id, status):
    from dataclasses import replace

    return replace(ctx.documents.get(doc_id).as_input(), status=status)


def _five_customers(ctx):
    p = product(ctx, "widget")
    accs = {name: account(ctx, name) for name in "ABCDEF"}
    for name, days in {
        "A": ["2026-11-01", "2026-10-01", "2026-09-01"],
        "B": ["2026-11-15"],
        "C": ["2026-03-01", "2026-04-01"],
        "D": ["2025-06-01"],
        "E": ["2026-08-01"] * 4,
    }.items():
        for day in days:
            order(ctx, accs[name], d(day), (p, "100.00"))
    return accs


def test_rfm_scores_and_segments_match_the_hand_computed_quintiles(ctx):
    accs = _five_customers(ctx)
    assert ctx.customer_scores.recompute(now=NOW).value == 6
    got = {name: ctx.customer_scores.of(acc) for name, acc in accs.items()}
    # R: last orders D < C < E < A < B -> 1..5; F: B=D=1 (two of five at or below: 2), C=2 -> 3, A=3 -> 4, E=4 -> 5
    assert {n: s.rfm[:2] for n, s in got.items()} == {
        "A": (4, 4),
        "B": (5, 2),
        "C": (2, 3),
        "D": (1, 2),
        "E": (3, 5),
        "F": (0, 0),
    }
    assert {n: s.rfm_segment for n, s in got.items()} == {
        "A": "champions",
        "B": "potential_loyalists",
        "C": "at_risk",
        "D": "lost",
        "E": "loyal",
        "F": "",
    }
    assert got["E"].monetary_minor == 40000 and got["E"].rfm[2] == 5
    assert ctx.customer_scores.segment_counts()["champions"] == 1


def test_engagement_is_explained_and_churn_risk_only_for_customers(ctx):
    accs = _five_customers(ctx)
    ctx.activities.create(
        ActivityInput(
            kind="call", subject="Check-in", account_id=accs["A"], start_at=NOW - timedelta(days=10)
        )
    )
    ctx.customer_scores.recompute(now=NOW)
    a = ctx.customer_scores.of(accs["A"])
    # activity 10 days ago: 30; one activity in 90 days: 2; last order 30 days ago: 25; F=4: 8
    assert a.inputs == {"activity": 30, "meetings": 2, "orders": 25, "frequency": 8, "nps": 0, "tickets": 0}
    assert (a.engagement, a.churn_risk) == (65, 35)
    d_ = ctx.customer_scores.of(accs["D"])  # one order 18 months ago, nothing since
    assert (d_.engagement, d_.churn_risk) == (4, 96)
    assert ctx.customer_scores.of(accs["F"]).churn_risk == 0  # never ordered: not a customer to lose
    risky = ctx.customer_scores.at_risk(threshold=60)
    assert [s.account_id for s in risky][:1] == [accs["D"]]
    assert accs["A"] not in {s.account_id for s in risky}


def test_rfm_segment_engagement_and_churn_risk_are_segment_criteria(ctx):
    from sqlalchemy import select

    from app.models import Account
    from app.services.core.errors import ValidationError
    from app.services.segments.sql_filter import compile_criteria

    accs = _five_customers(ctx)
    ctx.customer_scores.recompute(now=NOW)

    def members(tree):
        with ctx.uow.read() as s:
            where = compile_criteria(s, "account", tree)
            ids = set(s.scalars(select(Account.id).where(where)))
        return {name for name, acc in accs.items() if acc in ids}

    def cond(field, op, value=None, negate=False):
        return {"field": field, "operator": op, "value": value, "negate": negate}

    assert members(cond("rfm_segment", "in", ["at_risk", "lost"])) == {"C", "D"}
    assert members(cond("rfm_segment", "is_empty")) == {"F"}
    assert members(cond("rfm_segment", "equals", "champions", negate=True)) == set("BCDEF")
    # engagement (no activities): order recency 25 (90 days) / 15 (a year) / 0, plus 2 x F
    # A 25+8=33, B 25+4=29, C 15+6=21, D 0+4=4, E 15+10=25, F 0; churn risk = 100 - engagement for buyers
    assert members(cond("churn_risk", "greater", 76)) == {"C", "D"}
    assert members(cond("engagement", "between", [0, 10])) == {"D", "F"}
    assert members(cond("churn_risk", "less", 70, negate=True)) == {"B", "C", "D", "E"}
    with pytest.raises(ValidationError, match="RFM segment"):
        members(cond("rfm_segment", "equals", "royalty"))
