"""Demo product lines on some open deals, so the deal editor (and a quote made from the deal) shows them.

Called last in `demo.generate`, so everything generated before keeps exactly its data. A deal given lines
is worth their net total, computed by the one rule of app/services/documents/totals.py, as the app does.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from app.models import Deal, DealLine, Product
from app.models.money import from_minor, to_minor
from app.services.documents.totals import LineFigures, compute

SHARE = 0.4  # of the open deals
MAX_DEALS = 1500  # a million-contact demo needs no more to show the feature
DISCOUNTS = (0, 0, 0, 5, 10)
QUANTITIES = {"h": (4, 40), "day": (1, 5), "year": (1, 3), "month": (6, 24)}


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def generate(conn: Connection, rng: random.Random, new_id: Callable[[], uuid.UUID]) -> int:
    """Give about SHARE of the open deals (at most MAX_DEALS) one to four catalogue lines; returns how many
    deals got lines."""
    products = conn.execute(
        select(Product.id, Product.name, Product.unit, Product.price_minor, Product.tax_rate_bp)
        .where(Product.deleted_at.is_(None), Product.currency == "EUR")
        .order_by(Product.sku)
    ).all()
    if not products:
        return 0
    open_deals = conn.execute(
        select(Deal.id, Deal.created_at)
        .where(Deal.closed_at.is_(None), Deal.deleted_at.is_(None), Deal.currency == "EUR")
        .order_by(Deal.id)
    ).all()
    chosen = [d for d in open_deals if rng.random() < SHARE][:MAX_DEALS]
    lines: list[dict[str, Any]] = []
    amounts: list[dict[str, Any]] = []
    for deal_id, created in chosen:
        picks = rng.sample(products, rng.randint(1, min(4, len(products))))
        figures = []
        for _product, _name, unit, price_minor, tax_bp in picks:
            low, high = QUANTITIES.get(unit, (1, 25))
            figures.append(
                LineFigures(
                    Decimal(rng.randint(low, high)),
                    from_minor(price_minor, "EUR"),
                    Decimal(rng.choice(DISCOUNTS)),
                    Decimal(tax_bp).scaleb(-2),
                )
            )
        totals = compute(figures, "EUR")
        for position, ((product_id, name, _unit, price_minor, tax_bp), line, net) in enumerate(
            zip(picks, figures, totals.nets, strict=True), start=1
        ):
            lines.append(
                {
                    "id": new_id(),
                    "created_at": created,
                    "updated_at": created,
                    "version": 1,
                    "deleted_at": None,
                    "custom": {},
                    "deal_id": deal_id,
                    "position": position,
                    "product_id": product_id,
                    "description": name,
                    "quantity_milli": int(line.quantity * 1000),
                    "unit_price_minor": price_minor,
                    "discount_bp": int(line.discount * 100),
                    "tax_rate_bp": tax_bp,
                    "net_minor": to_minor(net, "EUR"),
                }
            )
        amounts.append({"deal": deal_id, "amount": to_minor(totals.subtotal, "EUR")})
    if lines:
        conn.execute(insert(_table(DealLine)), lines)
        deals = _table(Deal)
        stmt = update(deals).where(deals.c.id == bindparam("deal")).values(amount_minor=bindparam("amount"))
        conn.execute(stmt, amounts)  # generated rows, not an edit: no version step, no audit entry
    return len(chosen)
