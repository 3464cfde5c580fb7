"""Contacts (people)."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, enum_column, live_index


class ContactStatus(enum.StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DO_NOT_CONTACT = "do_not_contact"


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
    # Postal address, salutation, birthday and a second phone and email (migration 0016).
    street: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    region: Mapped[str] = mapped_column(String(100), default="")  # state, province, county
    salutation: Mapped[str] = mapped_column(String(40), default="")
    birthday: Mapped[date | None] = mapped_column()
    other_phone: Mapped[str] = mapped_column(String(32), default="")  # E.164, '' when absent
    other_phone_display: Mapped[str] = mapped_column(String(64), default="")
    other_email: Mapped[str] = mapped_column(String(254), default="")
    # The record's id in the system it was imported from (a Salesforce 003...): links found by it.
    external_id: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        live_index("last_name", "first_name", name="ix_contacts_live_last_first", owned=True),
        live_index("first_name", name="ix_contacts_live_first", owned=True),
        live_index("email", name="ix_contacts_live_email", owned=True),
        live_index("company_name", name="ix_contacts_live_company", owned=True),
        live_index("city", name="ix_contacts_live_city", owned=True),
        live_index("country", name="ix_contacts_live_country", owned=True),
        live_index("updated_at", name="ix_contacts_live_updated", owned=True),
        Index("ix_contacts_phone", "phone"),
        live_index("external_id", name="ix_contacts_live_external_id"),
        live_index("owner_id", name="ix_contacts_live_owner"),  # a rep's list: their team's rows (0020)
    )
