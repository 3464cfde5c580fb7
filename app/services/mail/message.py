"""Build the RFC 5322 message of an outbox row (stdlib `email`), the same bytes on every attempt."""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from app.models import MailAttachment, MailOutbox


def build_message(
    row: MailOutbox, attachments: Sequence[MailAttachment], from_name: str = ""
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((from_name, row.from_address)) if from_name else row.from_address
    msg["To"] = row.to_address
    msg["Subject"] = row.subject
    msg["Date"] = format_datetime(row.created_at)
    msg["Message-ID"] = row.message_id
    if row.in_reply_to:
        msg["In-Reply-To"] = row.in_reply_to
        msg["References"] = row.in_reply_to
    for name, value in (row.headers or {}).items():
        msg[name] = str(value)
    msg.set_content(row.body_text or " ")
    if row.body_html:
        msg.add_alternative(row.body_html, subtype="html")
    for item in attachments:
        maintype, _, subtype = item.content_type.partition("/")
        msg.add_attachment(
            item.data, maintype=maintype, subtype=subtype or "octet-stream", filename=item.filename
        )
    return msg
