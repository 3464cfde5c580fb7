"""Campaigns: what they are (type, dates, budget and actual cost), who is in them (from a segment or a
selection) and how each member stands, the mail send of an email campaign, and attribution: the
campaign that brought a lead or a deal.

A send goes in chunks, each one transaction: the chunk's mails are queued (through the `MailSender` port,
in that transaction) and its members marked sent or suppressed together, so a send that crashes or is
cancelled resumes with the members still pending and nobody gets the mail twice.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import (
    Campaign,
    CampaignMember,
    CampaignType,
    Deal,
    Lead,
    MemberStatus,
    Segment,
    utcnow,
    uuid7_many,
)
from app.models.money import from_minor, to_minor
from app.services.campaigns.consent import leave_sequences, record_consent
from app.services.campaigns.ports import MailSender
from app.services.campaigns.sending import SendResult, send_campaign
from app.services.campaigns.subjects import SUBJECTS, Key, check_type, chunked, recipients
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.segments.service import segment_filter

ENTITY = "campaign"


@dataclass(frozen=True)
class CampaignInput:
    name: str
    kind: str = CampaignType.EMAIL.value
    description: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    currency: str = "EUR"
    budget: Decimal = Decimal(0)
    actual_cost: Decimal = Decimal(0)
    template_id: str = ""
    segment_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CampaignDetail:
    id: uuid.UUID
    version: int
    name: str
    kind: str
    description: str
    starts_on: date | None
    ends_on: date | None
    currency: str
    budget: Decimal
    actual_cost: Decimal
    template_id: str
    segment_id: uuid.UUID | None
    sent_at: datetime | None
    members: dict[str, int] = field(default_factory=dict)  # status -> count

    def as_input(self) -> CampaignInput:
        return CampaignInput(
            self.name,
            self.kind,
            self.description,
            self.starts_on,
            self.ends_on,
            self.currency,
            self.budget,
            self.actual_cost,
            self.template_id,
            self.segment_id,
        )


@dataclass(frozen=True)
class MemberRow:
    subject_type: str
    subject_id: uuid.UUID
    name: str
    email: str
    status: str
    status_at: datetime | None
    note: str


def _validate(data: CampaignInput) -> dict[str, object]:
    errors = []
    if not data.name.strip():
        errors.append(FieldError("name", "a campaign needs a name"))
    if data.kind not in set(CampaignType):
        errors.append(FieldError("kind", f"'{data.kind}' is not one of {', '.join(CampaignType)}"))
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        errors.append(FieldError("ends_on", "the campaign ends before it starts"))
    if len(data.currency) != 3 or not data.currency.isalpha():
        errors.append(FieldError("currency", f"'{data.currency}' is not a three-letter currency code"))
    for name in ("budget", "actual_cost"):
        if getattr(data, name) < 0:
            errors.append(FieldError(name, "cannot be negative"))
    if errors:
        raise ValidationError(errors)
    currency = data.currency.upper()
    return {
        "name": data.name.strip(),
        "kind": CampaignType(data.kind),
        "description": data.description,
        "starts_on": data.starts_on,
        "ends_on": data.ends_on,
        "currency": currency,
        "budget_minor": to_minor(data.budget, currency),
        "actual_cost_minor": to_minor(data.actual_cost, currency),
        "template_id": data.template_id.strip(),
        "segment_id": data.segment_id,
    }


def _detail(session: Session, c: Campaign) -> CampaignDetail:
    counts = dict(
        session.execute(
            select(CampaignMember.status, func.count())
            .where(CampaignMember.campaign_id == c.id, CampaignMember.deleted_at.is_(None))
            .group_by(CampaignMember.status)
        ).all()
    )
    return CampaignDetail(
        c.id,
        c.version,
        c.name,
        c.kind.value,
        c.description,
        c.starts_on,
        c.ends_on,
        c.currency,
        from_minor(c.budget_minor, c.currency),
        from_minor(c.actual_cost_minor, c.currency),
        c.template_id,
        c.segment_id,
        c.sent_at,
        {s.value: int(n) for s, n in counts.items()},
    )


def add_members(work: Work, campaign_id: uuid.UUID, keys: Iterable[Key]) -> int:
    """Insert the memberships that are not there yet (bulk, ON CONFLICT DO NOTHING); how many went in."""
    keys = list(dict.fromkeys(keys))
    builder = pg_insert if work.session.get_bind().dialect.name == "postgresql" else sqlite_insert
    now = utcnow()
    added = 0
    for part in chunked(keys, 2000):
        rows = [
            {
                "id": i,
                "campaign_id": campaign_id,
                "subject_type": t,
                "subject_id": s,
                "status": MemberStatus.PENDING,
                "status_at": None,
                "note": "",
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
                "custom": {},
            }
            for i, (t, s) in zip(uuid7_many(len(part)), part, strict=True)
        ]
        stmt = builder(CampaignMember).on_conflict_do_nothing().returning(CampaignMember.id)
        added += len(list(work.session.scalars(stmt, rows)))
    work.changed("campaign_member", ChangeKind.CREATED, [])
    return added


def segment_members(session: Session, segment_id: uuid.UUID) -> list[Key]:
    """The contacts or leads a segment holds now."""
    segment = session.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        raise NotFoundError("segment", segment_id)
    if segment.entity_type not in SUBJECTS:
        raise ValidationError(
            FieldError(
                "segment",
                f"'{segment.name}' holds {segment.entity_type}s; a campaign takes contacts or leads",
            )
        )
    model = SUBJECTS[segment.entity_type]
    where = segment_filter(session, segment.entity_type, segment_id)
    ids = session.scalars(select(model.id).where(model.deleted_at.is_(None), where).order_by(model.id))
    return [(segment.entity_type, i) for i in ids]


class CampaignService:
    """Create and edit campaigns, fill them, send them, and credit leads and deals to them."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def create(self, data: CampaignInput) -> Outcome[CampaignDetail]:
        values = _validate(data)
        with self.uow() as work:
            self._check_unique(work.session, str(values["name"]), None)
            row = writes.create(work, Campaign(**values), ENTITY)
            detail = _detail(work.session, row)
        return Outcome(detail, work.changes)

    def update(
        self, campaign_id: uuid.UUID, data: CampaignInput, expected_version: int | None = None
    ) -> Outcome[CampaignDetail]:
        values = _validate(data)
        with self.uow() as work:
            row = writes.get_live(work.session, Campaign, campaign_id, ENTITY, "edit")
            writes.check_version(row, expected_version)
            self._check_unique(work.session, str(values["name"]), campaign_id)
            writes.apply_fields(work, row, ENTITY, values)
            work.session.flush()
            detail = _detail(work.session, row)
        return Outcome(detail, work.changes)

    def delete(self, campaign_id: uuid.UUID) -> Outcome[None]:
        with self.uow() as work:
            writes.soft_delete(work, Campaign, ENTITY, [campaign_id])
        return Outcome(None, work.changes)

    def _check_unique(self, session: Session, name: str, own: uuid.UUID | None) -> None:
        other = session.scalar(select(Campaign.id).where(func.lower(Campaign.name) == name.lower()))
        if other is not None and other != own:
            raise ValidationError(FieldError("name", f"there is already a campaign called '{name}'"))

    def get(self, campaign_id: uuid.UUID) -> CampaignDetail:
        with self.uow.read() as s:
            row = writes.get_live(s, Campaign, campaign_id, ENTITY)
            return _detail(s, row)

    def find(self, name: str) -> CampaignDetail:
        with self.uow.read() as s:
            row = s.scalar(
                select(Campaign).where(
                    func.lower(Campaign.name) == name.strip().lower(), Campaign.deleted_at.is_(None)
                )
            )
            if row is None:
                raise NotFoundError(ENTITY, name)
            return _detail(s, row)

    def list(self) -> builtins.list[CampaignDetail]:
        with self.uow.read() as s:
            rows = s.scalars(
                select(Campaign)
                .where(Campaign.deleted_at.is_(None))
                .order_by(Campaign.starts_on.desc(), Campaign.name)
            )
            return [_detail(s, r) for r in rows]

    def add(self, campaign_id: uuid.UUID, keys: Iterable[Key]) -> Outcome[int]:
        """Add a selection of contacts and leads (those already in stay as they are)."""
        keys = builtins.list(keys)
        with self.uow() as work:
            writes.get_live(work.session, Campaign, campaign_id, ENTITY, "edit")
            for t, _ in keys:
                check_type(t)
            found = recipients(work.session, keys)
            missing = [f"{t} {i}" for t, i in keys if (t, i) not in found]
            if missing:
                raise ValidationError(
                    FieldError("members", f"not found or deleted: {', '.join(missing[:5])}")
                )
            added = add_members(work, campaign_id, keys)
        return Outcome(added, work.changes)

    def add_segment(self, campaign_id: uuid.UUID, segment_id: uuid.UUID | None = None) -> Outcome[int]:
        """Add everyone the segment holds now (the campaign's own segment when none is named)."""
        with self.uow() as work:
            campaign = writes.get_live(work.session, Campaign, campaign_id, ENTITY, "edit")
            segment_id = segment_id or campaign.segment_id
            if segment_id is None:
                raise ValidationError(FieldError("segment", "this campaign has no segment; name one"))
            added = add_members(work, campaign_id, segment_members(work.session, segment_id))
        return Outcome(added, work.changes)

    def members(self, campaign_id: uuid.UUID, offset: int = 0, limit: int = 500) -> builtins.list[MemberRow]:
        with self.uow.read() as s:
            rows = s.scalars(
                select(CampaignMember)
                .where(CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None))
                .order_by(CampaignMember.id)
                .offset(offset)
                .limit(limit)
            ).all()
            people = recipients(s, [(m.subject_type, m.subject_id) for m in rows])
            out = []
            for m in rows:
                who = people.get((m.subject_type, m.subject_id))
                out.append(
                    MemberRow(
                        m.subject_type,
                        m.subject_id,
                        who.name if who else "(deleted)",
                        who.email if who else "",
                        m.status.value,
                        m.status_at,
                        m.note,
                    )
                )
            return out

    def set_member_status(
        self, campaign_id: uuid.UUID, key: Key, status: str, note: str = ""
    ) -> Outcome[None]:
        """Record what happened to one member (bounced, replied, converted ...) by hand or from the inbox."""
        if status not in set(MemberStatus):
            raise ValidationError(FieldError("status", f"'{status}' is not one of {', '.join(MemberStatus)}"))
        with self.uow() as work:
            member = work.session.scalar(
                select(CampaignMember).where(
                    CampaignMember.campaign_id == campaign_id,
                    CampaignMember.subject_type == key[0],
                    CampaignMember.subject_id == key[1],
                )
            )
            if member is None:
                raise NotFoundError("campaign member", f"{key[0]} {key[1]}")
            writes.apply_fields(
                work,
                member,
                "campaign_member",
                {"status": MemberStatus(status), "status_at": utcnow(), "note": note[:300]},
            )
            if status == "unsubscribed":  # e.g. an unsubscribe reply: the consent is withdrawn everywhere
                record_consent(work, key[0], key[1], "email", "withdrawn", "unsubscribe request", note[:300])
            elif status in ("replied", "converted"):
                leave_sequences(
                    work,
                    key[0],
                    key[1],
                    {"replied": "reply", "unsubscribed": "unsubscribe"}.get(status, "conversion"),
                )
        return Outcome(None, work.changes)

    def send(
        self,
        campaign_id: uuid.UUID,
        sender: MailSender,
        cancelled: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] | None = None,
    ) -> SendResult:
        """Queue the campaign's mail to every pending member `may_email` allows (sending.py)."""
        return send_campaign(self.uow, campaign_id, sender, cancelled, progress)

    def attribute(self, entity: str, record_id: uuid.UUID, campaign_id: uuid.UUID | None) -> Outcome[None]:
        """Credit a lead or a deal to a campaign by hand (None: to none)."""
        model = {"lead": Lead, "deal": Deal}.get(entity)
        if model is None:
            raise ValidationError(FieldError("entity", "only a lead or a deal is credited to a campaign"))
        with self.uow() as work:
            row = writes.get_live(work.session, model, record_id, entity, "edit")
            if campaign_id is not None:
                writes.get_live(work.session, Campaign, campaign_id, ENTITY)
            writes.apply_fields(work, row, entity, {"campaign_id": campaign_id})
        return Outcome(None, work.changes)
