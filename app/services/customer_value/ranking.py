"""Rank what to offer a customer: bought-together rules, catalogue upgrades and its segment's products.

Three sources on one scale (a probability-like score):
- bought together: for each product B the account lacks, the best rule A -> B over the products A it has
  (score = confidence, kept only when lift > 1);
- upgrades from the catalogue (`product_upgrades`): score 1, they come first;
- its RFM segment buys it: share of the segment's accounts that bought B (`segment_products`), x 0.9.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from app.models import Product, ProductPair, ProductUpgrade, SegmentProduct

SEGMENT_LABELS = {
    "champions": "champions",
    "loyal": "loyal customers",
    "potential_loyalists": "potential loyalists",
    "new_customers": "new customers",
    "need_attention": "customers needing attention",
    "at_risk": "customers at risk",
    "hibernating": "hibernating customers",
    "lost": "lost customers",
}


@dataclass(frozen=True)
class Suggestion:
    product_id: uuid.UUID
    sku: str
    name: str
    kind: str  # together, upgrade, segment
    score: float
    reason: str


def rank(
    session: Session, owned: set[uuid.UUID], segment: str = "", limit: int = 5, use_segment: bool = True
) -> list[Suggestion]:
    """The best `limit` products for a customer owning `owned` (in RFM segment `segment`)."""
    # product -> (score, kind, reason with "{}" for the product it comes from, that product)
    best: dict[uuid.UUID, tuple[float, str, str, uuid.UUID | None]] = {}

    def offer(product_id: uuid.UUID, score: float, kind: str, reason: str, source: uuid.UUID | None) -> None:
        if product_id not in owned and score > best.get(product_id, (-1.0, "", "", None))[0]:
            best[product_id] = (score, kind, reason, source)

    if owned:
        owned_list = list(owned)
        for source, target in session.execute(
            select(ProductUpgrade.product_id, ProductUpgrade.upgrade_id).where(
                ProductUpgrade.product_id.in_(owned_list), ProductUpgrade.deleted_at.is_(None)
            )
        ):
            offer(target, 1.0, "upgrade", "upgrade of {}", source)
        for p in _best_pairs(session, owned_list, limit):
            confidence = p.together / p.product_orders
            lift = confidence * p.total_orders / p.other_orders
            reason = (
                f"bought with {{}} in {p.together} of {p.product_orders} orders"
                f" ({confidence:.0%}, lift {lift:.1f})"
            )
            offer(p.other_id, confidence, "together", reason, p.product_id)
    if use_segment and segment:
        label = SEGMENT_LABELS.get(segment, segment)
        for sp in session.scalars(
            select(SegmentProduct)
            .where(SegmentProduct.rfm_segment == segment)
            .order_by(SegmentProduct.accounts.desc(), SegmentProduct.product_id)
            .limit(limit + len(owned))
        ):
            share = sp.accounts / sp.segment_accounts
            offer(sp.product_id, share * 0.9, "segment", f"{share:.0%} of {label} bought it", None)
    wanted = set(best) | {v[3] for v in best.values() if v[3] is not None}
    names: dict[uuid.UUID, tuple[str, str, bool]] = {
        product_id: (sku, name, bool(active) and deleted is None)
        for product_id, sku, name, active, deleted in session.execute(
            select(Product.id, Product.sku, Product.name, Product.is_active, Product.deleted_at).where(
                Product.id.in_(list(wanted))
            )
        )
    }
    live = [(pid, v) for pid, v in best.items() if pid in names and names[pid][2]]
    live.sort(key=lambda item: (-item[1][0], names[item[0]][1]))
    out = []
    for pid, (score, kind, reason, origin) in live[:limit]:
        text = reason.format(names[origin][1] if origin in names else "a product") if origin else reason
        out.append(Suggestion(pid, names[pid][0], names[pid][1], kind, round(score, 4), text))
    return out


def _best_pairs(session: Session, owned: list[uuid.UUID], limit: int) -> list[ProductPair]:
    """The `limit` products the owned ones lead to with the highest confidence (lift > 1), each with the
    rule that gives it: the ranking is done in SQL, so a customer of hundreds of products costs two
    small queries, not every pair of theirs in Python."""
    confidence = cast(ProductPair.together, Float) / ProductPair.product_orders
    where = [
        ProductPair.product_id.in_(owned),
        ProductPair.other_id.not_in(owned),
        ProductPair.together * ProductPair.total_orders
        > ProductPair.product_orders * ProductPair.other_orders,
    ]
    top = list(
        session.scalars(
            select(ProductPair.other_id)
            .where(*where)
            .group_by(ProductPair.other_id)
            .order_by(func.max(confidence).desc(), ProductPair.other_id)
            .limit(limit)
        )
    )
    if not top:
        return []
    best: dict[uuid.UUID, ProductPair] = {}
    for p in session.scalars(
        select(ProductPair).where(*where, ProductPair.other_id.in_(top)).order_by(confidence.desc())
    ):
        best.setdefault(p.other_id, p)
    return list(best.values())
