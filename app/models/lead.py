"""Leads: prospects not yet qualified into accounts and contacts."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, enum_column, live_index


class LeadStatus(enum.StrEnum):
    NEW = "new"
    WORKING = "working"
    NURTURING = "nurturing"
    QUALIFIED = "qualified"
    DISQUALIFIED = "disqualified"
    CONVERTED = "converted"


class LeadLifecycle(enum.StrEnum):
    """The stage of the customer journey."""

    SUBSCRIBER = "subscriber"
    LEAD = "lead"
    MARKETING_QUALIFIED = "marketing_qualified"
    SALES_QUALIFIED = "sales_qualified"
    OPPORTUNITY = "opportunity"
    CUSTOMER = "customer"
    EVANGELIST = "evangelist"


class Lead(Entity):
    __tablename__ = "leads"

    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    company: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    phone_display: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(String(40), default="")  # one of services.leads.LEAD_SOURCES
    status: Mapped[LeadStatus] = mapped_column(enum_column(LeadStatus), default=LeadStatus.NEW)
    score: Mapped[int] = mapped_column(default=0)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    converted_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    converted_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    converted_deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"))
    lifecycle: Mapped[LeadLifecycle] = mapped_column(enum_column(LeadLifecycle), default=LeadLifecycle.LEAD)
    disqualified_reason: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    company_size: Mapped[int] = mapped_column(default=0)  # employees, 0 when unknown
    website: Mapped[str] = mapped_column(String(200), default="")  # bare domain, '' when absent
    # Postal address, salutation, birthday and a second phone and email (migration 0016).
    street: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    salutation: Mapped[str] = mapped_column(String(40), default="")
    birthday: Mapped[date | None] = mapped_column()
    other_phone: Mapped[str] = mapped_column(String(32), default="")
    other_phone_display: Mapped[str] = mapped_column(String(64), default="")
    other_email: Mapped[str] = mapped_column(String(254), default="")
    external_id: Mapped[str] = mapped_column(String(100), default="")  # id in the source system
    # the campaign that brought the lead (attribution, migration 0026)
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaigns.id"), index=True)

    __table_args__ = (
        live_index("score", name="ix_leads_live_score", owned=True),
        live_index("last_name", "first_name", name="ix_leads_live_last_first", owned=True),
        live_index("company", name="ix_leads_live_company", owned=True),
        live_index("status", name="ix_leads_live_status", owned=True),
        live_index("updated_at", name="ix_leads_live_updated", owned=True),
        # a likely duplicate is found by its email or phone (likely_duplicates), an import matches on email
        live_index("email", name="ix_leads_live_email"),
        live_index("phone", name="ix_leads_live_phone"),
        # leads created in a period by source (metrics)
        live_index(
            "created_at",
            "source",
            "owner_id",
            "lifecycle",
            "converted_account_id",  # covers the "became a customer" test: no visit to each lead row
            name="ix_leads_live_created",
        ),
        # won revenue by lead source starts from the converted leads
        live_index("converted_deal_id", name="ix_leads_live_converted_deal"),
        live_index("external_id", name="ix_leads_live_external_id"),
        live_index("owner_id", name="ix_leads_live_owner"),  # a rep's list: their team's rows (0020)
        # the "converted from lead" entry on the timelines of a contact and of an account
        live_index("converted_contact_id", name="ix_leads_live_converted_contact"),
        live_index("converted_account_id", name="ix_leads_live_converted_account"),
    )
