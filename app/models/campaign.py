"""Marketing: consent per person and channel (with its history), campaigns and their members, drip
sequences with their enrolments and the run keys that make each step happen once, and the outbox that the
built-in mail port records queued mails in (migration 0026)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, enum_column, live_index


class ConsentChannel(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    POST = "post"


class ConsentStatus(enum.StrEnum):
    GRANTED = "granted"
    WITHDRAWN = "withdrawn"
    UNKNOWN = "unknown"


class Consent(Entity):
    """The current consent of one contact or lead on one channel (absent: unknown)."""

    __tablename__ = "consents"

    subject_type: Mapped[str] = mapped_column(String(10))  # contact, lead
    subject_id: Mapped[uuid.UUID] = mapped_column()
    channel: Mapped[ConsentChannel] = mapped_column(enum_column(ConsentChannel))
    status: Mapped[ConsentStatus] = mapped_column(enum_column(ConsentStatus))
    source: Mapped[str] = mapped_column(
        String(100), default=""
    )  # web form, by hand, import, unsubscribe link
    text_shown: Mapped[str] = mapped_column(Text, default="")  # the wording the person agreed to
    given_at: Mapped[datetime] = mapped_column()

    __table_args__ = (UniqueConstraint("subject_type", "subject_id", "channel", name="uq_consents_subject"),)


class ConsentEvent(Entity):
    """One change of a consent, never edited: the history a regulator may ask for."""

    __tablename__ = "consent_history"

    subject_type: Mapped[str] = mapped_column(String(10))
    subject_id: Mapped[uuid.UUID] = mapped_column()
    channel: Mapped[ConsentChannel] = mapped_column(enum_column(ConsentChannel))
    status: Mapped[ConsentStatus] = mapped_column(enum_column(ConsentStatus))
    source: Mapped[str] = mapped_column(String(100), default="")
    text_shown: Mapped[str] = mapped_column(Text, default="")
    given_at: Mapped[datetime] = mapped_column()
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (Index("ix_consent_history_subject", "subject_type", "subject_id", "given_at"),)


class CampaignType(enum.StrEnum):
    EMAIL = "email"
    EVENT = "event"
    WEBINAR = "webinar"
    PRINT = "print"
    ADS = "ads"
    OTHER = "other"


class MemberStatus(enum.StrEnum):
    PENDING = "pending"  # added, nothing sent yet
    SENT = "sent"
    BOUNCED = "bounced"
    REPLIED = "replied"
    UNSUBSCRIBED = "unsubscribed"
    CONVERTED = "converted"
    SUPPRESSED = "suppressed"  # no consent when the campaign was sent: nothing went out


class Campaign(Entity):
    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[CampaignType] = mapped_column(enum_column(CampaignType), default=CampaignType.EMAIL)
    description: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column()
    ends_on: Mapped[date | None] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    budget_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    actual_cost_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    template_id: Mapped[str] = mapped_column(
        String(100), default=""
    )  # the mail template an email campaign sends
    segment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("segments.id"))
    sent_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (live_index("starts_on", name="ix_campaigns_live_starts"),)


class CampaignMember(Entity):
    __tablename__ = "campaign_members"

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    subject_type: Mapped[str] = mapped_column(String(10))  # contact, lead
    subject_id: Mapped[uuid.UUID] = mapped_column()
    status: Mapped[MemberStatus] = mapped_column(enum_column(MemberStatus), default=MemberStatus.PENDING)
    status_at: Mapped[datetime | None] = mapped_column()
    note: Mapped[str] = mapped_column(String(300), default="")  # why suppressed, the bounce message ...

    __table_args__ = (
        UniqueConstraint("campaign_id", "subject_type", "subject_id", name="uq_campaign_members_subject"),
        Index("ix_campaign_members_subject", "subject_type", "subject_id"),
        Index("ix_campaign_members_status", "campaign_id", "status"),
    )


class Sequence(Entity):
    """A drip sequence: `steps` is {"items": [{"type": "email"|"wait"|"task", ...}]}; mails go out only
    inside `window` ({"start": 9, "end": 17, "weekdays": [0..4]}, hours UTC) and at most `per_hour`."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    steps: Mapped[dict[str, Any]] = mapped_column(default=dict)
    window: Mapped[dict[str, Any]] = mapped_column(default=dict)
    per_hour: Mapped[int] = mapped_column(default=0)  # 0: no limit
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaigns.id"))


class EnrolmentStatus(enum.StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    LEFT = "left"


class SequenceEnrolment(Entity):
    __tablename__ = "sequence_enrolments"

    sequence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sequences.id", ondelete="CASCADE"))
    subject_type: Mapped[str] = mapped_column(String(10))
    subject_id: Mapped[uuid.UUID] = mapped_column()
    status: Mapped[EnrolmentStatus] = mapped_column(
        enum_column(EnrolmentStatus), default=EnrolmentStatus.ACTIVE
    )
    left_reason: Mapped[str] = mapped_column(
        String(40), default=""
    )  # reply, unsubscribe, conversion, by hand
    next_step: Mapped[int] = mapped_column(default=0)
    next_due_at: Mapped[datetime | None] = mapped_column()
    source: Mapped[str] = mapped_column(String(40), default="")  # segment, by hand, rule

    __table_args__ = (
        UniqueConstraint("sequence_id", "subject_type", "subject_id", name="uq_sequence_enrolments_subject"),
        Index("ix_sequence_enrolments_due", "status", "next_due_at"),
        Index("ix_sequence_enrolments_subject", "subject_type", "subject_id"),
    )


class SequenceStepRun(Entity):
    """The run key of one step for one enrolment: inserted first, so a step is done once however many
    runners run and however often one is restarted after a crash."""

    __tablename__ = "sequence_step_runs"

    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sequence_enrolments.id", ondelete="CASCADE"))
    step_index: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(10))  # email, task, wait
    outcome: Mapped[str] = mapped_column(String(20), default="done")  # done, queued, suppressed
    detail: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        UniqueConstraint("enrolment_id", "step_index", name="uq_sequence_step_runs_step"),
        Index("ix_sequence_step_runs_created", "kind", "created_at"),
    )


class MarketingOutbox(Entity):
    """Mails queued through the built-in mail port: one row per idempotency key (the mail module's
    sender replaces this port at merge; until then the rows say what would have gone out)."""

    __tablename__ = "marketing_outbox"

    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    template_id: Mapped[str] = mapped_column(String(100))
    subject_type: Mapped[str] = mapped_column(String(10))
    subject_id: Mapped[uuid.UUID] = mapped_column()
    address: Mapped[str] = mapped_column(String(254))
    unsubscribe_url: Mapped[str] = mapped_column(Text, default="")
