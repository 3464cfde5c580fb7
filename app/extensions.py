"""Plug the capability packages into core's extension points, in one place, whatever was imported first.

Core knows no feature package: the paged lists ask a registry for the segment filter and for the list of
an entity, the trash for what goes with a record deleted for good, the timeline for its kinds of entry.
Part of the composition root (app/context.py calls it): each hook imports its package on its first call,
so start-up loads none of them.
"""

from __future__ import annotations

import uuid
from functools import partial
from importlib import import_module
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.services.automation.capture import install_capture
from app.services.campaigns import ports
from app.services.core import listing, owner_rules, uow
from app.services.core.listing import EntityList
from app.services.core.uow import Work
from app.services.importing import batch_undo
from app.services.records import timeline, trash
from app.services.records.timeline import TimelineItem

# The entities whose lists other packages (segments, export) work on, and where each list lives.
LISTS = {
    "contact": "app.services.records.contacts",
    "account": "app.services.records.accounts",
    "lead": "app.services.sales.leads",
    # reports filter deals, activities and documents with their lists' conditions too
    "deal": "app.services.sales.deal_input",
    "activity": "app.services.scheduling.activities",
    "document": "app.services.documents.document_input",
}


def _list_of(module: str) -> EntityList:
    entity_list: EntityList = import_module(module).LIST
    return entity_list


def _segment_filter(session: Session, entity: str, segment_id: Any) -> ColumnElement[bool]:
    from app.services.segments.service import segment_filter

    return segment_filter(session, entity, segment_id)


def _drop_segment_indexes(session: Session, segment_ids: list[uuid.UUID]) -> None:
    from app.services.segments.covering_index import drop_for_segments

    drop_for_segments(session, segment_ids)


def _document_entries(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    from app.services.documents.timeline_entries import timeline_entries

    return timeline_entries(session, account_id, limit)


def _contact_document_entries(session: Session, contact_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    from app.services.documents.timeline_entries import contact_timeline_entries

    return contact_timeline_entries(session, contact_id, limit)


def _account_conversions(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    from app.services.sales import conversion_timeline

    return conversion_timeline.for_account(session, account_id, limit)


def _contact_conversions(session: Session, contact_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    from app.services.sales import conversion_timeline

    return conversion_timeline.for_contact(session, contact_id, limit)


def _account_tickets(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    from app.services.service_desk import timeline_entries

    return timeline_entries.for_account(session, account_id, limit)


def _contact_tickets(session: Session, contact_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    from app.services.service_desk import timeline_entries

    return timeline_entries.for_contact(session, contact_id, limit)


def _pick_new_owner(session: Any, entity: str, values: dict[str, Any]) -> Any:
    from app.services.automation.default_owner import pick_owner

    return pick_owner(session, entity, values)


def _run_automation_rules(work: Work) -> None:
    from app.services.automation.service import hook

    hook(work)


def _undo_vendor_export(uow_factory: uow.UnitOfWorkFactory, batch_id: uuid.UUID) -> Any:
    from app.services.importing import export_undo

    return export_undo.undo(uow_factory, batch_id) if export_undo.is_export(uow_factory, batch_id) else None


def _mail_sender() -> Any:
    from app.services.mail.campaign_sender import MailModuleSender

    return MailModuleSender()


def install_extensions() -> None:
    """Register every hook (idempotent: each registry keeps one of each)."""
    # campaigns and drip sequences send through the mail module's outbox (exactly once, at a pace)
    ports.register_sender(_mail_sender)
    listing.register_filter("segment_id", _segment_filter)
    for entity, module in LISTS.items():
        listing.register_list(entity, partial(_list_of, module))
    trash.register_purge_hook("segment", _drop_segment_indexes)
    # tickets, emails and campaign memberships register their entries here the same way when they exist
    timeline.register_source(_document_entries, "account")
    timeline.register_source(_contact_document_entries, "contact")
    timeline.register_source(_account_conversions, "account")
    timeline.register_source(_contact_conversions, "contact")
    timeline.register_source(_account_tickets, "account")
    timeline.register_source(_contact_tickets, "contact")
    # automation: the field changes are captured at each flush, the event rules run before each commit
    install_capture()
    uow.register_before_commit(_run_automation_rules)
    # new leads and accounts without an owner: the office's standing rule (Settings, administrators)
    owner_rules.register_owner_picker(_pick_new_owner)
    # a whole CRM export (Salesforce, HubSpot, Pipedrive) is undone as one step
    batch_undo.register(_undo_vendor_export)
