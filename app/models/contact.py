"""Contacts (people)."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, enum_column


class ContactStatus(enum.StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DO_NOT_CONTACT = "do_not_contact"


def _live(*cols: str, name: str) -> Index:
    # Partial indexes over live rows serve both the sorted list pages and keyset pagination.
    where = text("deleted_at IS NULL")
    return Index(name, *cols, "id", sqlite_where=where, postgresql_where=where)


class Contact(Entity):
    __tablename__ = "contacts"

    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254), default="")  # lower-cased, '' when absent
    phone: Mapped[str] = mapped_column(String(32), default="")  # E.164, '' when absent
    phone_display: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    status: Mapped[ContactStatus] = mapped_column(enum_column(ContactStatus), default=ContactStatus.ACTIVE)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    # Name of the primary account, kept by the contacts service: lets the list sort and search by
    # company without a join over a million rows.
    company_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        _live("last_name", "first_name", name="ix_contacts_live_last_first"),
        _live("first_name", name="ix_contacts_live_first"),
        _live("email", name="ix_contacts_live_email"),
        _live("company_name", name="ix_contacts_live_company"),
        _live("city", name="ix_contacts_live_city"),
        _live("country", name="ix_contacts_live_country"),
        _live("updated_at", name="ix_contacts_live_updated"),
        Index("ix_contacts_phone", "phone"),
    )
