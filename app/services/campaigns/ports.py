"""The mail port: how campaigns and sequences hand a mail to whatever sends mail, and the built-in
implementation that records each queued mail in the marketing outbox.

A sender queues inside the caller's transaction (it gets the caller's session), so a mail is queued if
and only if the step or campaign write that asked for it commits: a crash in between leaves neither.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, cast

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from app.models import MarketingOutbox, utcnow, uuid7


@dataclass(frozen=True)
class Recipient:
    """Someone a marketing mail may go to: a contact or a lead, with the address it would go to."""

    subject_type: str  # contact, lead
    subject_id: uuid.UUID
    email: str
    name: str = ""


@dataclass(frozen=True)
class QueuedMail:
    """What a sender is asked to queue; `unsubscribe_url` goes in the body and the List-Unsubscribe header."""

    template_id: str
    recipient: Recipient
    idempotency_key: str
    unsubscribe_url: str


class MailSender(Protocol):
    """Queues one mail in the caller's transaction; the same idempotency key twice queues it once."""

    def queue(
        self,
        session: Session,
        template_id: str,
        recipient: Recipient,
        idempotency_key: str,
        unsubscribe_url: str = "",
    ) -> bool:
        """Queue the mail; False when a mail with this key was already queued."""
        ...


class OutboxSender:
    """The built-in sender: one marketing_outbox row per idempotency key (ON CONFLICT DO NOTHING)."""

    _statements: ClassVar[dict[str, Executable]] = {}  # per dialect: built once, run ten thousand times

    def queue(
        self,
        session: Session,
        template_id: str,
        recipient: Recipient,
        idempotency_key: str,
        unsubscribe_url: str = "",
    ) -> bool:
        dialect = session.get_bind().dialect.name
        stmt = self._statements.get(dialect)
        if stmt is None:
            builder = pg_insert if dialect == "postgresql" else sqlite_insert
            stmt = self._statements[dialect] = builder(
                cast(Table, MarketingOutbox.__table__)
            ).on_conflict_do_nothing()
        now = utcnow()
        row = {
            "id": uuid7(),
            "idempotency_key": idempotency_key,
            "template_id": template_id,
            "subject_type": recipient.subject_type,
            "subject_id": recipient.subject_id,
            "address": recipient.email,
            "unsubscribe_url": unsubscribe_url,
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "custom": {},
        }
        result: Any = session.execute(stmt, row)
        return bool(result.rowcount)


_sender_factory: Callable[[], MailSender] | None = None


def register_sender(factory: Callable[[], MailSender]) -> None:
    """Plug in the mail module's sender (app/extensions.py does, at start-up)."""
    global _sender_factory
    _sender_factory = factory


def default_sender() -> MailSender:
    """The sender the app, the CLI and the runner use: the mail module's when it is plugged in (always in
    the app), else the built-in marketing outbox that only records what would go out."""
    return _sender_factory() if _sender_factory is not None else OutboxSender()
