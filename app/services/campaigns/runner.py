"""The time-driven sequence runner: each due enrolment does its steps up to the next wait.

Exactly once, however often it runs, however many run at once, and after a crash: each (enrolment, step)
has a run key inserted first (ON CONFLICT DO NOTHING), and the key, the step's effect (the mail queued
through the `MailSender` port, the task) and the enrolment's move to its next step commit together, a
chunk of enrolments per transaction. A mail goes only inside the sequence's sending window, only when
`may_email` allows it (else the step is recorded as suppressed, with the reason), and at most `per_hour`
mails an hour per sequence. Someone deleted or converted leaves the sequence before their next step.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import (
    Activity,
    ActivityKind,
    EnrolmentStatus,
    Lead,
    LeadStatus,
    Sequence,
    SequenceEnrolment,
    SequenceStepRun,
    utcnow,
    uuid7,
    uuid7_many,
)
from app.services.campaigns.consent import Permission, email_permissions, unsubscribe_url
from app.services.campaigns.ports import MailSender, Recipient
from app.services.campaigns.steps import in_window
from app.services.campaigns.subjects import SUBJECTS, chunked, recipients
from app.services.core import writes
from app.services.core.changes import ChangeKind
from app.services.core.uow import UnitOfWorkFactory, Work

CHUNK = 500  # enrolments per transaction


@dataclass
class RunReport:
    emails: int = 0
    suppressed: int = 0
    tasks: int = 0
    waits: int = 0
    completed: int = 0
    left: int = 0
    deferred: int = 0  # outside the sending window or over the hourly limit: next run
    skipped: int = 0  # another runner had already done the step


def run_due(
    uow: UnitOfWorkFactory,
    sender: MailSender,
    now: datetime | None = None,
    *,
    chunk: int = CHUNK,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
) -> RunReport:
    """Do every due step of every active sequence; safe to run again at any time."""
    now = now or utcnow()
    report = RunReport()
    with uow.read() as s:
        sequences = list(
            s.scalars(select(Sequence).where(Sequence.active.is_(True), Sequence.deleted_at.is_(None)))
        )
        due = list(
            s.execute(
                select(SequenceEnrolment.sequence_id, SequenceEnrolment.id)
                .where(
                    SequenceEnrolment.status == EnrolmentStatus.ACTIVE, SequenceEnrolment.next_due_at <= now
                )
                .order_by(SequenceEnrolment.next_due_at, SequenceEnrolment.id)
            ).all()
        )
        budgets = {q.id: _hour_budget(s, q, now) for q in sequences}
        s.expunge_all()
    by_sequence = {q.id: q for q in sequences}
    todo = [e for q, e in due if q in by_sequence]
    done = 0
    for part in chunked(todo, chunk):
        if cancelled():
            break
        with uow() as work:
            _run_chunk(work, by_sequence, budgets, part, sender, now, report)
        done += len(part)
        if progress is not None:
            progress(done, len(todo))
    return report


def _hour_budget(session: Session, sequence: Sequence, now: datetime) -> int | None:
    """Mails the sequence may still send this hour (None: no limit)."""
    if sequence.per_hour <= 0:
        return None
    sent = session.scalar(
        select(func.count())
        .select_from(SequenceStepRun)
        .join(SequenceEnrolment, SequenceEnrolment.id == SequenceStepRun.enrolment_id)
        .where(
            SequenceEnrolment.sequence_id == sequence.id,
            SequenceStepRun.kind == "email",
            SequenceStepRun.outcome == "queued",
            SequenceStepRun.created_at > now - timedelta(hours=1),
        )
    )
    return max(0, sequence.per_hour - int(sent or 0))


@dataclass(frozen=True)
class _Step:
    """One step an enrolment is to do in this run, planned before its run key is claimed."""

    enrolment: SequenceEnrolment
    index: int
    step: dict[str, Any]
    outcome: str  # queued, suppressed, done
    detail: str = ""


def _run_chunk(
    work: Work,
    sequences: dict[uuid.UUID, Sequence],
    budgets: dict[uuid.UUID, int | None],
    ids: list[uuid.UUID],
    sender: MailSender,
    now: datetime,
    report: RunReport,
) -> None:
    """Plan the chunk's due steps, claim all their run keys in one statement, then do the claimed ones."""
    s = work.session
    enrolments = list(
        s.scalars(
            select(SequenceEnrolment)
            .where(SequenceEnrolment.id.in_(ids), SequenceEnrolment.status == EnrolmentStatus.ACTIVE)
            .order_by(SequenceEnrolment.id)
        )
    )
    people = recipients(s, [(e.subject_type, e.subject_id) for e in enrolments])
    allowed = email_permissions(s, people.values())
    converted = _converted_leads(s, [e.subject_id for e in enrolments if e.subject_type == "lead"])
    plans: list[tuple[SequenceEnrolment, int, list[_Step]]] = []
    for enrolment in enrolments:
        if enrolment.next_due_at is None or enrolment.next_due_at > now:
            continue  # another runner moved it on since we read the list
        key = (enrolment.subject_type, enrolment.subject_id)
        reason = "deleted" if key not in people else "conversion" if enrolment.subject_id in converted else ""
        if reason:
            writes.apply_fields(
                work,
                enrolment,
                "sequence_enrolment",
                {"status": EnrolmentStatus.LEFT, "left_reason": reason, "next_due_at": None},
            )
            report.left += 1
            continue
        sequence = sequences[enrolment.sequence_id]
        plans.append(
            (
                enrolment,
                len((sequence.steps or {}).get("items", [])),
                _plan(sequence, budgets, enrolment, allowed[key], now, report),
            )
        )
    won = _claim(s, [step for _e, _n, plan in plans for step in plan])
    with s.no_autoflush:  # the enrolments' updates go in one flush at commit, not one per mail
        for enrolment, count, plan in plans:
            _do(
                work,
                enrolment,
                count,
                plan,
                won,
                people[(enrolment.subject_type, enrolment.subject_id)],
                sender,
                now,
                report,
            )
    work.changed("sequence_enrolment", ChangeKind.UPDATED, ids)


