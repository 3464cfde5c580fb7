"""Put a sent or received mail on the timeline of the record it concerns: a mail row plus an email activity."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Activity, ActivityKind, MailDirection, MailMessage, MailOutbox, uuid7

BODY_ON_TIMELINE = 20_000  # characters of the text kept on the activity (the mail row keeps it whole)


@dataclass(frozen=True)
class MailLog:
    direction: MailDirection
    from_address: str
    to_address: str
    subject: str
    body_text: str
    body_html: str
    message_id: str
    in_reply_to: str
    at: datetime
    links: dict[str, uuid.UUID | None]  # contact_id, lead_id, account_id, deal_id
    mail_account_id: uuid.UUID | None
    owner_id: uuid.UUID | None


def thread_of(session: Session, message_id: str, in_reply_to: str, references: tuple[str, ...] = ()) -> str:
    """The Message-ID that starts the thread: the replied-to mail's thread, else the oldest reference."""
    for parent in (in_reply_to, *reversed(references)):
        if not parent:
            continue
        found = session.scalar(select(MailMessage.thread_id).where(MailMessage.message_id == parent).limit(1))
        if found:
            return found
        if session.scalar(select(MailOutbox.id).where(MailOutbox.message_id == parent)) is not None:
            return parent
    return references[0] if references else (in_reply_to or message_id)


def log_mail(session: Session, log: MailLog, thread_id: str) -> MailMessage:
    """Write the mail row and its email activity (done when it happened) in `session`'s transaction."""
    arrow = "→" if log.direction is MailDirection.OUT else "←"
    activity = Activity(
        id=uuid7(),
        kind=ActivityKind.EMAIL,
        subject=f"{arrow} {log.subject or '(no subject)'}"[:300],
        body=log.body_text[:BODY_ON_TIMELINE],
        owner_id=log.owner_id,
        occurred_at=log.at,
        done_at=log.at,
        **log.links,
    )
    session.add(activity)
    row = MailMessage(
        mail_account_id=log.mail_account_id,
        direction=log.direction,
        from_address=log.from_address,
        to_address=log.to_address,
        subject=log.subject[:300],
        body_text=log.body_text,
        body_html=log.body_html,
        message_id=log.message_id[:255],
        in_reply_to=log.in_reply_to[:255],
        thread_id=thread_id[:255],
        activity=activity,
        sent_at=log.at if log.direction is MailDirection.OUT else None,
        received_at=log.at if log.direction is MailDirection.IN else None,
        **log.links,
    )
    session.add(row)
    return row
