"""Mail: accounts (SMTP/IMAP) per user, email templates, logged messages, the outbox and bounced addresses.

Passwords are never stored here: they live in the OS keyring (app/services/mail/accounts.py).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Enum, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.activity import Activity
from app.models.base import Entity, enum_column


class MailSecurity(enum.StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    TLS = "tls"  # implicit TLS from the first byte (SMTPS 465, IMAPS 993)


class OutboxStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by a deliverer; resolved on restart (docs/email.md)
    SENT = "sent"
    FAILED = "failed"


class MailDirection(enum.StrEnum):
    OUT = "out"
    IN = "in"


def _imap_security() -> Enum:
    """The same choices under their own CHECK name (one table cannot hold two 'mailsecurity' checks)."""
    column = enum_column(MailSecurity)
    column.name = "imapsecurity"
    return column


class MailAccount(Entity):
    __tablename__ = "mail_accounts"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(100))
    from_address: Mapped[str] = mapped_column(String(254))
    from_name: Mapped[str] = mapped_column(String(120), default="")
    smtp_host: Mapped[str] = mapped_column(String(255))
    smtp_port: Mapped[int] = mapped_column()
    smtp_security: Mapped[MailSecurity] = mapped_column(enum_column(MailSecurity))
    smtp_username: Mapped[str] = mapped_column(String(254), default="")
    imap_host: Mapped[str] = mapped_column(String(255), default="")  # '' when the account only sends
    imap_port: Mapped[int] = mapped_column(default=993)
    imap_security: Mapped[MailSecurity] = mapped_column(_imap_security(), default=MailSecurity.TLS)
    imap_username: Mapped[str] = mapped_column(String(254), default="")
    sent_folder: Mapped[str] = mapped_column(String(120), default="Sent")
    # Put a copy of each sent mail in the Sent folder (off for servers that file it themselves, e.g. Gmail).
    copy_to_sent: Mapped[bool] = mapped_column(default=True)
    capture_address: Mapped[str] = mapped_column(String(254), default="")  # mail to it from strangers -> lead
    per_minute: Mapped[int] = mapped_column(default=60)  # sending pace

    __table_args__ = (UniqueConstraint("user_id", "name", name="uq_mail_accounts_user_name"),)


class MailFolderState(Entity):
    """The last IMAP UID read from one folder (and the UIDVALIDITY it belongs to)."""

    __tablename__ = "mail_folder_states"

    mail_account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_accounts.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(255))
    uid_validity: Mapped[int] = mapped_column(default=0)
    last_uid: Mapped[int] = mapped_column(default=0)

    __table_args__ = (UniqueConstraint("mail_account_id", "folder", name="uq_mail_folder_states_folder"),)


class EmailTemplate(Entity):
    __tablename__ = "email_templates"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")


class MailMessage(Entity):
    """A mail sent or received, logged against the record it concerns (its timeline entry is an activity)."""

    __tablename__ = "mail_messages"

    mail_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mail_accounts.id"))
    direction: Mapped[MailDirection] = mapped_column(enum_column(MailDirection))
    from_address: Mapped[str] = mapped_column(String(254))
    to_address: Mapped[str] = mapped_column(Text)  # comma separated
    subject: Mapped[str] = mapped_column(String(300), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(255))
    in_reply_to: Mapped[str] = mapped_column(String(255), default="")
    thread_id: Mapped[str] = mapped_column(String(255))  # Message-ID of the thread's first mail
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("leads.id"))
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"))
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activities.id"))
    sent_at: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime | None] = mapped_column()
    # Lets the unit of work insert the activity first (no flush per logged mail).
    activity: Mapped[Activity | None] = relationship(lazy="raise")

    __table_args__ = (
        Index("ix_mail_messages_message_id", "message_id"),
        Index("ix_mail_messages_thread", "thread_id"),
        Index("ix_mail_messages_contact", "contact_id"),
        Index("ix_mail_messages_lead", "lead_id"),
    )


class MailOutbox(Entity):
    """A mail waiting to be sent, written in the same transaction as the action that queued it."""

    __tablename__ = "mail_outbox"

    mail_account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_accounts.id"))
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[OutboxStatus] = mapped_column(enum_column(OutboxStatus), default=OutboxStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)  # stable across retries
    from_address: Mapped[str] = mapped_column(String(254))
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict)  # extra headers (List-Unsubscribe ...)
    in_reply_to: Mapped[str] = mapped_column(String(255), default="")
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("leads.id"))
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"))
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id"))
    claim: Mapped[str] = mapped_column(String(32), default="")  # the deliverer holding it
    claimed_at: Mapped[datetime | None] = mapped_column()
    data_started_at: Mapped[datetime | None] = mapped_column()  # the SMTP DATA command was about to go
    sent_at: Mapped[datetime | None] = mapped_column()
    error: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None] = mapped_column()
    bounced_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        # the deliverer's "oldest queued mail of this account" (one index probe per claim)
        Index("ix_mail_outbox_pending", "mail_account_id", "status", "id"),
        Index("ix_mail_outbox_to", "to_address"),
    )


class MailAttachment(Entity):
    __tablename__ = "mail_attachments"

    outbox_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_outbox.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    outbox: Mapped[MailOutbox] = relationship(lazy="raise")  # inserted after its outbox row

    __table_args__ = (Index("ix_mail_attachments_outbox", "outbox_id"),)


class MailAddressState(Entity):
    """An address mail could not be delivered to (a DSN came back): later mails to it are refused."""

    __tablename__ = "mail_address_states"

    address: Mapped[str] = mapped_column(String(254), unique=True)  # lower case
    bounced_at: Mapped[datetime | None] = mapped_column()
    bounce_reason: Mapped[str] = mapped_column(Text, default="")
