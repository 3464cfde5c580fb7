"""The demo database has churn with reasons, upgrades in the catalogue, product pairs and account scores,
so the churn figures, cohorts, suggestions and segments show something on first start."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from app.models import Account, AccountStatus, AccountValue, CustomerStatusEvent, ProductPair, ProductUpgrade
from app.services.demo import dataset

TODAY = date(2026, 11, 23)


def test_the_demo_shows_churn_cohorts_scores_and_suggestions(ctx):
    dataset.generate(ctx.engine, 2000, today=TODAY)
    with ctx.uow.read() as s:
        events = s.scalars(select(CustomerStatusEvent)).all()
        churned_accounts = s.scalar(select(func.count()).where(Account.status == AccountStatus.CHURNED))
        assert events and all(e.kind == "churned" and e.reason for e in events)
        assert s.scalar(select(func.count()).select_from(ProductUpgrade)) == 2
        assert s.scalar(select(func.count()).select_from(ProductPair)) > 0
        assert s.scalar(select(func.count()).select_from(AccountValue).where(AccountValue.orders > 0)) > 0
    assert len(events) == churned_accounts  # every churned customer's event, dated by its audit entry
    year = ctx.customer_status.churn(TODAY - timedelta(days=365), TODAY)
    assert year.churned > 0 and year.churn_rate and 0 < year.churn_rate < 1
    assert ctx.customer_status.cohorts(today=TODAY, months=24)
    assert ctx.customer_scores.segment_counts()