def _plan(
    sequence: Sequence,
    budgets: dict[uuid.UUID, int | None],
    enrolment: SequenceEnrolment,
    permission: Permission,
    now: datetime,
    report: RunReport,
) -> list[_Step]:
    """This enrolment's steps from its next one up to and including a wait (or to the end); a mail step
    outside the sending window or over the hourly limit stops the plan before it (deferred)."""
    steps: list[dict[str, Any]] = list((sequence.steps or {}).get("items", []))
    plan: list[_Step] = []
    for index in range(enrolment.next_step, len(steps)):
        step = steps[index]
        if step["type"] == "email" and permission.allowed:
            budget = budgets.get(sequence.id)
            if not in_window(sequence.window, now) or budget == 0:
                report.deferred += 1
                break
            if budget is not None:
                budgets[sequence.id] = budget - 1
            plan.append(_Step(enrolment, index, step, "queued"))
        elif step["type"] == "email":
            plan.append(_Step(enrolment, index, step, "suppressed", permission.reason[:300]))
        else:
            plan.append(_Step(enrolment, index, step, "done"))
            if step["type"] == "wait":
                break
    return plan


def _claim(session: Session, steps: list[_Step]) -> set[tuple[uuid.UUID, int]]:
    """Insert the run keys of `steps` (ON CONFLICT DO NOTHING); the (enrolment, step) keys that went in."""
    if not steps:
        return set()
    builder = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    now = utcnow()
    rows = [
        {
            "id": ident,
            "enrolment_id": p.enrolment.id,
            "step_index": p.index,
            "kind": p.step["type"],
            "outcome": p.outcome,
            "detail": p.detail,
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "custom": {},
        }
        for ident, p in zip(uuid7_many(len(steps)), steps, strict=True)
    ]
    stmt = (
        builder(SequenceStepRun)
        .on_conflict_do_nothing()
        .returning(SequenceStepRun.enrolment_id, SequenceStepRun.step_index)
    )
    won: set[tuple[uuid.UUID, int]] = set()
    for part in chunked(rows, 500):
        won.update((e, i) for e, i in session.execute(stmt, part))
    return won


def _do(
    work: Work,
    enrolment: SequenceEnrolment,
    count: int,
    plan: list[_Step],
    won: set[tuple[uuid.UUID, int]],
    person: Recipient,
    sender: MailSender,
    now: datetime,
    report: RunReport,
) -> None:
    """Do the planned steps whose run key this run won, in order, and move the enrolment on; a step
    another runner claimed stops it there (that runner moves it on)."""
    values: dict[str, Any] = {}
    index = enrolment.next_step
    for p in plan:
        if (enrolment.id, p.index) not in won:
            report.skipped += 1
            break
        index = p.index + 1
        kind = p.step["type"]
        if p.outcome == "queued":
            url = unsubscribe_url(work.session, person.subject_type, person.subject_id)
            sender.queue(
                work.session, p.step["template_id"], person, f"sequence:{enrolment.id}:{p.index}", url
            )
            report.emails += 1
        elif kind == "email":
            report.suppressed += 1
        elif kind == "task":
            _task(work, person, p.step, now)
            report.tasks += 1
        else:
            values["next_due_at"] = now + timedelta(days=int(p.step["days"]))
            report.waits += 1
    if index >= count and "next_due_at" not in values:
        values["status"], values["next_due_at"] = EnrolmentStatus.COMPLETED, None
        report.completed += 1
    values["next_step"] = index
    if all(getattr(enrolment, name) == value for name, value in values.items()):
        return  # nothing done (deferred): the row stays as it is
    for name, value in values.items():
        setattr(enrolment, name, value)  # one enrolment per person and step: no audit entry each


def _task(work: Work, person: Recipient, step: dict[str, Any], now: datetime) -> None:
    model = SUBJECTS[person.subject_type]
    owner = (
        work.session.scalar(select(model.owner_id).where(model.id == person.subject_id))
        if hasattr(model, "owner_id")
        else None
    )
    due = now + timedelta(days=int(step.get("due_days", 0)))
    link = (
        {"contact_id": person.subject_id}
        if person.subject_type == "contact"
        else {"lead_id": person.subject_id}
    )
    task = Activity(
        id=uuid7(),
        kind=ActivityKind.TASK,
        subject=str(step["subject"])[:300],
        owner_id=owner or work.user_id,
        due_at=due,
        occurred_at=due,
        **link,
    )
    writes.create(work, task, "activity")


def _converted_leads(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for part in chunked(ids):
        found.update(
            session.scalars(select(Lead.id).where(Lead.id.in_(part), Lead.status == LeadStatus.CONVERTED))
        )
    return found
