"""Sending an email campaign: in chunks, each one transaction that queues the chunk's mails (through the
`MailSender` port) and marks its members sent or suppressed together, so a crashed or cancelled send
resumes with the members still pending and nobody gets the mail twice. Every mail passes `may_email`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Campaign, CampaignMember, MemberStatus, utcnow
from app.services.campaigns.consent import email_permissions, unsubscribe_url
from app.services.campaigns.ports import MailSender
from app.services.campaigns.subjects import chunked, recipients
from app.services.core import writes
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work

SEND_CHUNK = 500  # members per transaction
ENTITY = "campaign"


@dataclass(frozen=True)
class SendResult:
    queued: int
    suppressed: int
    pending: int  # left for a later run (cancelled)


def send_campaign(
    uow: UnitOfWorkFactory,
    campaign_id: uuid.UUID,
    sender: MailSender,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
) -> SendResult:
    """Queue the campaign's mail to every pending member whose consent allows it (`may_email`);
    the others are marked suppressed with the reason. Resumable: run again after a crash or cancel."""
    with uow.read() as s:
        campaign = writes.get_live(s, Campaign, campaign_id, ENTITY)
        if not campaign.template_id:
            raise ValidationError(
                FieldError("template_id", f"campaign '{campaign.name}' has no mail template to send")
            )
        pending = builtins.list(
            s.scalars(
                select(CampaignMember.id)
                .where(
                    CampaignMember.campaign_id == campaign_id,
                    CampaignMember.status == MemberStatus.PENDING,
                    CampaignMember.deleted_at.is_(None),
                )
                .order_by(CampaignMember.id)
            )
        )
    queued = suppressed = done = 0
    for part in chunked(pending, SEND_CHUNK):
        if cancelled():
            break
        with uow() as work:
            q, sup = _send_chunk(work, campaign_id, part, sender)
        queued, suppressed, done = queued + q, suppressed + sup, done + len(part)
        if progress is not None:
            progress(done, len(pending))
    with uow() as work:
        sent = work.session.get(Campaign, campaign_id)
        if sent is not None and sent.sent_at is None and done == len(pending):
            writes.apply_fields(work, sent, ENTITY, {"sent_at": utcnow()})
        work.audit(ENTITY, campaign_id, "send", "members", None, f"{queued} queued, {suppressed} suppressed")
    return SendResult(queued, suppressed, len(pending) - done)


def _send_chunk(
    work: Work, campaign_id: uuid.UUID, member_ids: builtins.list[uuid.UUID], sender: MailSender
) -> tuple[int, int]:
    s = work.session
    campaign = s.get(Campaign, campaign_id)
    assert campaign is not None
    members = builtins.list(
        s.scalars(
            select(CampaignMember).where(
                CampaignMember.id.in_(member_ids), CampaignMember.status == MemberStatus.PENDING
            )
        )
    )
    people = recipients(s, [(m.subject_type, m.subject_id) for m in members])
    allowed = email_permissions(s, people.values())
    now = utcnow()
    queued = suppressed = 0
    with s.no_autoflush:  # the members' updates go in one flush at commit, not one per mail
        for m in members:
            key = (m.subject_type, m.subject_id)
            who = people.get(key)
            verdict = allowed.get(key)
            if who is None or verdict is None or not verdict.allowed:
                m.status, m.status_at = MemberStatus.SUPPRESSED, now
                m.note = (verdict.reason if verdict else "deleted before the send")[:300]
                suppressed += 1
                continue
            url = unsubscribe_url(s, m.subject_type, m.subject_id)
            sender.queue(
                s, campaign.template_id, who, f"campaign:{campaign_id}:{m.subject_type}:{m.subject_id}", url
            )
            m.status, m.status_at = MemberStatus.SENT, now
            queued += 1
    work.changed("campaign_member", ChangeKind.UPDATED, member_ids)
    return queued, suppressed
