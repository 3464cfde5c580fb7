"""`rapport customer-value`: the nightly recompute, the churn rule and the year's figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.cli import main
from app.context import AppContext
from tests.services.customer_value.shop import account, order, product


def test_recompute_applies_the_churn_rule_and_prints_the_figures(sqlite_ctx: AppContext, capsys) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    widget = product(sqlite_ctx, "widget")
    old, fresh = account(sqlite_ctx, "Old"), account(sqlite_ctx, "Fresh")
    order(sqlite_ctx, old, today - timedelta(days=500), (widget, "10.00"))
    order(sqlite_ctx, fresh, today - timedelta(days=500), (widget, "10.00"))
    order(sqlite_ctx, fresh, today - timedelta(days=10), (widget, "10.00"))
    db = str(sqlite_ctx.settings.sqlite_path)
    sqlite_ctx.close()
    assert main(["customer-value", "--churn-rule", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "churn rule: 1 churned, 0 won back" in out  # Old: no order for 12 months
    assert "scored 2 accounts" in out
    # both were customers a year ago; Old churned 135 days ago (500 - 365), inside the year
    assert "churn, last 12 months: 50.0 % (1 of 2)" in out
    assert main(["customer-value", "--churn-rule", "--db", db]) == 0  # nothing left to churn
    assert "churn rule: 0 churned" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad:
        main(["customer-value", "--evaluate", "not-a-date", "--db", db])
    assert bad.value.code == 2
