"""Customer value: status changes over time, computed per-account figures, product upgrades and pairs,
and the cross-sell suggestions offered and taken (migration 0028)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Entity, enum_column

# RFM segments from the recency (R) and frequency (F) scores, 1..5 each; docs/customer_value.md has the grid
RFM_SEGMENTS = (
    "champions",
    "loyal",
    "potential_loyalists",
    "new_customers",
    "need_attention",
    "at_risk",
    "hibernating",
    "lost",
)


class StatusChange(enum.StrEnum):
    BECAME_CUSTOMER = "became_customer"
    CHURNED = "churned"
    WON_BACK = "won_back"


class CustomerStatusEvent(Entity):
    """One change of an account's customer status on a day; soft-deleted to undo."""

    __tablename__ = "customer_status_events"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[StatusChange] = mapped_column(enum_column(StatusChange))
    occurred_on: Mapped[date] = mapped_column()
    reason: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(30), default="manual")  # manual, rule:no_order, order ...

    __table_args__ = (Index("ix_customer_status_events_account", "account_id", "occurred_on"),)


class AccountValue(Base):
    """Figures recomputed in one set-based pass: RFM, engagement and churn risk of each account."""

    __tablename__ = "account_values"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    first_order_on: Mapped[date | None] = mapped_column()
    last_order_on: Mapped[date | None] = mapped_column()
    orders: Mapped[int] = mapped_column(default=0)
    monetary_minor: Mapped[int] = mapped_column(BigInteger, default=0)  # in the book currency
    recency_score: Mapped[int] = mapped_column(default=0)  # 1..5, 0 without orders
    frequency_score: Mapped[int] = mapped_column(default=0)
    monetary_score: Mapped[int] = mapped_column(default=0)
    rfm_segment: Mapped[str] = mapped_column(String(24), default="")
    engagement: Mapped[int] = mapped_column(default=0)  # 0..100
    churn_risk: Mapped[int] = mapped_column(default=0)  # 0..100
    inputs: Mapped[dict[str, Any]] = mapped_column(default=dict)  # points per input, for the explanation
    computed_at: Mapped[datetime] = mapped_column()

    __table_args__ = (
        Index("ix_account_values_segment", "rfm_segment"),
        Index("ix_account_values_risk", "churn_risk"),
    )


class ProductUpgrade(Entity):
    """A catalogue link: customers of `product_id` may move up to `upgrade_id`."""

    __tablename__ = "product_upgrades"

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    upgrade_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("product_id", "upgrade_id", name="uq_product_upgrades_pair"),)


class ProductPair(Base):
    """How often two products were ordered together (both directions stored), with the counts that make
    support, confidence and lift; rebuilt by one INSERT ... SELECT over the order lines."""

    __tablename__ = "product_pairs"
    __table_args__ = {"sqlite_with_rowid": False}

    product_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    other_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    together: Mapped[int] = mapped_column()  # orders with both
    product_orders: Mapped[int] = mapped_column()  # orders with product_id
    other_orders: Mapped[int] = mapped_column()  # orders with other_id
    total_orders: Mapped[int] = mapped_column()  # orders in the training window


class SegmentProduct(Base):
    """How many accounts of an RFM segment bought a product; rebuilt with the scores."""

    __tablename__ = "segment_products"
    __table_args__ = {"sqlite_with_rowid": False}

    rfm_segment: Mapped[str] = mapped_column(String(24), primary_key=True)
    product_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    accounts: Mapped[int] = mapped_column()  # accounts of the segment that bought it
    segment_accounts: Mapped[int] = mapped_column()  # accounts in the segment


class SuggestionEvent(Entity):
    """A suggestion shown to a user (offered) and, when it went onto a quote, taken."""

    __tablename__ = "suggestion_events"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # together, upgrade, segment
    reason: Mapped[str] = mapped_column(Text, default="")
    offered_at: Mapped[datetime] = mapped_column()
    taken_at: Mapped[datetime | None] = mapped_column()
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))

    __table_args__ = (Index("ix_suggestion_events_account", "account_id", "product_id"),)
