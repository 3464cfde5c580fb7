"""Customer status over time: churn by hand and by rule, win-back, undo, and the churn, cohort and
lifetime-value figures checked against a small hand-computed dataset."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.core.errors import ValidationError
from tests.services.customer_value.shop import account, d, order, product


def _book(ctx):
    """Five accounts; each order is 100.00 EUR. Customer since = first order."""
    p = product(ctx, "widget")
    accs = {n: account(ctx, n) for n in "ABCDE"}
    for name, days in {
        "A": ["2026-01-15", "2026-03-10"],
        "B": ["2026-01-20", "2026-11-01"],
        "C": ["2026-02-05"],
        "D": ["2025-03-01"],
        "E": ["2026-02-10"],
    }.items():
        for day in days:
            order(ctx, accs[name], d(day), (p, "100.00"))
    status = ctx.customer_status
    status.mark_churned(accs["A"], d("2026-06-20"), "budget cut")
    status.mark_churned(accs["C"], d("2026-02-25"), "moved to a competitor")
    status.mark_won_back(accs["C"], d("2026-05-01"), "new management")
    # D's last order was 2025-03-01: "no order for 12 months" churns it on 2026-03-01
    result = status.apply_rules(today=d("2026-12-01")).value
    assert (result.churned, result.won_back) == ([accs["D"]], [])
    return accs


def test_churn_rate_cohorts_and_lifetime_value_match_the_hand_computation(ctx):
    accs = _book(ctx)
    status = ctx.customer_status
    assert [e.kind for e in status.history(accs["C"])] == ["churned", "won_back"]
    assert ctx.accounts.get(accs["A"]).status == "churned"
    assert ctx.accounts.get(accs["C"]).status == "customer"
    # Q2 2026: customers at 1 April are A, B, E (C churned in February, D in March); A churned in June
    q2 = status.churn(d("2026-04-01"), d("2026-07-01"))
    assert (q2.customers_at_start, q2.churned, q2.won_back, q2.churn_rate) == (3, 1, 1, pytest.approx(1 / 3))
    cohorts = {c.month: c for c in status.cohorts(today=d("2026-12-01"))}
    assert set(cohorts) == {"2026-01", "2026-02"}  # D's cohort (2025-03) is older than twelve months
    jan, feb = cohorts["2026-01"], cohorts["2026-02"]
    assert (jan.size, jan.retained) == (2, (1.0,) * 5 + (0.5,) * 7)  # A left in June (month 5)
    # C left in February and came back on 1 May: counted again from the end of May (month 3)
    assert (feb.size, feb.retained) == (2, (0.5,) * 3 + (1.0,) * 8)
    # Jan-Nov 2026: 1,058 customer-days = 34.76 months, 3 churns (A, C, D), 6 orders = 600.00 EUR
    ltv = status.lifetime_value(d("2026-01-01"), d("2026-12-01"))
    assert (ltv.customer_months, ltv.churned, ltv.revenue) == (Decimal("34.76"), 3, Decimal("600.00"))
    assert ltv.value == Decimal("200.00")  # (600 / 34.76) / (3 / 34.76)


def test_a_churn_can_be_undone_and_bad_changes_are_refused(ctx):
    accs = _book(ctx)
    status = ctx.customer_status
    with pytest.raises(ValidationError, match="is not a customer now"):
        status.mark_churned(accs["A"], d("2026-07-01"), "again")
    with pytest.raises(ValidationError, match="has not churned"):
        status.mark_won_back(accs["B"], d("2026-07-01"))
    with pytest.raises(ValidationError, match=r"before .* churned on 2026-06-20"):
        status.mark_won_back(accs["A"], d("2026-06-01"))
    with pytest.raises(ValidationError, match="in the future"):
        status.mark_churned(accs["B"], d("2099-01-01"), "later")
    with pytest.raises(ValidationError, match="at most 200 characters"):
        status.mark_churned(accs["B"], d("2026-07-01"), "x" * 201)
    churn_a = status.history(accs["A"])[0]
    status.undo(churn_a.id)
    assert status.history(accs["A"]) == []
    assert ctx.accounts.get(accs["A"]).status == "customer"
    assert status.spans(accs["A"])[-1].until is None
    # B bought again after a churn: the rule wins it back on the day of that order
    status.mark_churned(accs["B"], d("2026-10-01"), "paused")
    result = status.apply_rules(today=d("2026-12-01")).value
    assert result.won_back == [accs["B"]]
    assert [(e.kind, e.occurred_on) for e in status.history(accs["B"])][-1] == ("won_back", d("2026-11-01"))


def test_the_dashboard_dates_a_churn_by_its_status_event(ctx):
    """The churn KPI's customer book takes the churn day from the event, not from when it was recorded."""
    from datetime import UTC, datetime

    from sqlalchemy import func, select

    from app.services.metrics.customers import customer_book
    from app.services.metrics.scope import Period, Scope

    _book(ctx)
    with ctx.uow.read() as s:
        book = customer_book(Scope(Period(d("2026-01-01"), d("2027-01-01"))), s.get_bind().dialect.name)
        at = book.c.churned_at

        def churned_between(lo, hi):
            return s.scalar(select(func.count()).select_from(book).where(at >= lo, at < hi))

        june20, june21 = datetime(2026, 6, 20, tzinfo=UTC), datetime(2026, 6, 21, tzinfo=UTC)
        assert churned_between(june20, june21) == 1  # A
        assert churned_between(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 2, tzinfo=UTC)) == 1  # D
        assert churned_between(june21, datetime(2030, 1, 1, tzinfo=UTC)) == 0
