"""Issue 21 (campaigns half) figures: enrol N contacts in a drip sequence from a segment, run its first
step (consent checked, unsubscribe link signed, mail queued through the port, run key written, one
transaction per 200), and fill and send an N-member email campaign."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from app.config import Settings
from app.context import AppContext
from app.models import Consent, ConsentChannel, ConsentStatus, Contact, utcnow, uuid7_many
from app.services.campaigns.campaigns import CampaignInput
from app.services.campaigns.ports import OutboxSender
from app.services.campaigns.sequences import SequenceInput
from app.services.core import bulk
from app.services.demo import dataset
from app.services.segments.service import SegmentInput
from benchmarks.common import Result

SECTION = "Campaigns and drip sequences (issue 21)"
NOTE = (
    "N demo contacts, 90 % with email consent granted. Enrol = `SequenceService.enrol_segment` of a segment "
    "holding them all. Step = `rapport sequence run`: the first step (a mail) for every enrolment, with "
    "may_email, the HMAC unsubscribe link, the mail queued through the MailSender port (the built-in outbox) "
    "and the step's run key, 500 enrolments per transaction. Campaign = `add_segment` then `send` "
    "(500 members per transaction). CPU = this process's CPU time; load = the 1-minute load average when the run started (the machine may be shared: wall times stretch with it)."
)
SIZES = {"small": 500, "large": 10_000}


def _consent(ctx: AppContext) -> int:
    """Grant email consent to nine contacts in ten (set-up, not timed)."""
    with ctx.uow() as work:
        ids = list(work.session.scalars(select(Contact.id).order_by(Contact.id)))
        granted = [i for n, i in enumerate(ids) if n % 10]
        now = utcnow()
        rows = [
            {
                "id": k,
                "subject_type": "contact",
                "subject_id": i,
                "channel": ConsentChannel.EMAIL,
                "status": ConsentStatus.GRANTED,
                "source": "benchmark",
                "text_shown": "",
                "given_at": now,
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
                "custom": {},
            }
            for k, i in zip(uuid7_many(len(granted)), granted, strict=True)
        ]
        bulk.insert_rows(work.session, Consent, rows)
    return len(ids)


def run(size: str) -> list[Result]:
    n = SIZES.get(size, SIZES["small"]) if not size.isdigit() else int(size)
    load = os.getloadavg()[0]  # a shared machine stretches the wall times; the CPU times stay honest
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "campaigns.db"
        ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
        try:
            dataset.generate(ctx.engine, n)
            people = _consent(ctx)
            everyone = ctx.segments.create(
                SegmentInput("Everyone", "contact", {"match": "all", "items": []})
            ).value
            steps = ({"type": "email", "template_id": "welcome"}, {"type": "wait", "days": 3})
            q = ctx.sequences.create(SequenceInput("Bench", steps)).value
            started, cpu = time.perf_counter(), time.process_time()
            enrolled = ctx.sequences.enrol_segment(q.id, everyone.id).value
            enrol_s, enrol_cpu = time.perf_counter() - started, time.process_time() - cpu
            started, cpu = time.perf_counter(), time.process_time()
            report = ctx.sequences.run(OutboxSender())
            step_s, step_cpu = time.perf_counter() - started, time.process_time() - cpu
            campaign = ctx.campaigns.create(CampaignInput("Bench mailing", template_id="news")).value
            started, cpu = time.perf_counter(), time.process_time()
            ctx.campaigns.add_segment(campaign.id, everyone.id)
            sent = ctx.campaigns.send(campaign.id, OutboxSender())
            send_s, send_cpu = time.perf_counter() - started, time.process_time() - cpu
        finally:
            ctx.close()
    assert enrolled == people and report.emails + report.suppressed == people and sent.queued == report.emails
    return [
        Result(
            f"enrol {people:,} contacts from a segment",
            enrol_s,
            "s",
            note=f"{enrolled:,} enrolled; CPU {enrol_cpu:.1f} s; load {load:.0f}",
        ),
        Result(
            f"run one step for {people:,} enrolments",
            step_s,
            "s",
            note=f"{report.emails:,} queued, {report.suppressed:,} suppressed; CPU {step_cpu:.1f} s; load {load:.0f}",
        ),
        Result(
            f"fill and send a {people:,}-member campaign",
            send_s,
            "s",
            target=10.0 if people >= 10_000 else None,
            note=f"{sent.queued:,} queued, {sent.suppressed:,} suppressed; CPU {send_cpu:.1f} s; load {load:.0f}",
        ),
    ]
