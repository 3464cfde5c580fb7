"""Some open demo deals carry product lines worth exactly their amount, valid as the editor would save them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.models import Deal, DealLine
from app.services.demo import dataset


def test_some_open_demo_deals_have_lines_that_make_their_amount(ctx):
    dataset.generate(ctx.engine, 300, today=date(2026, 11, 23))
    with ctx.sessions() as s:
        with_lines = list(s.scalars(select(Deal).where(Deal.id.in_(select(DealLine.deal_id).distinct()))))
        open_count = s.scalar(select(func.count()).select_from(Deal).where(Deal.closed_at.is_(None)))
    assert with_lines and len(with_lines) < open_count
    assert all(d.closed_at is None for d in with_lines)
    for deal in with_lines[:10]:
        detail = ctx.deals.get(deal.id)
        assert 1 <= len(detail.lines) <= 4
        assert detail.amount == sum(line.net for line in detail.lines)
        assert all(line.product_id is not None and line.sku for line in detail.lines)
        again = ctx.deals.update(deal.id, detail.as_input(), detail.version)  # what the editor saves
        assert again.value.version == detail.version and not again.changes.touches("deal")
