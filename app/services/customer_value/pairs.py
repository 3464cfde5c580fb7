"""Co-occurrence of products in orders, rebuilt in SQL: for each ordered pair (A, B), the orders holding
both, the orders holding A, those holding B and all orders, so support = both / all, confidence(A -> B) =
both / A, and lift = confidence / (B / all)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, insert, literal_column, select
from sqlalchemy.orm import Session

from app.models import Document, DocumentLine, ProductPair
from app.services.customer_value.purchases import is_purchase

MIN_TOGETHER = 2  # a pair seen once says nothing


def rebuild_pairs(session: Session, since: date | None = None, until: date | None = None) -> int:
    """Replace `product_pairs` with the pairs of purchases issued in [since, until); returns the pairs."""
    where = [is_purchase(), DocumentLine.product_id.is_not(None), DocumentLine.deleted_at.is_(None)]
    if since is not None:
        where.append(Document.issued_on >= since)
    if until is not None:
        where.append(Document.issued_on < until)
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
    rows = (
        select(a.c.p, b.c.p, together, ca.c.n, cb.c.n, total.c.n)
        .select_from(a)
        .join(b, (b.c.d == a.c.d) & (b.c.p != a.c.p))
        .join(ca, ca.c.p == a.c.p)
        .join(cb, cb.c.p == b.c.p)
        .join(total, literal_column("1") == literal_column("1"))
        .group_by(a.c.p, b.c.p, ca.c.n, cb.c.n, total.c.n)
        .having(together >= MIN_TOGETHER)
    )
    session.execute(delete(ProductPair))
    cols = ["product_id", "other_id", "together", "product_orders", "other_orders", "total_orders"]
    session.execute(insert(ProductPair).from_select(cols, rows))
    return int(session.scalar(select(func.count()).select_from(ProductPair)) or 0)
