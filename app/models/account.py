"""Accounts (companies) and the many-to-many link to contacts with a role."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, enum_column, live_index


class AccountStatus(enum.StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    PARTNER = "partner"
    SUPPLIER = "supplier"
    CHURNED = "churned"
    INACTIVE = "inactive"


class Account(Entity):
    __tablename__ = "accounts"

    name: Mapped[str] = mapped_column(String(200))
    domain: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")  # E.164, '' when absent
    phone_display: Mapped[str] = mapped_column(String(64), default="")  # as the user typed it
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    status: Mapped[AccountStatus] = mapped_column(enum_column(AccountStatus), default=AccountStatus.PROSPECT)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # `address` holds the street; postal code, region, revenue and size came with migration 0016.
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    annual_revenue_minor: Mapped[int] = mapped_column(BigInteger, default=0)  # money in minor units
    annual_revenue_currency: Mapped[str] = mapped_column(String(3), default="")  # '' when not known
    employee_count: Mapped[int] = mapped_column(default=0)  # 0 when unknown
    external_id: Mapped[str] = mapped_column(String(100), default="")  # id in the source system
    language: Mapped[str] = mapped_column(
        String(8), default=""
    )  # documents' language; '' = by country (0031)
    # The customer tier the SLA policies time its tickets by (migration 0027): standard, gold, platinum.
    tier: Mapped[str] = mapped_column(String(20), default="standard", server_default="standard")

    __table_args__ = (
        *(
            live_index(col, name=f"ix_accounts_live_{sort}", owned=True)
            for sort, col in (
                ("name", "name"),
                ("city", "city"),
                ("country", "country"),
                ("industry", "industry"),
                ("status", "status"),
                ("updated", "updated_at"),
            )
        ),
        Index("ix_accounts_domain", "domain"),
        live_index("external_id", name="ix_accounts_live_external_id"),
        live_index("owner_id", name="ix_accounts_live_owner"),  # a rep's list: their team's rows (0020)
    )


class AccountContact(Entity):
    """A contact's membership of an account; exactly one membership per contact may be primary."""

    __tablename__ = "account_contacts"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(100), default="")
    is_primary: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        UniqueConstraint("account_id", "contact_id", name="uq_account_contacts_pair"),
        Index("ix_account_contacts_contact", "contact_id"),
    )
