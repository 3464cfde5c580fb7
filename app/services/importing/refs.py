"""Links by the source system's ids: a contact's or a deal's AccountId finds the account imported with
that id (`external_id`), a deal's ContactId its contact, a converted lead's ConvertedAccountId,
ConvertedContactId and ConvertedOpportunityId what it became; read once for the ids a file holds."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Account, Contact, Deal
from app.services.importing.csv_read import Table

CHUNK = 500


def _distinct(table: Table, header: str) -> list[str]:
    at = table.headers.index(header)
    return sorted({row[at].strip() for _n, row in table.rows if at < len(row) and row[at].strip()})


def _by_source_id(session: Session, columns: tuple[Any, ...], ids: list[str]) -> list[Any]:
    """`columns`: (external_id, ..., deleted_at) of one model; the live rows with those ids. The
    deleted_at condition lets the lookup use the model's partial index on live external ids (without it
    each chunk scanned the whole table: 100 scans of 100,000 contacts for 50,000 deals)."""
    model_external_id, deleted_at = columns[0], columns[-1]
    out: list[Any] = []
    for start in range(0, len(ids), CHUNK):
        out += session.execute(
            select(*columns).where(deleted_at.is_(None), model_external_id.in_(ids[start : start + CHUNK]))
        ).all()
    return out


def _column(session: Session, columns: tuple[Any, ...], table: Table, headers: list[str]) -> list[Any]:
    ids = sorted({i for h in headers for i in _distinct(table, h)})
    return _by_source_id(session, columns, ids) if ids else []


def load_refs(session: Session, table: Table, header_of: Mapping[str, str]) -> dict[str, Any]:
    """{'account_refs': source id -> (account id, name), 'contact_refs' and 'deal_refs': source id -> id}
    for the ids in the file's mapped reference columns (live records only)."""
    accounts: dict[str, tuple[uuid.UUID, str]] = {}
    contacts: dict[str, uuid.UUID] = {}
    deals: dict[str, uuid.UUID] = {}
    mapped = [header_of[f] for f in ("account_ref", "converted_account_ref") if f in header_of]
    for source_id, account_id, name, deleted in _column(
        session, (Account.external_id, Account.id, Account.name, Account.deleted_at), table, mapped
    ):
        if deleted is None:
            accounts.setdefault(source_id, (account_id, name))
    mapped = [header_of[f] for f in ("contact_ref", "converted_contact_ref") if f in header_of]
    for source_id, contact_id, deleted in _column(
        session, (Contact.external_id, Contact.id, Contact.deleted_at), table, mapped
    ):
        if deleted is None:
            contacts.setdefault(source_id, contact_id)
    mapped = [header_of[f] for f in ("converted_deal_ref",) if f in header_of]
    for source_id, deal_id, deleted in _column(
        session, (Deal.external_id, Deal.id, Deal.deleted_at), table, mapped
    ):
        if deleted is None:
            deals.setdefault(source_id, deal_id)
    return {"account_refs": accounts, "contact_refs": contacts, "deal_refs": deals}
