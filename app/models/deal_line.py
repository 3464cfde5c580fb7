"""The product lines of a deal: what the customer is expected to buy, priced in the deal's currency.

A deal owns its lines: they are saved, versioned, trashed and restored with the deal (the deal's version
moves when they change). As on a document's lines, quantities are thousandths and rates basis points.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class DealLine(Entity):
    __tablename__ = "deal_lines"

    deal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text, default="")
    quantity_milli: Mapped[int] = mapped_column(BigInteger)  # 1.5 -> 1500
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)  # in the deal's currency
    discount_bp: Mapped[int] = mapped_column(default=0)  # 10.00 % -> 1000
    tax_rate_bp: Mapped[int] = mapped_column(default=0)  # carried into a quote made from the deal
    net_minor: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_deal_lines_deal", "deal_id", "position"),
        Index("ix_deal_lines_product", "product_id"),
    )
