"""Quotes, sales orders and purchase orders, their lines, number sequences and app settings.

Quantities are stored in thousandths and rates (discount, tax) in basis points, as integers: SQLite's
Numeric is a float underneath, and these figures must print exactly.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Entity, enum_column, live_index


class DocumentType(enum.StrEnum):
    QUOTE = "quote"
    SALES_ORDER = "sales_order"
    PURCHASE_ORDER = "purchase_order"


class DocumentStatus(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    ORDERED = "ordered"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class Document(Entity):
    __tablename__ = "documents"

    doc_type: Mapped[DocumentType] = mapped_column(enum_column(DocumentType))
    number: Mapped[str] = mapped_column(String(40), unique=True)  # the last guard against a collision
    status: Mapped[DocumentStatus] = mapped_column(enum_column(DocumentStatus), default=DocumentStatus.DRAFT)
    issued_on: Mapped[date] = mapped_column()
    valid_until: Mapped[date | None] = mapped_column()  # quotes
    delivery_date: Mapped[date | None] = mapped_column()  # orders
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"), index=True)
    source_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    price_list_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("price_lists.id", ondelete="SET NULL"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    payment_terms: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    subtotal_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        live_index("number", name="ix_documents_live_number"),
        live_index("issued_on", name="ix_documents_live_issued"),
        live_index("total_minor", name="ix_documents_live_total"),
        live_index("status", name="ix_documents_live_status"),
        live_index("contact_id", name="ix_documents_live_contact"),  # a contact's timeline
        Index("ix_documents_type_issued", "doc_type", "issued_on"),
        Index("ix_documents_source", "source_id"),  # was this quote ordered? (purchases, 0028)
    )


class DocumentLine(Entity):
    __tablename__ = "document_lines"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text, default="")
    quantity_milli: Mapped[int] = mapped_column(BigInteger)  # 1.5 -> 1500
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    discount_bp: Mapped[int] = mapped_column(default=0)  # 10.00 % -> 1000
    tax_rate_bp: Mapped[int] = mapped_column(default=0)
    net_minor: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_document_lines_document", "document_id", "position"),)


class NumberSequence(Base):
    """The next number per document type, year and device (offline laptops get their own device slot)."""

    __tablename__ = "number_sequences"

    doc_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    device: Mapped[str] = mapped_column(String(20), primary_key=True)
    next_value: Mapped[int] = mapped_column(BigInteger)
