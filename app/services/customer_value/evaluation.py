"""How good the cross-sell suggestions are, on history held back by time.

Pairs are counted over the purchases before `cutoff` only (inside a session that is rolled back, so the
stored pairs are untouched). For each account that bought before the cutoff and whose first purchase after it
holds a product it had not bought before, the top k suggestions from its earlier products are a hit when that
next purchase holds one of them. The baseline offers the k products bought most often before the cutoff that
the account lacks. Slots the pair rules leave empty are filled from the same popularity list, so both
offer k products. The segment source is left out: the segments are computed over all of history.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.models import Document, DocumentLine
from app.services.customer_value.pairs import rebuild_pairs
from app.services.customer_value.purchases import is_purchase
from app.services.customer_value.ranking import rank


@dataclass(frozen=True)
class Evaluation:
    cutoff: date
    k: int
    customers: int  # accounts evaluated
    hits: int
    baseline_hits: int

    @property
    def hit_rate(self) -> float | None:
        return self.hits / self.customers if self.customers else None

    @property
    def baseline_rate(self) -> float | None:
        return self.baseline_hits / self.customers if self.customers else None


def _lines(session: Session, *where: ColumnElement[bool]) -> list[tuple[uuid.UUID, date, uuid.UUID]]:
    rows = session.execute(
        select(Document.account_id, Document.issued_on, DocumentLine.product_id)
        .join(DocumentLine, DocumentLine.document_id == Document.id)
        .where(is_purchase(), DocumentLine.product_id.is_not(None), DocumentLine.deleted_at.is_(None), *where)
    ).all()
    return [(a, d, p) for a, d, p in rows if p is not None]


def evaluate(session: Session, cutoff: date, k: int = 5, max_accounts: int = 2000) -> Evaluation:
    """Hit rate at k of the suggestions against the popularity baseline (the session is rolled back)."""
    rebuild_pairs(session, until=cutoff)
    owned: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for acc, _day, product in _lines(session, Document.issued_on < cutoff):
        owned[acc].add(product)
    popular: list[uuid.UUID] = [
        p
        for p, _n in session.execute(
            select(DocumentLine.product_id, func.count(func.distinct(Document.id)))
            .join(Document, Document.id == DocumentLine.document_id)
            .where(is_purchase(), Document.issued_on < cutoff, DocumentLine.product_id.is_not(None))
            .group_by(DocumentLine.product_id)
            .order_by(func.count(func.distinct(Document.id)).desc(), DocumentLine.product_id)
        ).all()
        if p is not None
    ]
    first_after: dict[uuid.UUID, date] = {}
    bought_after: dict[uuid.UUID, Counter[uuid.UUID]] = defaultdict(Counter)
    after = _lines(session, Document.issued_on >= cutoff)
    for acc, day, _p in after:
        if acc in owned and (acc not in first_after or day < first_after[acc]):
            first_after[acc] = day
    for acc, day, product in after:
        if first_after.get(acc) == day and product not in owned[acc]:
            bought_after[acc][product] += 1
    customers = hits = baseline = 0
    for acc in sorted(bought_after)[:max_accounts]:
        mine = owned[acc]
        fill = [p for p in popular if p not in mine]
        offered = [s.product_id for s in rank(session, mine, limit=k, use_segment=False)]
        offered += [p for p in fill if p not in offered][: k - len(offered)]
        customers += 1
        hits += any(p in bought_after[acc] for p in offered)
        baseline += any(p in bought_after[acc] for p in fill[:k])
    return Evaluation(cutoff, k, customers, hits, baseline)
