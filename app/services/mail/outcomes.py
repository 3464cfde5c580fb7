"""What became of mail sent from Rapport, per recipient: for campaigns and sequences (helper API)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import MailAddressState, MailOutbox


@dataclass(frozen=True)
class Outcome:
    idempotency_key: str
    address: str
    status: str  # queued, sending, sent, failed
    sent_at: datetime | None
    replied_at: datetime | None  # a mail answering it arrived (In-Reply-To / References)
    bounced_at: datetime | None  # a delivery failure report about it arrived
    error: str


def outcomes(session: Session, idempotency_keys: Iterable[str]) -> dict[str, Outcome]:
    """The outcome of each mail queued under these keys (keys never queued are absent)."""
    keys = list(idempotency_keys)
    found: dict[str, Outcome] = {}
    for start in range(0, len(keys), 500):
        for row in session.scalars(
            select(MailOutbox).where(MailOutbox.idempotency_key.in_(keys[start : start + 500]))
        ):
            found[row.idempotency_key] = Outcome(
                row.idempotency_key,
                row.to_address,
                row.status.value,
                row.sent_at,
                row.replied_at,
                row.bounced_at,
                row.error,
            )
    return found


def bounced(session: Session, addresses: Iterable[str]) -> set[str]:
    """The addresses (lower case) that mail bounced from: leave them out of a send."""
    wanted = [a.lower() for a in addresses if a]
    out: set[str] = set()
    for start in range(0, len(wanted), 500):
        out.update(
            session.scalars(
                select(MailAddressState.address).where(
                    MailAddressState.address.in_(wanted[start : start + 500]),
                    MailAddressState.bounced_at.is_not(None),
                )
            )
        )
    return out
