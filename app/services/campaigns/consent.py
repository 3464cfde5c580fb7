"""Consent: each contact's and lead's permission per channel (granted, withdrawn, unknown), with its
source, time and the text the person was shown, and every change kept in the consent history.

`may_email` is the one check every marketing send path calls (campaign sends, sequence steps, and the
mail module's bulk sends): a mail goes only to someone whose email consent is granted, and never to an
address that anyone holding it has withdrawn (opted-out addresses are suppressed everywhere).
`unsubscribe(token)` is what the link in every mail does; a token is an HMAC of the recipient, so it
cannot be guessed or altered.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    CampaignMember,
    Consent,
    ConsentChannel,
    ConsentEvent,
    ConsentStatus,
    EnrolmentStatus,
    MemberStatus,
    SequenceEnrolment,
    Setting,
    utcnow,
    uuid7,
)
from app.services.campaigns.ports import Recipient
from app.services.campaigns.subjects import SUBJECTS, Key, check_type, chunked, recipient
from app.services.core import settings_store, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, RapportError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work

ENTITY = "consent"
SECRET_KEY = "marketing.unsubscribe"  # settings row: {"secret": hex, "base": "mailto:...?subject="}
DEFAULT_BASE = "mailto:unsubscribe@localhost?subject=unsubscribe%20"


class ConsentRefused(RapportError):
    """A mail was asked for someone who has not agreed to it."""


@dataclass(frozen=True)
class Permission:
    allowed: bool
    reason: str = ""  # why not, in words a user understands


@dataclass(frozen=True)
class ConsentView:
    channel: str
    status: str
    source: str
    text_shown: str
    given_at: datetime | None


def email_permissions(session: Session, people: Iterable[Recipient]) -> dict[Key, Permission]:
    """`may_email` for many recipients at once (a campaign of 10,000: a few queries, not 10,000)."""
    people = list(people)
    granted: set[Key] = set()
    for subject_type in SUBJECTS:
        ids = [p.subject_id for p in people if p.subject_type == subject_type]
        for part in chunked(ids):
            rows = session.scalars(
                select(Consent.subject_id).where(
                    Consent.subject_type == subject_type,
                    Consent.subject_id.in_(part),
                    Consent.channel == ConsentChannel.EMAIL,
                    Consent.status == ConsentStatus.GRANTED,
                    Consent.deleted_at.is_(None),
                )
            )
            granted.update((subject_type, r) for r in rows)
    blocked = _withdrawn_addresses(session, {p.email for p in people if p.email})
    result: dict[Key, Permission] = {}
    for p in people:
        key = (p.subject_type, p.subject_id)
        if not p.email:
            result[key] = Permission(False, f"{p.subject_type} {p.name or p.subject_id} has no email address")
        elif p.email in blocked:
            result[key] = Permission(False, f"{p.email} has unsubscribed (opted out of email)")
        elif key not in granted:
            result[key] = Permission(
                False,
                f"{p.subject_type} {p.name or p.subject_id} has not agreed to email (consent not granted)",
            )
        else:
            result[key] = Permission(True)
    return result


def may_email(session: Session, person: Recipient) -> Permission:
    """Whether a marketing mail may go to `person`: the check every send path calls."""
    return email_permissions(session, [person])[(person.subject_type, person.subject_id)]


def require_may_email(session: Session, person: Recipient) -> None:
    """Refuse, with the reason, a mail to someone `may_email` does not allow."""
    allowed = may_email(session, person)
    if not allowed.allowed:
        raise ConsentRefused(f"Not sent: {allowed.reason}.")


def _withdrawn_addresses(session: Session, addresses: set[str]) -> set[str]:
    """Those of `addresses` that any contact or lead holding them has withdrawn email consent for."""
    blocked: set[str] = set()
    for subject_type, model in SUBJECTS.items():
        for part in chunked(sorted(addresses)):
            rows = session.scalars(
                select(func.lower(model.email))
                .join(Consent, (Consent.subject_id == model.id) & (Consent.subject_type == subject_type))
                .where(
                    func.lower(model.email).in_(part),
                    Consent.channel == ConsentChannel.EMAIL,
                    Consent.status == ConsentStatus.WITHDRAWN,
                    Consent.deleted_at.is_(None),
                )
            )
            blocked.update(rows)
    return blocked


def record_consent(
    work: Work,
    subject_type: str,
    subject_id: uuid.UUID,
    channel: str,
    status: str,
    source: str,
    text_shown: str = "",
    at: datetime | None = None,
) -> Consent:
    """Set one consent and append it to the history (the caller's transaction)."""
    check_type(subject_type)
    errors = []
    if channel not in set(ConsentChannel):
        errors.append(FieldError("channel", f"'{channel}' is not one of email, phone, post"))
    if status not in set(ConsentStatus):
        errors.append(FieldError("status", f"'{status}' is not one of granted, withdrawn, unknown"))
    if not source.strip():
        errors.append(FieldError("source", "say where the consent came from (web form, by hand, import ...)"))
    if errors:
        raise ValidationError(errors)
    when = at or utcnow()
    session = work.session
    current = session.scalar(
        select(Consent).where(
            Consent.subject_type == subject_type, Consent.subject_id == subject_id, Consent.channel == channel
        )
    )
    values = {
        "status": ConsentStatus(status),
        "source": source[:100],
        "text_shown": text_shown,
        "given_at": when,
    }
    if current is None:
        current = writes.create(
            work,
            Consent(
                id=uuid7(),
                subject_type=subject_type,
                subject_id=subject_id,
                channel=ConsentChannel(channel),
                **values,
            ),
            ENTITY,
        )
    else:
        writes.apply_fields(work, current, ENTITY, {**values, "deleted_at": None})
    session.add(
        ConsentEvent(
            id=uuid7(),
            subject_type=subject_type,
            subject_id=subject_id,
            channel=ConsentChannel(channel),
            user_id=work.user_id,
            **values,
        )
    )
    if channel == ConsentChannel.EMAIL and status == ConsentStatus.WITHDRAWN:
        _opted_out(work, subject_type, subject_id, "unsubscribe")
    return current


def _opted_out(work: Work, subject_type: str, subject_id: uuid.UUID, reason: str) -> None:
    """Someone withdrew email consent: their campaign memberships say so, their sequences let them go."""
    session = work.session
    members = session.scalars(
        select(CampaignMember).where(
            CampaignMember.subject_type == subject_type,
            CampaignMember.subject_id == subject_id,
            CampaignMember.deleted_at.is_(None),
        )
    )
    for member in members:
        writes.apply_fields(
            work, member, "campaign_member", {"status": MemberStatus.UNSUBSCRIBED, "status_at": utcnow()}
        )
    leave_sequences(work, subject_type, subject_id, reason)


def leave_sequences(work: Work, subject_type: str, subject_id: uuid.UUID, reason: str) -> int:
    """Take someone out of every sequence they are active in (reply, unsubscribe, conversion, by hand)."""
    active = list(
        work.session.scalars(
            select(SequenceEnrolment).where(
                SequenceEnrolment.subject_type == subject_type,
                SequenceEnrolment.subject_id == subject_id,
                SequenceEnrolment.status == EnrolmentStatus.ACTIVE,
            )
        )
    )
    for enrolment in active:
        writes.apply_fields(
            work,
            enrolment,
            "sequence_enrolment",
            {"status": EnrolmentStatus.LEFT, "left_reason": reason, "next_due_at": None},
        )
    return len(active)


# --- unsubscribe tokens ---------------------------------------------------------------------------------
def _settings(session: Session) -> dict[str, str]:
    """The signing secret and link base, read once per session (a campaign signs thousands of links)."""
    cached = session.info.get(SECRET_KEY)
    if cached is not None:
        return dict(cached)
    stored = settings_store.load(session, SECRET_KEY)
    if not (stored and stored.get("secret")):
        # First use: made in the caller's transaction (a write), so every later link checks against it.
        stored = {"secret": secrets.token_hex(32), "base": DEFAULT_BASE}
        session.add(Setting(id=uuid7(), key=SECRET_KEY, value=stored))
        session.flush()
    found = {"secret": str(stored["secret"]), "base": str(stored.get("base") or DEFAULT_BASE)}
    session.info[SECRET_KEY] = found
    return dict(found)


def _sign(secret: str, payload: bytes) -> str:
    digest = hmac.new(bytes.fromhex(secret), payload, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def unsubscribe_token(session: Session, subject_type: str, subject_id: uuid.UUID) -> str:
    """The recipient's unsubscribe token: `<who>.<HMAC>`, both base64url."""
    payload = f"{subject_type}:{subject_id.hex}".encode()
    who = base64.urlsafe_b64encode(payload).decode().rstrip("=")
    return f"{who}.{_sign(_settings(session)['secret'], payload)}"


def unsubscribe_url(session: Session, subject_type: str, subject_id: uuid.UUID) -> str:
    """The link (or mailto: address) that unsubscribes this recipient, for the body and List-Unsubscribe."""
    return _settings(session)["base"] + quote(unsubscribe_token(session, subject_type, subject_id))


def read_token(session: Session, token: str) -> Key:
    """Who a token names; ValidationError when it is malformed or its signature does not match."""
    bad = ValidationError(FieldError("token", "this unsubscribe link is not valid (damaged or not ours)"))
    who, _, signature = token.strip().partition(".")
    try:
        payload = base64.urlsafe_b64decode(who + "=" * (-len(who) % 4))
        subject_type, _, hex_id = payload.decode().partition(":")
        subject_id = uuid.UUID(hex=hex_id)
    except ValueError:
        raise bad from None
    if subject_type not in SUBJECTS or not hmac.compare_digest(
        signature, _sign(_settings(session)["secret"], payload)
    ):
        raise bad
    return subject_type, subject_id


class ConsentService:
    """Set, read and withdraw consent; unsubscribe by token."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def set(
        self,
        subject_type: str,
        subject_id: uuid.UUID,
        channel: str,
        status: str,
        source: str,
        text_shown: str = "",
    ) -> Outcome[ConsentView]:
        with self.uow() as work:
            recipient(work.session, subject_type, subject_id)  # it exists and is live
            row = record_consent(work, subject_type, subject_id, channel, status, source, text_shown)
            view = _view(row)
        return Outcome(view, work.changes)

    def of(self, subject_type: str, subject_id: uuid.UUID) -> dict[str, ConsentView]:
        """Each channel's consent (unknown where none was ever recorded)."""
        with self.uow.read() as s:
            rows = {
                c.channel.value: _view(c)
                for c in s.scalars(
                    select(Consent).where(
                        Consent.subject_type == subject_type,
                        Consent.subject_id == subject_id,
                        Consent.deleted_at.is_(None),
                    )
                )
            }
        unknown = ConsentStatus.UNKNOWN.value
        return {
            ch.value: rows.get(ch.value) or ConsentView(ch.value, unknown, "", "", None)
            for ch in ConsentChannel
        }

    def history(self, subject_type: str, subject_id: uuid.UUID) -> list[ConsentView]:
        with self.uow.read() as s:
            rows = s.scalars(
                select(ConsentEvent)
                .where(ConsentEvent.subject_type == subject_type, ConsentEvent.subject_id == subject_id)
                .order_by(ConsentEvent.given_at, ConsentEvent.id)
            )
            return [_view(r) for r in rows]

    def may_email(self, subject_type: str, subject_id: uuid.UUID) -> Permission:
        with self.uow.read() as s:
            return may_email(s, recipient(s, subject_type, subject_id))

    def token(self, subject_type: str, subject_id: uuid.UUID) -> str:
        with self.uow() as work:
            return unsubscribe_token(work.session, subject_type, subject_id)

    def unsubscribe(self, token: str) -> Outcome[Key]:
        """What the link in a mail does: withdraw email consent (source: unsubscribe link)."""
        with self.uow() as work:
            subject_type, subject_id = read_token(work.session, token)
            model = SUBJECTS[subject_type]
            if work.session.get(model, subject_id) is None:
                raise NotFoundError(subject_type, subject_id)
            record_consent(work, subject_type, subject_id, "email", "withdrawn", "unsubscribe link")
            work.changed(subject_type, ChangeKind.UPDATED, [subject_id])
        return Outcome((subject_type, subject_id), work.changes)

    def permissions(self, people: list[Recipient]) -> dict[Key, Permission]:
        with self.uow.read() as s:
            return email_permissions(s, people)


def _view(row: Consent | ConsentEvent) -> ConsentView:
    return ConsentView(row.channel.value, row.status.value, row.source, row.text_shown, row.given_at)
