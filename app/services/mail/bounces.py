"""Delivery status notifications (RFC 3464): which address failed, why, and which mail it was."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import MailAddressState, MailOutbox


@dataclass(frozen=True)
class Bounce:
    address: str
    reason: str
    original_message_id: str


def is_dsn(msg: Message) -> bool:
    return (
        msg.get_content_type() == "multipart/report"
        and str(msg.get_param("report-type", "")).lower() == "delivery-status"
    )


def bounces_of(msg: Message) -> list[Bounce]:
    """The failed recipients of a DSN ('delayed' and 'delivered' reports are not bounces)."""
    original = ""
    failed: list[tuple[str, str]] = []
    for part in msg.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            for block in part.get_payload():
                if isinstance(block, Message) and str(block.get("Action", "")).strip().lower() == "failed":
                    recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
                    address = recipient.partition(";")[2].strip() or recipient.strip()
                    reason = " ".join(
                        str(block.get(name, "")).strip()
                        for name in ("Status", "Diagnostic-Code")
                        if block.get(name)
                    )
                    failed.append((address.strip("<>").lower(), reason))
        elif kind == "message/rfc822" and not original:
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                original = str(inner[0].get("Message-ID", "")).strip()
        elif kind == "text/rfc822-headers" and not original:
            payload = part.get_payload(decode=True)
            text = (
                payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(part.get_payload())
            )
            original = str(HeaderParser().parsestr(text).get("Message-ID", "")).strip()
    return [Bounce(address, reason, original) for address, reason in failed if address]


def record_bounce(session: Session, bounce: Bounce, at: object) -> None:
    """Mark the address bounced (later mail to it is refused) and the mail it answers."""
    state = session.scalar(select(MailAddressState).where(MailAddressState.address == bounce.address))
    if state is None:
        state = MailAddressState(address=bounce.address)
        session.add(state)
    state.bounced_at, state.bounce_reason = at, bounce.reason[:2000]  # type: ignore[assignment]
    where = (
        MailOutbox.message_id == bounce.original_message_id
        if bounce.original_message_id
        else MailOutbox.to_address == bounce.address
    )
    for row in session.scalars(select(MailOutbox).where(where, MailOutbox.bounced_at.is_(None))):
        if row.to_address.lower() == bounce.address:
            row.bounced_at = at  # type: ignore[assignment]
