"""The product catalogue and price lists that override a product's unit price."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, live_index
from app.models.money import from_minor


class Product(Entity):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(20), default="pc")
    price_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    tax_rate_bp: Mapped[int] = mapped_column(default=0)  # basis points: 1900 = 19.00 %
    is_active: Mapped[bool] = mapped_column(default=True)
    external_id: Mapped[str] = mapped_column(String(100), default="")  # id in the source system (0016)

    __table_args__ = (
        UniqueConstraint("sku", name="uq_products_sku"),
        live_index("external_id", name="ix_products_live_external_id"),
        live_index("name", name="ix_products_live_name"),
        live_index("sku", name="ix_products_live_sku"),
    )

    @property
    def price(self) -> Decimal:
        return from_minor(self.price_minor, self.currency)


class PriceList(Entity):
    """A named set of prices in one currency (per customer group, per currency ...)."""

    __tablename__ = "price_lists"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    description: Mapped[str] = mapped_column(Text, default="")


class PriceListItem(Entity):
    __tablename__ = "price_list_items"

    price_list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("price_lists.id", ondelete="CASCADE"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    price_minor: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint("price_list_id", "product_id", name="uq_price_list_items_pair"),
        Index("ix_price_list_items_product", "product_id"),
    )
