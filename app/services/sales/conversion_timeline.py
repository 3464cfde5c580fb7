"""Lead conversions on the timelines of what the lead became (registered by app/extensions.py).

One entry per converted lead, "Converted from lead Jane Doe", opening the lead and linking the account,
contact and deal it became. A lead has no conversion time of its own: a converted lead is closed to
edits of its links, so its last update is the conversion.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Account, Contact, Deal, Lead
from app.services.records.timeline import TimelineItem, TimelineLink
from app.services.sales.leads import ENTITY


def for_contact(session: Session, contact_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    """The lead this contact was converted from (normally one)."""
    return _entries(session, Lead.converted_contact_id == contact_id, limit)


def for_account(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    """The leads converted into this account."""
    return _entries(session, Lead.converted_account_id == account_id, limit)


def _entries(session: Session, where: ColumnElement[bool], limit: int) -> list[TimelineItem]:
    account, contact, deal = Account, Contact, Deal  # each joined once: no alias (aliasing costs ~1 ms)
    stmt = (
        select(
            Lead,
            account.name,
            contact.first_name,
            contact.last_name,
            deal.name,
        )
        .outerjoin(account, (account.id == Lead.converted_account_id) & account.deleted_at.is_(None))
        .outerjoin(contact, (contact.id == Lead.converted_contact_id) & contact.deleted_at.is_(None))
        .outerjoin(deal, (deal.id == Lead.converted_deal_id) & deal.deleted_at.is_(None))
        .where(where, Lead.deleted_at.is_(None))
        .order_by(Lead.updated_at.desc())
        .limit(limit)
    )
    items = []
    for lead, account_name, first, last, deal_name in session.execute(stmt):
        found = (  # a live record's name, or None when the link is empty or the record is in the trash
            (account_name, "Account", "account", lead.converted_account_id),
            (last is not None and f"{first} {last}".strip(), "Contact", "contact", lead.converted_contact_id),
            (deal_name, "Deal", "deal", lead.converted_deal_id),
        )
        links = [
            TimelineLink(f"{what}: {name}", entity, record_id)
            for name, what, entity, record_id in found
            if name and record_id is not None
        ]
        name = f"{lead.first_name} {lead.last_name}".strip()
        became = ", ".join(link.label for link in links) or "records since deleted"
        items.append(
            TimelineItem(
                lead.updated_at,
                "lead",
                f"Converted from lead {name}",
                f"Became {became}",
                ENTITY,
                lead.id,
                links=(TimelineLink(f"Lead: {name}", ENTITY, lead.id), *links),
            )
        )
    return items
