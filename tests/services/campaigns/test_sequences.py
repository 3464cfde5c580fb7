"""Drip sequences: step validation, enrolment (segment, selection, rule), the runner's steps and waits,
consent, the sending window and hourly limit, leaving on unsubscribe, reply and conversion, and exactly
once after a crash (a real process killed mid-run)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Activity, SequenceStepRun
from app.services.campaigns.ports import OutboxSender
from app.services.campaigns.sequences import SequenceInput
from app.services.core.errors import ValidationError
from app.services.sales.leads import LeadInput
from tests.services.campaigns.helpers import contact, lead, outbox, outbox_count

ROOT = Path(__file__).resolve().parents[3]
_TODAY = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0)
MONDAY_10 = _TODAY + timedelta(days=7 - _TODAY.weekday())  # next Monday, 10:00: after every enrolment
STEPS = (
    {"type": "email", "template_id": "welcome"},
    {"type": "wait", "days": 3},
    {"type": "task", "subject": "Call them", "due_days": 1},
    {"type": "email", "template_id": "follow-up"},
)


def sequence(ctx, name="Onboarding", steps=STEPS, **fields):
    return ctx.sequences.create(SequenceInput(name, tuple(steps), **fields)).value


def tasks(ctx) -> list[str]:
    with ctx.uow.read() as s:
        return list(s.scalars(select(Activity.subject).where(Activity.deleted_at.is_(None))))


def test_bad_steps_and_window_name_each_problem(ctx):
    steps = ({"type": "email"}, {"type": "wait", "days": 0}, {"type": "task"}, {"type": "sms"})
    with pytest.raises(ValidationError) as caught:
        ctx.sequences.create(SequenceInput("", steps, {"start": 18, "end": 9, "weekdays": [7]}, per_hour=-1))
    fields = {e.field for e in caught.value.errors}
    assert fields == {
        "name",
        "per_hour",
        "steps[0].template_id",
        "steps[1].days",
        "steps[2].subject",
        "steps[3]",
        "window",
        "window.weekdays",
    }
    assert ctx.sequences.list() == []


def test_steps_run_in_order_with_waits_and_each_once(ctx):
    people = [contact(ctx, "Anna"), contact(ctx, "Ben")]
    q = sequence(ctx)
    assert ctx.sequences.enrol(q.id, [("contact", p.id) for p in people]).value == 2
    assert ctx.sequences.enrol(q.id, [("contact", people[0].id)]).value == 0  # already in
    first = ctx.sequences.run(OutboxSender(), MONDAY_10)
    assert (first.emails, first.waits, first.tasks) == (2, 2, 0)
    again = ctx.sequences.run(OutboxSender(), MONDAY_10 + timedelta(days=1))  # still waiting
    assert (again.emails, again.tasks) == (0, 0)
    later = ctx.sequences.run(OutboxSender(), MONDAY_10 + timedelta(days=3))
    assert (later.emails, later.tasks, later.completed) == (2, 2, 2)
    assert ctx.sequences.run(OutboxSender(), MONDAY_10 + timedelta(days=30)).emails == 0
    keys = sorted(k.split(":")[2] for _, k in outbox(ctx))
    assert keys == ["0", "0", "3", "3"]
    assert tasks(ctx) == ["Call them", "Call them"]
    assert ctx.sequences.get(q.id).enrolments == {"completed": 2}


def test_no_mail_without_consent_and_the_step_says_why(ctx):
    unknown = contact(ctx, "Unknown", consent=None)
    q = sequence(ctx, steps=STEPS[:1])
    ctx.sequences.enrol(q.id, [("contact", unknown.id)])
    report = ctx.sequences.run(OutboxSender(), MONDAY_10)
    assert (report.emails, report.suppressed) == (0, 1)
    assert outbox_count(ctx) == 0
    with ctx.uow.read() as s:
        run = s.scalar(select(SequenceStepRun))
        assert run.outcome == "suppressed" and "has not agreed to email" in run.detail


def test_mail_waits_for_the_sending_window_and_the_hourly_limit(ctx):
    people = [contact(ctx, f"P{i}") for i in range(5)]
    q = sequence(
        ctx, steps=STEPS[:1], window={"start": 9, "end": 17, "weekdays": [0, 1, 2, 3, 4]}, per_hour=3
    )
    ctx.sequences.enrol(q.id, [("contact", p.id) for p in people])
    saturday = MONDAY_10 + timedelta(days=5)
    assert ctx.sequences.run(OutboxSender(), saturday).deferred == 5
    assert ctx.sequences.run(OutboxSender(), MONDAY_10.replace(hour=18)).emails == 0
    now = datetime.now(UTC)  # the hourly limit counts the step runs written in the last hour
    window_now = {"start": 0, "end": 24, "weekdays": list(range(7))}
    ctx.sequences.update(q.id, SequenceInput(q.name, q.steps, window_now, per_hour=3))
    assert ctx.sequences.run(OutboxSender(), now).emails == 3
    assert ctx.sequences.run(OutboxSender(), now).emails == 0
    assert outbox_count(ctx) == 3


def test_people_leave_on_unsubscribe_reply_and_conversion(ctx):
    gone, replied = contact(ctx, "Gone"), contact(ctx, "Replied")
    converted = lead(ctx, "Converted")
    q = sequence(ctx)
    ctx.sequences.enrol(q.id, [("contact", gone.id), ("contact", replied.id), ("lead", converted.id)])
    ctx.sequences.run(OutboxSender(), MONDAY_10)
    ctx.consent.unsubscribe(ctx.consent.token("contact", gone.id))
    ctx.sequences.leave(("contact", replied.id), "reply")
    current = ctx.leads.get(converted.id)
    _mark_converted(ctx, current.id)
    report = ctx.sequences.run(OutboxSender(), MONDAY_10 + timedelta(days=3))
    assert (report.emails, report.left) == (0, 1)
    reasons = {e.name: (e.status, e.left_reason) for e in ctx.sequences.enrolments(q.id)}
    assert reasons == {
        "Gone": ("left", "unsubscribe"),
        "Replied": ("left", "reply"),
        "Converted": ("left", "conversion"),
    }


def _mark_converted(ctx, lead_id):
    from app.models import Lead, LeadStatus

    with ctx.uow() as work:
        work.session.get(Lead, lead_id).status = LeadStatus.CONVERTED


def test_a_rule_enrols_new_leads_in_a_sequence(ctx):
    q = sequence(ctx, steps=STEPS[:1])
    from app.services.automation.spec import RuleInput

    rule = RuleInput(
        "Nurture",
        "lead",
        "created",
        {},
        {},
        ({"type": "enrol_in_sequence", "sequence_id": str(q.id)},),
        enabled=True,
    )
    ctx.automation.create(rule)
    made = ctx.leads.create(LeadInput(last_name="Rulewise", email="rule@example.com")).value
    assert [(e.name, e.subject_type) for e in ctx.sequences.enrolments(q.id)] == [("Rulewise", "lead")]
    assert made.id == ctx.sequences.enrolments(q.id)[0].subject_id


def test_killed_mid_run_and_restarted_each_member_gets_each_step_once(ctx, db_url):
    people = [contact(ctx, f"M{i:03}") for i in range(60)]
    steps = ({"type": "email", "template_id": "one"}, {"type": "email", "template_id": "two"})
    q = sequence(ctx, steps=steps)
    ctx.sequences.enrol(q.id, [("contact", p.id) for p in people])
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.services.campaigns.sequence_worker", db_url, MONDAY_10.isoformat()],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while outbox_count(ctx) < 30 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait()
    partial = outbox_count(ctx)
    assert 0 < partial < 120  # killed mid-run
    report = ctx.sequences.run(OutboxSender(), MONDAY_10)
    assert report.emails == 120 - partial
    sent = outbox(ctx)
    assert len(sent) == 120 and len({k for _, k in sent}) == 120
    per_person = {}
    for address, _ in sent:
        per_person[address] = per_person.get(address, 0) + 1
    assert set(per_person.values()) == {2} and len(per_person) == 60
    with ctx.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(SequenceStepRun)) == 120
    assert ctx.sequences.get(q.id).enrolments == {"completed": 60}


def test_two_runners_at_once_do_each_step_once(ctx, db_url):
    people = [contact(ctx, f"T{i:03}") for i in range(40)]
    steps = ({"type": "email", "template_id": "one"}, {"type": "email", "template_id": "two"})
    q = sequence(ctx, steps=steps)
    ctx.sequences.enrol(q.id, [("contact", p.id) for p in people])
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [
        sys.executable,
        "-m",
        "tests.services.campaigns.sequence_worker",
        db_url,
        MONDAY_10.isoformat(),
    ]
    runners = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [r.communicate(timeout=120) for r in runners]
    assert [r.returncode for r in runners] == [0, 0], [e.decode() for _, e in outputs]
    done = sorted(int(out.decode().split()[-1]) for out, _ in outputs)
    assert sum(done) == 80  # between them, every mail once
    sent = outbox(ctx)
    assert len(sent) == 80 and len({k for _, k in sent}) == 80
    assert ctx.sequences.get(q.id).enrolments == {"completed": 40}
