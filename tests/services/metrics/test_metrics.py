"""Each KPI against answers worked out in plain Python over a small hand-made dataset (tests/services/metrics/metrics_data.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.context import AppContext
from app.services.metrics.service import Period, Scope, as_dict
from tests.services.metrics.metrics_data import DEALS, DealRow, Oracle, at, seed

Q1 = Period(date(2026, 1, 1), date(2026, 4, 1))


def scopes(data):  # type: ignore[no-untyped-def]
    return [
        Scope(Q1),
        Scope(Q1, owner_ids=(data.users["Ann"],)),
        Scope(Q1, owner_ids=(data.users["Bob"],), pipeline_id=data.pipelines["Sales"]),
        Scope(Q1, pipeline_id=data.pipelines["Partners"]),
        Scope(Q1, owner_ids=(data.users["Ann"], data.users["Bob"])),
        Scope(Q1, currency="USD"),
        Scope(Period(date(2026, 2, 1), date(2026, 3, 1))),
    ]


def test_deal_kpis_match_plain_python(ctx: AppContext) -> None:
    assert_deal_kpis(ctx, seed(ctx))


def assert_deal_kpis(ctx: AppContext, data) -> None:  # type: ignore[no-untyped-def]
    for scope in scopes(data):
        oracle = Oracle(data, scope)
        k = ctx.metrics.kpis(scope)
        # open pipeline by stage, value and weighted forecast
        got = {r.stage: (r.deals, r.value, r.weighted) for r in k.open_pipeline}
        assert got == oracle.pipeline_by_stage(), scope
        assert k.pipeline_value == sum((v for _n, v, _w in got.values()), start=Decimal(0))
        # won / lost by month with the weighted forecast beside
        assert {m.month: (m.won, m.lost, m.won_value, m.forecast) for m in k.months} == oracle.months()
        closed = k.headline.closed
        won, lost = oracle.won(), oracle.lost()
        assert (closed.won, closed.lost) == (len(won), len(lost))
        won_value = sum(Decimal(r.minor) / 100 for r in won)
        lost_value = sum(Decimal(r.minor) / 100 for r in lost)
        assert closed.won_value == won_value and closed.lost_value == lost_value
        if won or lost:
            assert closed.win_rate == pytest.approx(len(won) / (len(won) + len(lost)))
            assert closed.win_rate_by_value == pytest.approx(float(won_value / (won_value + lost_value)))
        else:
            assert closed.win_rate is None and closed.win_rate_by_value is None
        assert closed.avg_deal_size == ((won_value / len(won)).quantize(Decimal("0.01")) if won else None)
        assert closed.avg_cycle_days == pytest.approx(oracle.cycle_days(), abs=1e-4)
        assert [(f.stage, f.reached) for f in k.funnel] == oracle.funnel(), scope


def test_known_values_for_the_whole_team(ctx: AppContext) -> None:
    """A few answers worked out by hand, so the oracle itself is checked."""
    seed(ctx)
    k = ctx.metrics.kpis(Scope(Q1))
    closed = k.headline.closed
    # won in Q1 (EUR, live): A1 1000.00, A2 2500.50, B1 400.00 (Mar 31 23:00), P1 600.00; lost A3 800, B2 100
    assert (closed.won, closed.lost) == (4, 2)
    assert closed.won_value == Decimal("4500.50")
    assert closed.win_rate == pytest.approx(4 / 6)
    assert closed.win_rate_by_value == pytest.approx(4500.50 / 5400.50)
    assert closed.avg_deal_size == Decimal("1125.12")  # 1125.125, rounded half to even
    # Sales funnel, deals created in Q1 in any currency: A2 A3 B1 B2 B3 A4 A5 U1 LATE USD -> 10;
    # Propose or later: A2 A3 B1 B3 A4 LATE USD; Negotiate or later: A2 B1 A4 LATE USD; won: A2 B1 LATE USD
    assert [(f.stage, f.reached) for f in k.funnel] == [
        ("Qualify", 10),
        ("Propose", 7),
        ("Negotiate", 5),
        ("Won", 4),
    ]
    assert k.funnel[1].conversion == pytest.approx(7 / 10)


def test_lead_customer_and_nps_kpis(ctx: AppContext) -> None:
    data = seed(ctx)
    for scope in scopes(data):
        oracle = Oracle(data, scope)
        k = ctx.metrics.kpis(scope)
        leads = oracle.leads()
        customers = [ld for ld in leads if oracle.lead_is_customer(ld)]
        assert (k.headline.leads.leads, k.headline.leads.customers) == (len(leads), len(customers))
        expected_sources: dict[str, list[object]] = {}
        for ld in leads:
            row = expected_sources.setdefault(ld["source"], [0, 0, Decimal(0)])
            row[0] += 1  # type: ignore[operator]
            row[1] += oracle.lead_is_customer(ld)  # type: ignore[operator]
        by_deal = {ld["deal"]: ld["source"] for ld in data.leads if ld["deal"]}
        for r in oracle.won():
            row = expected_sources.setdefault(by_deal.get(r.name, ""), [0, 0, Decimal(0)])
            row[2] += Decimal(r.minor) / 100  # type: ignore[operator]
        assert {s.source: [s.leads, s.customers, s.won_value] for s in k.sources} == expected_sources
        acts: dict[str, int] = {}
        for a in data.activities:
            if oracle.since <= a["at"] < oracle.until and (not oracle.owners or a["owner"] in oracle.owners):
                acts[a["owner"] or ""] = acts.get(a["owner"] or "", 0) + 1
        assert dict(k.activities) == acts
        answers = [n["score"] for n in data.nps if scope.period.start <= n["on"] < scope.period.end]
        assert k.headline.nps.responses == len(answers)
        nps = 100 * (sum(a >= 9 for a in answers) - sum(a <= 6 for a in answers)) / len(answers)
        assert k.headline.nps.score == pytest.approx(nps)


def test_churn_retention_lifetime_and_contract_value(ctx: AppContext) -> None:
    data = seed(ctx)
    for period in (
        Q1,
        Period(date(2026, 3, 1), date(2026, 4, 1)),
        Period(date(2025, 1, 1), date(2026, 1, 1)),
    ):
        scope = Scope(period)
        oracle = Oracle(data, scope)
        k = ctx.metrics.kpis(scope)
        customers = oracle.customers()
        at_start = [c for c in customers if c[0] < oracle.since and (c[1] is None or c[1] >= oracle.since)]
        churned = [c for c in at_start if c[1] is not None and c[1] < oracle.until]
        new = [c for c in customers if oracle.since <= c[0] < oracle.until]
        r = k.headline.retention
        assert (r.customers_at_start, r.churned, r.new_customers) == (len(at_start), len(churned), len(new))
        if at_start:
            assert r.churn_rate == pytest.approx(len(churned) / len(at_start))
            assert r.retention_rate == pytest.approx(1 - len(churned) / len(at_start))
        won_before_end = [
            x
            for x in oracle.live
            if x.account and x.closed and x.closed < oracle.until and oracle.stage(x)[3]
        ]
        n_customers = sum(1 for c in customers if c[0] < oracle.until)
        clv = (sum(Decimal(x.minor) for x in won_before_end) / n_customers / 100).quantize(Decimal("0.01"))
        assert k.lifetime_value == clv
        won = [x for x in oracle.won() if x.account]
        accounts = {x.account for x in won}
        acv = (
            (sum(Decimal(x.minor) for x in won) / len(accounts) / 100).quantize(Decimal("0.01"))
            if won
            else None
        )
        assert k.annual_contract_value == acv
    # Q1 by hand: customers before 2026 are Acme (OLD won 2025-12-31), Hooli and Vandelay (by status; Vandelay
    # churned 2025-08); Hooli churned 2026-02-14 -> 1 of 2 churned. New: Globex, Umbrella, Stark.
    r = ctx.metrics.kpis(Scope(Q1)).headline.retention
    assert (r.customers_at_start, r.churned, r.new_customers) == (2, 1, 3)
    assert r.churn_rate == 0.5


def test_no_deals_at_all(ctx: AppContext) -> None:
    k = ctx.metrics.kpis(Scope(Q1))
    assert k.open_pipeline == () and k.funnel == () and k.sources == () and k.activities == ()
    assert [m.month for m in k.months] == ["2026-01", "2026-02", "2026-03"]
    assert all(m.won == m.lost == 0 and m.won_value == 0 and m.win_rate is None for m in k.months)
    c = k.headline.closed
    assert (c.won, c.lost, c.win_rate, c.avg_deal_size, c.avg_cycle_days) == (0, 0, None, None, None)
    assert k.headline.nps.score is None and k.headline.retention.churn_rate is None
    assert k.lifetime_value is None and k.annual_contract_value is None
    assert k.pipeline_value == Decimal("0.00") and k.weighted_forecast == Decimal("0.00")


def test_all_lost(ctx: AppContext) -> None:
    lost = [
        DealRow(
            f"L{i}",
            "Sales",
            "Lost",
            1000 * (i + 1),
            "Ann",
            at(2026, 1, 1),
            at(2026, 1, 10 + i),
            history=(("Qualify", "Propose"), ("Propose", "Lost")) if i == 0 else (),
        )
        for i in range(3)
    ]
    seed(ctx, lost)
    c = ctx.metrics.kpis(Scope(Q1)).headline.closed
    assert (c.won, c.lost, c.win_rate, c.win_rate_by_value) == (0, 3, 0.0, 0.0)
    assert c.lost_value == Decimal("60.00") and c.avg_deal_size is None and c.avg_cycle_days is None
    funnel = ctx.metrics.kpis(Scope(Q1)).funnel
    assert [(f.stage, f.reached) for f in funnel] == [
        ("Qualify", 3),
        ("Propose", 1),
        ("Negotiate", 0),
        ("Won", 0),
    ]


def test_a_period_with_nothing_in_it(ctx: AppContext) -> None:
    data = seed(ctx)
    empty = Period(date(2030, 1, 1), date(2030, 2, 1))
    k = ctx.metrics.kpis(Scope(empty))
    assert [(m.month, m.won, m.lost, m.won_value, m.forecast) for m in k.months] == [
        ("2030-01", 0, 0, Decimal("0.00"), Decimal("0.00"))
    ]
    assert k.headline.closed.win_rate is None and k.headline.leads.conversion is None
    assert k.headline.nps.responses == 0 and k.activities == ()
    assert [f.reached for f in k.funnel] == [0, 0, 0, 0]
    # the open pipeline is a snapshot: the period does not change it
    assert {r.stage: r.deals for r in k.open_pipeline} == {
        s: n for s, (n, _v, _w) in Oracle(data, Scope(Q1)).pipeline_by_stage().items()
    }
    # a zero-length period has no months and no previous period to compare with
    zero = ctx.metrics.kpis(Scope(Period(date(2026, 1, 1), date(2026, 1, 1))))
    assert zero.months == () and zero.previous is None


def test_previous_period_headline_and_drill_down(ctx: AppContext) -> None:
    data = seed(ctx)
    k = ctx.metrics.kpis(Scope(Period(date(2026, 1, 1), date(2026, 1, 31))))
    assert k.previous is not None
    # Dec 2 - Dec 31 2025: OLD won on Dec 31 23:00
    assert (k.previous.closed.won, k.previous.closed.won_value) == (1, Decimal("5000.00"))
    lines = ctx.metrics.deals(Scope(Q1), stage="Qualify")
    assert sorted(d.name for d in lines) == sorted(
        r.name for r in DEALS if r.stage == "Qualify" and not r.deleted
    )
    lines = ctx.metrics.deals(Scope(Q1, pipeline_id=data.pipelines["Sales"]), month="2026-03")
    assert [d.name for d in lines] == ["B1"] and lines[0].amount == Decimal("400.00")


def test_json_shape(ctx: AppContext) -> None:
    seed(ctx)
    out = as_dict(ctx.metrics.kpis(Scope(Q1)))
    assert out["headline"]["closed"]["won_value"] == "4500.50"
    assert out["headline"]["closed"]["win_rate"] == pytest.approx(0.666667)
    period = out["scope"]["period"]
    assert (period["start"], period["end"], period["days"]) == ("2026-01-01", "2026-04-01", 90)


def test_forecast_page_agrees_with_the_dashboard(ctx: AppContext) -> None:
    """The Forecast page reads the same queries as the KPIs: same months, same won, same weighted pipeline."""
    data = seed(ctx)
    for owner in (None, data.users["Ann"]):
        f = ctx.forecast.forecast(date(2026, 1, 1), date(2026, 3, 31), owner_id=owner)
        k = ctx.metrics.kpis(Scope(Q1, owner_ids=(owner,) if owner else ()))
        assert [(r.month.strftime("%Y-%m"), r.won, r.weighted) for r in f.months] == [
            (m.month, m.won_value, m.forecast) for m in k.months
        ]
        assert (f.won, f.lost, f.avg_cycle_days) == (
            k.headline.closed.won,
            k.headline.closed.lost,
            k.headline.closed.avg_cycle_days,
        )
    f = ctx.forecast.forecast(date(2026, 1, 1), date(2026, 3, 31))
    assert sum(r.deals for r in f.owners) == len(
        [
            r
            for r in Oracle(data, Scope(Q1)).live
            if Oracle(data, Scope(Q1)).is_open(r)
            and r.expected
            and r.currency == "EUR"
            and date(2026, 1, 1) <= r.expected < date(2026, 4, 1)
        ]
    )
