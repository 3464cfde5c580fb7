"""The mail use cases the GUI and the CLI call: preview, send (queue), deliver, fetch, the outbox."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.models import MailOutbox, OutboxStatus, User
from app.services.core.changes import ChangeKind
from app.services.core.uow import UnitOfWorkFactory
from app.services.mail import delivery, reading
from app.services.mail.accounts import load_account
from app.services.mail.compose import (
    Attachment,
    Draft,
    QueuedMail,
    Rendered,
    compiled_draft,
    queue_mail,
    render,
    sender_fields,
)


@dataclass(frozen=True)
class OutboxRow:
    id: uuid.UUID
    to: str
    subject: str
    status: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    error: str


class MailService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def _me(self, account_id: uuid.UUID) -> dict[str, str]:
        with self.uow.read() as session:
            account = load_account(session, account_id)
            user = session.get(User, account.user_id)
            return sender_fields(account, user.name if user is not None else "")

    def preview(
        self,
        account_id: uuid.UUID,
        draft: Draft,
        entity: str,
        record_id: uuid.UUID,
        extra: dict[str, dict[str, Any]] | None = None,
    ) -> Rendered:
        """The mail as this recipient would get it (a ValidationError names a field without a value)."""
        me = self._me(account_id)
        with self.uow.read() as session:
            return render(session, compiled_draft(session, draft), entity, record_id, me, extra)

    def send(
        self,
        account_id: uuid.UUID,
        draft: Draft,
        entity: str,
        record_id: uuid.UUID,
        attachments: Sequence[Attachment] = (),
        extra: dict[str, dict[str, Any]] | None = None,
        document_id: uuid.UUID | None = None,
    ) -> QueuedMail:
        """Queue the mail; `deliver` sends it (the GUI starts a delivery right away)."""
        me = self._me(account_id)
        with self.uow() as work:
            compiled = compiled_draft(work.session, draft)
            extra = {"me": me, **(extra or {})}
            queued = queue_mail(
                work.session,
                account_id,
                compiled,
                entity,
                record_id,
                attachments,
                extra=extra,
                document_id=document_id,
            )
            assert queued is not None  # no idempotency key given: never a repeat
            work.audit("mail_outbox", queued.outbox_id, "queue", "to", None, queued.to)
            work.changed("mail_outbox", ChangeKind.CREATED, [queued.outbox_id])
        return queued

    def deliver(self, account_id: uuid.UUID, **options: Any) -> delivery.DeliveryReport:
        return delivery.deliver_outbox(self.uow, account_id, **options)

    def fetch(self, account_id: uuid.UUID, **options: Any) -> reading.FetchReport:
        return reading.fetch_mail(self.uow, account_id, **options)

    def resend(self, outbox_id: uuid.UUID) -> None:
        delivery.resend(self.uow, outbox_id)

    def outbox(self, status: str | None = None, limit: int = 200) -> list[OutboxRow]:
        with self.uow.read() as session:
            stmt = select(MailOutbox).order_by(MailOutbox.id.desc()).limit(limit)
            if status:
                stmt = stmt.where(MailOutbox.status == OutboxStatus(status))
            return [
                OutboxRow(
                    r.id,
                    r.to_address,
                    r.subject,
                    r.status.value,
                    r.attempts,
                    r.created_at,
                    r.sent_at,
                    r.error,
                )
                for r in session.scalars(stmt)
            ]

    def email_document(
        self, account_id: uuid.UUID, document_id: uuid.UUID, draft: Draft | None = None
    ) -> QueuedMail:
        """Queue the document (a quote, an invoice) to its contact, else its account, with its PDF attached."""
        from app.services.mail.documents import default_draft, document_mail

        entity, record_id, pdf, fields = document_mail(self.uow, document_id)
        return self.send(
            account_id, draft or default_draft(), entity, record_id, [pdf], {"document": fields}, document_id
        )

    def find_recipient(self, text: str) -> tuple[str, uuid.UUID, str]:
        """(entity, id, name) of the contact, lead or account with this email address or id."""
        from app.models import Account, Contact, Lead
        from app.services.core.errors import RapportError

        wanted = text.strip().lower()
        with self.uow.read() as session:
            models: tuple[tuple[str, Any], ...] = (("contact", Contact), ("lead", Lead), ("account", Account))
            for entity, model in models:
                try:
                    where = model.id == uuid.UUID(wanted)
                except ValueError:
                    where = model.email == wanted
                row = session.scalars(select(model).where(where, model.deleted_at.is_(None)).limit(1)).first()
                if row is not None:
                    name = row.name if entity == "account" else f"{row.first_name} {row.last_name}".strip()
                    return entity, row.id, name
        raise RapportError(f"no contact, lead or account has the address or id {text!r}")

    def document_recipient(self, document_id: uuid.UUID) -> tuple[str, uuid.UUID, dict[str, dict[str, Any]]]:
        """Whom a document is mailed to (entity, id) and its merge fields, for the Compose preview."""
        from app.services.mail.documents import document_recipient

        entity, record_id, fields = document_recipient(self.uow, document_id)
        return entity, record_id, {"document": fields}
