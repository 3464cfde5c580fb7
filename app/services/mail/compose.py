"""Render a mail for one record and queue it in the outbox, inside the caller's transaction.

`queue_mail` is the one way in (the Compose dialog, the CLI, campaigns and sequences): the mail is rendered
with the record's own values first, so a merge field with no value for this recipient is a ValidationError
naming the field and the recipient, and nothing is queued.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    AccountContact,
    Contact,
    Deal,
    EmailTemplate,
    Lead,
    MailAddressState,
    MailAttachment,
    MailOutbox,
    uuid7,
)
from app.models.money import fmt_amount, from_minor
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.merge_templates import MissingValue, prepare
from app.services.mail.accounts import MailAccountInfo, load_account
from app.services.mail.templates import FIELDS, CompiledMail, compile_mail

ENTITIES: tuple[str, ...] = ("contact", "lead", "account", "deal")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # "application/pdf"
    data: bytes


@dataclass(frozen=True)
class Draft:
    """What to send: a saved template, or a subject and body typed for this one mail."""

    template_id: uuid.UUID | None = None
    subject: str = ""
    body_text: str = ""
    body_html: str = ""


@dataclass(frozen=True)
class Rendered:
    to: str
    label: str  # the recipient's name, for messages
    subject: str
    body_text: str
    body_html: str
    links: dict[str, uuid.UUID | None]  # contact_id, lead_id, account_id, deal_id


@dataclass(frozen=True)
class QueuedMail:
    outbox_id: uuid.UUID
    message_id: str
    to: str


def _person(row: Contact | Lead, company: str) -> dict[str, Any]:
    return {
        "salutation": row.salutation,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "full_name": f"{row.first_name} {row.last_name}".strip(),
        "title": row.title,
        "email": row.email,
        "company": company,
        "city": row.city,
    }


def _account(row: Account | None, name: str = "") -> dict[str, Any]:
    if row is None:
        return {**dict.fromkeys(FIELDS["account"], ""), "name": name}
    return {"name": row.name, "city": row.city, "country": row.country, "domain": row.domain}


PREFETCH = "mail.prefetch"  # session.info key: rows queue_many read ahead for a chunk of recipients


def _live(session: Session, model: Any, entity: str, record_id: uuid.UUID) -> Any:
    ahead = session.info.get(PREFETCH)
    row = ahead.get((entity, record_id)) if ahead is not None else None
    if row is None:
        row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(entity, record_id)
    return row


def _contact_account(session: Session, contact: Contact) -> Account | None:
    ahead = session.info.get(PREFETCH)
    if ahead is not None and ("account_of", contact.id) in ahead:
        return ahead[("account_of", contact.id)]  # type: ignore[no-any-return]
    return session.scalar(
        select(Account)
        .join(AccountContact, AccountContact.account_id == Account.id)
        .where(
            AccountContact.contact_id == contact.id,
            AccountContact.deleted_at.is_(None),
            Account.deleted_at.is_(None),
        )
        .order_by(AccountContact.is_primary.desc(), Account.name)
        .limit(1)
    )


def recipient_context(
    session: Session, entity: str, record_id: uuid.UUID
) -> tuple[str, str, dict[str, uuid.UUID | None], dict[str, dict[str, Any]]]:
    """(address, label, links, merge groups) of the record a mail goes to."""
    links: dict[str, uuid.UUID | None] = dict.fromkeys(("contact_id", "lead_id", "account_id", "deal_id"))
    deal_group = dict.fromkeys(FIELDS["deal"], "")
    if entity == "deal":
        deal: Deal = _live(session, Deal, "deal", record_id)
        links["deal_id"] = deal.id
        deal_group = {
            "name": deal.name,
            "amount": fmt_amount(from_minor(deal.amount_minor, deal.currency), deal.currency),
        }
        if deal.contact_id is None:
            raise ValidationError(FieldError("to", f"the deal {deal.name!r} has no contact to write to"))
        entity, record_id = "contact", deal.contact_id
        links["account_id"] = deal.account_id
    if entity == "contact":
        contact: Contact = _live(session, Contact, "contact", record_id)
        account = _contact_account(session, contact)
        links["contact_id"] = contact.id
        links["account_id"] = links["account_id"] or (account.id if account else None)
        person = _person(contact, account.name if account else contact.company_name)
        groups = {"recipient": person, "account": _account(account, contact.company_name)}
        address, label = contact.email, person["full_name"]
    elif entity == "lead":
        lead: Lead = _live(session, Lead, "lead", record_id)
        links["lead_id"] = lead.id
        person = _person(lead, lead.company)
        groups = {"recipient": person, "account": _account(None, lead.company)}
        address, label = lead.email, person["full_name"]
    elif entity == "account":
        acct: Account = _live(session, Account, "account", record_id)
        links["account_id"] = acct.id
        person = {
            **dict.fromkeys(FIELDS["recipient"], ""),
            "full_name": acct.name,
            "email": acct.email,
            "company": acct.name,
        }
        groups = {"recipient": person, "account": _account(acct)}
        address, label = acct.email, acct.name
    else:
        raise ValidationError(
            FieldError("to", f"cannot write to a {entity}; choose one of {', '.join(ENTITIES)}")
        )
    if not address:
        raise ValidationError(FieldError("to", f"{label or 'this ' + entity} has no email address"))
    groups["deal"] = deal_group
    return address, label, links, groups


def render(
    session: Session,
    compiled: CompiledMail,
    entity: str,
    record_id: uuid.UUID,
    me: Mapping[str, str],
    extra: Mapping[str, Mapping[str, Any]] | None = None,
) -> Rendered:
    """The mail as this recipient will read it; a field with no value for them is a ValidationError."""
    address, label, links, groups = recipient_context(session, entity, record_id)
    context: dict[str, Mapping[str, Any]] = {
        **groups,
        "document": dict.fromkeys(FIELDS["document"], ""),
        "me": dict(me),
        **(extra or {}),
    }
    prepared = prepare(context)
    out: dict[str, str] = {}
    for part, template in (
        ("subject", compiled.subject),
        ("body_text", compiled.text),
        ("body_html", compiled.html),
    ):
        if template is None:
            out[part] = ""
            continue
        try:
            out[part] = template.render_prepared(prepared)
        except MissingValue as exc:
            raise ValidationError(
                FieldError(part, f"{exc} for {label} <{address}>: fill it in or wrap it in {{% if %}}")
            ) from None
    return Rendered(address, label, out["subject"].strip(), out["body_text"], out["body_html"], links)


def compiled_draft(session: Session, draft: Draft) -> CompiledMail:
    if draft.template_id is not None:
        row = session.get(EmailTemplate, draft.template_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("email template", draft.template_id)
        return compile_mail(row.subject, row.body_text, row.body_html)
    return compile_mail(draft.subject, draft.body_text, draft.body_html)


def sender_fields(account: MailAccountInfo, user_name: str = "") -> dict[str, str]:
    return {"name": account.from_name or user_name, "email": account.from_address}


def new_message_id(from_address: str) -> str:
    """A Message-ID made once, at queue time, and kept across every retry (how a resend is recognised)."""
    return f"<{uuid7().hex}@{from_address.rpartition('@')[2] or 'rapport.invalid'}>"


def queue_mail(
    session: Session,
    account_id: uuid.UUID,
    draft: Draft | CompiledMail,
    entity: str,
    record_id: uuid.UUID,
    attachments: Sequence[Attachment] = (),
    idempotency_key: str | None = None,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Mapping[str, Any]] | None = None,
    in_reply_to: str = "",
    document_id: uuid.UUID | None = None,
) -> QueuedMail | None:
    """Render the mail for the record and add it to the outbox in `session`'s transaction.

    Returns None when a mail with this idempotency key is already queued or sent (a campaign re-run).
    Raises ValidationError naming the field and recipient when a merge field has no value, or the
    recipient has no address or their address bounced before.
    """
    with session.no_autoflush:  # reads only: a campaign queues thousands without a flush per mail
        if idempotency_key is not None:
            known = session.scalar(select(MailOutbox.id).where(MailOutbox.idempotency_key == idempotency_key))
            if known is not None:
                return None
        account = load_account(session, account_id)
        compiled = compiled_draft(session, draft) if isinstance(draft, Draft) else draft
        mail = render(session, compiled, entity, record_id, sender_fields(account), extra)
        bounced = session.scalar(
            select(MailAddressState).where(
                MailAddressState.address == mail.to.lower(), MailAddressState.bounced_at.is_not(None)
            )
        )
        if bounced is not None:
            raise ValidationError(
                FieldError(
                    "to",
                    f"mail to {mail.to} ({mail.label}) bounced on {bounced.bounced_at:%Y-%m-%d}: {bounced.bounce_reason or 'undeliverable'}",
                )
            )
    message_id = new_message_id(account.from_address)
    row = MailOutbox(
        id=uuid7(),  # no flush per mail: a campaign queues thousands in one transaction
        mail_account_id=account.id,
        idempotency_key=idempotency_key or f"mail:{message_id}",
        message_id=message_id,
        from_address=account.from_address,
        to_address=mail.to,
        subject=mail.subject[:300],
        body_text=mail.body_text,
        body_html=mail.body_html,
        headers=dict(headers or {}),
        in_reply_to=in_reply_to,
        document_id=document_id,
        **mail.links,
    )
    session.add(row)
    for item in attachments:
        session.add(
            MailAttachment(outbox=row, filename=item.filename, content_type=item.content_type, data=item.data)
        )
    return QueuedMail(row.id, message_id, mail.to)
