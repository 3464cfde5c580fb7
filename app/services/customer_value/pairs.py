"""Co-occurrence of products in orders, rebuilt in SQL: for each ordered pair (A, B), the orders holding
both, the orders holding A, those holding B and all orders, so support = both / all, confidence(A -> B) =
both / A, and lift = confidence / (B / all). Only rules with lift > 1, seen at least twice, are kept, and
per product its TOP_PER_PRODUCT best (by confidence): one customer's suggestions then read a few hundred
rows, not every pair of the products it owns."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, insert, literal_column, select
from sqlalchemy.orm import Session

from app.models import AccountValue, Document, DocumentLine, ProductPair, SegmentProduct
from app.services.customer_value.purchases import is_purchase

MIN_TOGETHER = 2  # a pair seen once says nothing
TOP_PER_PRODUCT = 25  # rules kept per product: a customer's suggestions read at most this many per product


def rebuild_pairs(session: Session, since: date | None = None, until: date | None = None) -> int:
    """Replace `product_pairs` with the pairs of purchases issued in [since, until); returns the pairs."""
    where = [is_purchase(), DocumentLine.product_id.is_not(None), DocumentLine.deleted_at.is_(None)]
    if since is not None:
        where.append(Document.issued_on >= since)
    if until is not None:
        where.append(Document.issued_on < until)
    cols = ["product_id", "other_id", "together", "product_orders", "other_orders", "total_orders"]
    basket = (
        select(DocumentLine.document_id.label("d"), DocumentLine.product_id.label("p"))
        .join(Document, Document.id == DocumentLine.document_id)
        .where(*where)
        .distinct()
        .cte("basket")
    )
    counts = select(basket.c.p, func.count().label("n")).group_by(basket.c.p).cte("counts")
    total = select(func.count(func.distinct(basket.c.d)).label("n")).cte("total")
    a, b = basket.alias("a"), basket.alias("b")
    ca, cb = counts.alias("ca"), counts.alias("cb")
    together = func.count()
    pairs = (
        select(
            a.c.p.label("product_id"),
            b.c.p.label("other_id"),
            together.label("together"),
            ca.c.n.label("product_orders"),
            cb.c.n.label("other_orders"),
            total.c.n.label("total_orders"),
        )
        .select_from(a)
        .join(b, (b.c.d == a.c.d) & (b.c.p != a.c.p))
        .join(ca, ca.c.p == a.c.p)
        .join(cb, cb.c.p == b.c.p)
        .join(total, literal_column("1") == literal_column("1"))
        .group_by(a.c.p, b.c.p, ca.c.n, cb.c.n, total.c.n)
        # lift > 1, in integers: both / A > B / all
        .having(together >= MIN_TOGETHER, together * total.c.n > ca.c.n * cb.c.n)
        .subquery()
    )
    # per product, its best rules (for one product the confidence orders as `together`)
    rank = func.row_number().over(
        partition_by=pairs.c.product_id, order_by=(pairs.c.together.desc(), pairs.c.other_id)
    )
    ranked = select(pairs, rank.label("rank")).subquery()
    rows = select(*(ranked.c[c] for c in cols)).where(ranked.c.rank <= TOP_PER_PRODUCT)
    session.execute(delete(ProductPair))
    session.execute(insert(ProductPair).from_select(cols, rows))
    return int(session.scalar(select(func.count()).select_from(ProductPair)) or 0)


def rebuild_segment_products(session: Session) -> None:
    """Rebuild, per RFM segment (of the last score recompute), how many of its accounts bought each product."""
    session.execute(delete(SegmentProduct))
    sizes = (
        select(AccountValue.rfm_segment.label("segment"), func.count().label("n"))
        .where(AccountValue.rfm_segment != "")
        .group_by(AccountValue.rfm_segment)
        .subquery()
    )
    rows = (
        select(
            AccountValue.rfm_segment,
            DocumentLine.product_id,
            func.count(func.distinct(Document.account_id)),
            sizes.c.n,
        )
        .join(sizes, sizes.c.segment == AccountValue.rfm_segment)
        .join(Document, Document.account_id == AccountValue.account_id)
        .join(DocumentLine, DocumentLine.document_id == Document.id)
        .where(is_purchase(), DocumentLine.product_id.is_not(None), DocumentLine.deleted_at.is_(None))
        .group_by(AccountValue.rfm_segment, DocumentLine.product_id, sizes.c.n)
    )
    cols = ["rfm_segment", "product_id", "accounts", "segment_accounts"]
    session.execute(insert(SegmentProduct).from_select(cols, rows))
