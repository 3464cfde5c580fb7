"""Time rules: a date reached, no activity for N days, a task overdue; run keys; the dry run."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

from sqlalchemy import select

from app.models import Activity, ActivityKind, AutomationRunKey, Contact, utcnow
from tests.services.automation.helpers import contact, items, rows, rule, tasks


def test_birthday_rule_acts_once_per_year(ctx):
    today = utcnow().date()
    born = date(1990, today.month, min(today.day, 28)) if today.day <= 28 else date(1990, today.month, 28)
    rule(
        ctx,
        "contact",
        "date_reached",
        [{"type": "create_task", "subject": "Say happy birthday"}],
        params={"field": "birthday", "days": 0, "yearly": True},
    )
    hit = contact(ctx, "Born", birthday=born)
    contact(ctx, "Other", birthday=born - timedelta(days=40))
    now = utcnow().replace(month=born.month, day=born.day)
    first = ctx.automation.run_due(now)
    assert [(r.acted, r.failed) for r in first] == [(1, 0)]
    assert [t.contact_id for t in tasks(ctx)] == [hit.id]
    again = ctx.automation.run_due(now)  # the same day again: its run key is there
    assert [r.acted for r in again] == [0] and len(tasks(ctx)) == 1


def test_date_reached_days_before(ctx):
    from app.services.sales.deal_input import DealInput
    from tests.services.automation.test_event_rules import _pipeline

    p, stages = _pipeline(ctx)
    soon = utcnow().date() + timedelta(days=7)
    deal = ctx.deals.create(
        DealInput(name="Renewal", pipeline_id=p.id, stage_id=stages[0].id, expected_close=soon)
    ).value
    rule(
        ctx,
        "deal",
        "date_reached",
        [{"type": "create_task", "subject": "Prepare renewal"}],
        params={"field": "expected_close", "days": -7},
    )
    assert ctx.automation.run_due()[0].acted == 1
    assert [t.deal_id for t in tasks(ctx)] == [deal.id]


def test_no_activity_for_n_days_fires_once_per_quiet_spell(ctx):
    rule(ctx, "contact", "no_activity", [{"type": "create_task", "subject": "Check in"}], params={"days": 30})
    quiet = contact(ctx, "Quiet")
    busy = contact(ctx, "Busy")
    with ctx.uow() as work:
        for c in (quiet, busy):
            work.session.get(Contact, c.id).created_at = utcnow() - timedelta(days=100)
        work.session.add(
            Activity(
                kind=ActivityKind.CALL,
                subject="call",
                contact_id=busy.id,
                occurred_at=utcnow() - timedelta(days=3),
            )
        )
    assert ctx.automation.run_due()[0].acted == 1
    assert {t.contact_id for t in tasks(ctx) if t.subject == "Check in"} == {quiet.id}
    # the task it made is itself an activity: the contact is no longer quiet
    assert ctx.automation.run_due(utcnow() + timedelta(days=1))[0].acted == 0


def test_task_overdue(ctx):
    rule(ctx, "activity", "task_overdue", [{"type": "notify", "message": "Overdue"}])
    with ctx.uow() as work:
        late = Activity(
            kind=ActivityKind.TASK, subject="late", due_at=utcnow() - timedelta(hours=2), occurred_at=utcnow()
        )
        fine = Activity(
            kind=ActivityKind.TASK, subject="fine", due_at=utcnow() + timedelta(days=2), occurred_at=utcnow()
        )
        work.session.add_all([late, fine])
    assert ctx.automation.run_due()[0].acted == 1
    assert [i.record_id for i in items(ctx)] == [late.id]


def test_dry_run_is_what_the_run_then_does(ctx):
    rule_detail = rule(
        ctx,
        "contact",
        "no_activity",
        [{"type": "set_field", "field": "title", "value": "Quiet"}],
        params={"days": 10},
        conditions={"match": "all", "items": [{"field": "country", "operator": "equals", "value": "DE"}]},
    )
    made = [contact(ctx, f"C{i}", country="DE" if i % 2 else "FR") for i in range(8)]

    with ctx.uow() as work:
        for c in made[:6]:
            work.session.get(Contact, c.id).created_at = utcnow() - timedelta(days=20)
    plan = ctx.automation.dry_run(rule_detail.id)
    assert len(plan.record_ids) == 3 and len(plan.actions) == 3
    ctx.automation.run_due()
    assert tuple(i.record_id for i in items(ctx)) == plan.record_ids
    assert ctx.automation.dry_run(rule_detail.id).record_ids == ()


RUNNER = """
import sys
from app.config import Settings
from app.context import AppContext
ctx = AppContext.open(Settings(db_url=sys.argv[1], user_email="runner@example.com"))
print(sum(r.acted for r in ctx.automation.run_due()))
ctx.close()
"""


def test_two_runners_at_once_never_act_twice(ctx, db_url, tmp_path):
    rule(
        ctx,
        "contact",
        "date_reached",
        [{"type": "create_task", "subject": "Today"}],
        params={"field": "birthday", "days": 0, "yearly": True},
    )
    today = utcnow().date()
    for i in range(40):
        contact(ctx, f"B{i}", birthday=date(1980, today.month, today.day))
    script = tmp_path / "runner.py"
    script.write_text(RUNNER)
    procs = [
        subprocess.Popen([sys.executable, str(script), db_url], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    acted = [int(p.communicate(timeout=120)[0].strip().splitlines()[-1]) for p in procs]
    assert sum(acted) == 40
    assert len(tasks(ctx)) == 40
    assert len(rows(ctx, select(AutomationRunKey))) == 40
