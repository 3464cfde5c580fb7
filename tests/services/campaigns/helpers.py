"""Shared set-up for the campaign tests: people made through their services, consent through its own."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.context import AppContext
from app.models import MarketingOutbox
from app.services.records.contacts import ContactInput
from app.services.sales.leads import LeadInput


def contact(ctx: AppContext, last: str, email: str = "", consent: str | None = "granted") -> Any:
    made = ctx.contacts.create(
        ContactInput(last_name=last, email=email or f"{last.lower()}@example.com")
    ).value
    if consent:
        ctx.consent.set("contact", made.id, "email", consent, "by hand", "Yes, send me news")
    return made


def lead(ctx: AppContext, last: str, email: str = "", consent: str | None = "granted") -> Any:
    made = ctx.leads.create(LeadInput(last_name=last, email=email or f"{last.lower()}@example.com")).value
    if consent:
        ctx.consent.set("lead", made.id, "email", consent, "web form", "Keep me posted")
    return made


def outbox(ctx: AppContext) -> list[tuple[str, str]]:
    """(address, idempotency key) of every queued mail."""
    with ctx.uow.read() as s:
        return [
            (a, k)
            for a, k in s.execute(
                select(MarketingOutbox.address, MarketingOutbox.idempotency_key).order_by(MarketingOutbox.id)
            )
        ]


def outbox_count(ctx: AppContext) -> int:
    with ctx.uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(MarketingOutbox)) or 0)
