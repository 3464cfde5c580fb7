"""Queue one mail to each of many records in the caller's transaction (a campaign, a sequence step).

Rows are read ahead 500 recipients at a time (the records, a contact's account, keys already queued,
bounced addresses) and written with one INSERT per chunk, so 10,000 mails take seconds, not minutes.
Every recipient is rendered before anything is written: one merge field without a value for anyone is a
ValidationError naming each such recipient and field, and nothing is queued.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, load_only

from app.models import (
    Account,
    AccountContact,
    Contact,
    Lead,
    MailAddressState,
    MailOutbox,
    OutboxStatus,
    utcnow,
    uuid7,
)
from app.services.core.errors import FieldError, ValidationError
from app.services.mail.accounts import load_account
from app.services.mail.compose import (
    PREFETCH,
    Draft,
    QueuedMail,
    Rendered,
    compiled_draft,
    new_message_id,
    render,
    sender_fields,
)
from app.services.mail.templates import CompiledMail

CHUNK = 500
# what a mail's merge fields read of a person (not their custom JSON: decoding it dominated the time)
_PERSON_COLUMNS = ("id", "deleted_at", "salutation", "first_name", "last_name", "title", "email", "city")


@dataclass(frozen=True)
class Recipient:
    entity: str  # contact, lead, account, deal
    id: uuid.UUID
    idempotency_key: str


@dataclass
class BulkQueued:
    queued: list[QueuedMail] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # keys queued before: left alone
    bounced: list[str] = field(default_factory=list)  # keys whose address bounced before: suppressed


def _read_ahead(session: Session, chunk: Sequence[Recipient]) -> dict[Any, Any]:
    ahead: dict[Any, Any] = {}
    contact_ids = [r.id for r in chunk if r.entity == "contact"]
    lead_ids = [r.id for r in chunk if r.entity == "lead"]
    if contact_ids:
        wanted = load_only(*(getattr(Contact, name) for name in _PERSON_COLUMNS), Contact.company_name)
        for contact in session.scalars(select(Contact).options(wanted).where(Contact.id.in_(contact_ids))):
            ahead[("contact", contact.id)] = contact
            ahead[("account_of", contact.id)] = None
        rows = session.execute(
            select(AccountContact.contact_id, Account)
            .join(Account, Account.id == AccountContact.account_id)
            .where(
                AccountContact.contact_id.in_(contact_ids),
                AccountContact.deleted_at.is_(None),
                Account.deleted_at.is_(None),
            )
            .order_by(AccountContact.is_primary, Account.name.desc())  # the last written wins: primary, A..
        ).all()
        for contact_id, account in rows:
            ahead[("account_of", contact_id)] = account
    if lead_ids:
        wanted = load_only(*(getattr(Lead, name) for name in _PERSON_COLUMNS), Lead.company)
        for lead in session.scalars(select(Lead).options(wanted).where(Lead.id.in_(lead_ids))):
            ahead[("lead", lead.id)] = lead
    return ahead


def queue_many(
    session: Session,
    account_id: uuid.UUID,
    draft: Draft | CompiledMail,
    recipients: Sequence[Recipient],
    headers: Callable[[Recipient, Rendered], Mapping[str, str]] | None = None,
    extra: Mapping[str, Mapping[str, Any]] | None = None,
) -> BulkQueued:
    """Queue the mail for each recipient; `headers(recipient, mail)` adds per-mail headers
    (List-Unsubscribe). Keys already in the outbox and addresses that bounced are skipped and reported."""
    account = load_account(session, account_id)
    compiled = compiled_draft(session, draft) if isinstance(draft, Draft) else draft
    me = sender_fields(account)
    out = BulkQueued()
    problems: list[FieldError] = []
    ready: list[tuple[Recipient, Rendered]] = []
    with session.no_autoflush:
        for start in range(0, len(recipients), CHUNK):
            chunk = recipients[start : start + CHUNK]
            keys = [r.idempotency_key for r in chunk]
            known = set(
                session.scalars(
                    select(MailOutbox.idempotency_key).where(MailOutbox.idempotency_key.in_(keys))
                )
            )
            session.info[PREFETCH] = _read_ahead(session, chunk)
            try:
                rendered: list[tuple[Recipient, Rendered]] = []
                for r in chunk:
                    if r.idempotency_key in known:
                        out.already.append(r.idempotency_key)
                        continue
                    known.add(r.idempotency_key)
                    try:
                        rendered.append((r, render(session, compiled, r.entity, r.id, me, extra)))
                    except ValidationError as exc:
                        problems += exc.errors
            finally:
                session.info.pop(PREFETCH, None)
            addresses = list({m.to.lower() for _r, m in rendered})
            bounced = set(
                session.scalars(
                    select(MailAddressState.address).where(
                        MailAddressState.address.in_(addresses), MailAddressState.bounced_at.is_not(None)
                    )
                )
            )
            for r, mail in rendered:
                if mail.to.lower() in bounced:
                    out.bounced.append(r.idempotency_key)
                else:
                    ready.append((r, mail))
    if problems:
        raise ValidationError(problems)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for r, mail in ready:
        message_id = new_message_id(account.from_address)
        row_id = uuid7()
        rows.append(
            {
                "id": row_id,
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "custom": {},
                "mail_account_id": account.id,
                "idempotency_key": r.idempotency_key,
                "status": OutboxStatus.QUEUED,
                "attempts": 0,
                "message_id": message_id,
                "from_address": account.from_address,
                "to_address": mail.to,
                "subject": mail.subject[:300],
                "body_text": mail.body_text,
                "body_html": mail.body_html,
                "headers": dict(headers(r, mail)) if headers is not None else {},
                "in_reply_to": "",
                "claim": "",
                "error": "",
                **mail.links,
                "document_id": None,
            }
        )
        out.queued.append(QueuedMail(row_id, message_id, mail.to))
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(MailOutbox), rows[start : start + CHUNK])
    return out
