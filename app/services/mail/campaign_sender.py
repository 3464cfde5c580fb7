"""The mail module behind the campaigns' port (app/services/campaigns/ports.py): a campaign or drip step
queues a real mail — the named email template rendered for the contact or lead, with the unsubscribe
link as a merge field and in the List-Unsubscribe header — in the caller's transaction.

Which account sends: the signed-in user's first mail account, else the oldest account in the database
(a background runner has nobody signed in). No template or no account is a clear error, not a silent drop.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import EmailTemplate, MailAccount
from app.services.core.errors import FieldError, ValidationError
from app.services.mail.compose import Draft, queue_mail

_CACHE = "rapport.campaign_sender"  # session.info: template and account looked up once per transaction


class MailModuleSender:
    """Implements the campaigns' MailSender with the mail outbox (exactly-once delivery, docs/email.md)."""

    def __init__(self, user_id: uuid.UUID | None = None) -> None:
        self.user_id = user_id

    def queue(
        self,
        session: Session,
        template_id: str,
        recipient: object,
        idempotency_key: str,
        unsubscribe_url: str = "",
    ) -> bool:
        cache = session.info.setdefault(_CACHE, {})
        template = cache.get(("template", template_id))
        if template is None:
            template = cache[("template", template_id)] = template_of(session, template_id)
        account = cache.get("account")
        if account is None:
            account = cache["account"] = sending_account(session, self.user_id)
        headers = {"List-Unsubscribe": f"<{unsubscribe_url}>"} if unsubscribe_url else None
        queued = queue_mail(
            session,
            account,
            Draft(template_id=template),
            getattr(recipient, "subject_type"),  # noqa: B009 (the port's Recipient, not imported here)
            getattr(recipient, "subject_id"),  # noqa: B009
            idempotency_key=idempotency_key,
            headers=headers,
            extra={"unsubscribe": {"url": unsubscribe_url}},
        )
        return queued is not None


def template_of(session: Session, name_or_id: str) -> uuid.UUID:
    """A template by its id or, as typed in the campaign form, by its name (any case)."""
    try:
        wanted = uuid.UUID(str(name_or_id))
    except ValueError:
        found = session.scalar(
            select(EmailTemplate.id).where(
                func.lower(EmailTemplate.name) == str(name_or_id).strip().lower(),
                EmailTemplate.deleted_at.is_(None),
            )
        )
    else:
        found = session.scalar(
            select(EmailTemplate.id).where(EmailTemplate.id == wanted, EmailTemplate.deleted_at.is_(None))
        )
    if found is None:
        raise ValidationError(
            FieldError(
                "template_id",
                f"there is no email template named {str(name_or_id)!r} (rapport mail template add)",
            )
        )
    return found


def sending_account(session: Session, user_id: uuid.UUID | None) -> uuid.UUID:
    live = MailAccount.deleted_at.is_(None)
    found = None
    if user_id is not None:
        found = session.scalar(
            select(MailAccount.id)
            .where(live, MailAccount.user_id == user_id)
            .order_by(MailAccount.created_at)
        )
    found = found or session.scalar(select(MailAccount.id).where(live).order_by(MailAccount.created_at))
    if found is None:
        raise ValidationError(
            FieldError("account", "no mail account is set up to send from (File > Email settings…)")
        )
    return found
