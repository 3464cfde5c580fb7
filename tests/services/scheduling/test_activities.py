"""Activities and tasks: validation, links, occurred_at, complete/reopen, lead rescoring, the Tasks groups
and reminders, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.models import Activity, AuditEntry
from app.services.core.errors import ConflictError, ValidationError
from app.services.records.accounts import AccountInput
from app.services.sales.leads import LeadInput
from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.tasks import (
    EVERYONE,
    LATER,
    MONDAY,
    OVERDUE,
    SUNDAY,
    THIS_WEEK,
    TODAY,
    bucket,
)

BERLIN = ZoneInfo("Europe/Berlin")


def _task(ctx, **kw):
    base = {"subject": "Send the proposal", "owner_id": ctx.current_user.id}
    return ctx.activities.create(ActivityInput(**{**base, **kw})).value


def test_validation_names_every_bad_field(ctx):
    start = datetime(2026, 3, 2, 10, tzinfo=UTC)
    with pytest.raises(ValidationError) as err:
        ctx.activities.create(
            ActivityInput(
                kind="fax",
                subject=" ",
                priority="asap",
                progress=101,
                start_at=start,
                end_at=start - timedelta(minutes=1),
                due_at=datetime(2026, 3, 2, 10),  # naive
            )
        )
    assert {e.field for e in err.value.errors} == {
        "kind",
        "subject",
        "priority",
        "progress",
        "end_at",
        "due_at",
    }
    assert err.value.for_field("end_at") == "the end is before the start"
    with pytest.raises(ValidationError, match="no duration"):
        _task(ctx, is_milestone=True, start_at=start, end_at=start + timedelta(days=1))
    with pytest.raises(ValidationError, match="an end needs a start"):
        _task(ctx, end_at=start)


def test_a_link_must_point_to_a_live_record(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    ctx.accounts.delete([acme.id])
    with pytest.raises(ValidationError) as err:
        _task(ctx, account_id=acme.id)
    assert err.value.for_field("account_id") == "the account does not exist or was deleted"
    with ctx.sessions() as s:
        assert s.scalar(select(Activity.id)) is None  # nothing written
    ctx.accounts.restore([acme.id])
    task = _task(ctx, account_id=acme.id)
    assert task.regarding == "Acme"


def test_occurred_at_follows_start_then_due_then_creation(ctx):
    due = datetime(2026, 5, 4, 15, tzinfo=UTC)
    task = _task(ctx, due_at=due.astimezone(BERLIN))
    assert task.due_at == due and task.occurred_at == due
    start = datetime(2026, 5, 1, 9, tzinfo=UTC)
    moved = ctx.activities.update(task.id, replace(task.as_input(), start_at=start), task.version).value
    assert moved.occurred_at == start
    undated = ctx.activities.update(
        task.id, replace(moved.as_input(), start_at=None, due_at=None), moved.version
    ).value
    assert undated.occurred_at == undated.created_at
    audited = ctx.activities.get(task.id)
    assert audited.version == 3
    with ctx.sessions() as s:
        fields = set(s.scalars(select(AuditEntry.field).where(AuditEntry.entity_id == task.id)))
    assert {"start_at", "due_at", "occurred_at"} <= fields


def test_complete_and_reopen_a_task_and_a_stale_version_is_refused(ctx):
    task = _task(ctx, progress=40, priority="high")
    done = ctx.activities.complete(task.id, task.version).value
    assert done.is_done and done.progress == 100
    with pytest.raises(ConflictError):
        ctx.activities.complete(task.id, task.version)
    reopened = ctx.activities.reopen(task.id).value
    assert reopened.done_at is None and reopened.progress == 0
    # undo of a completion re-applies the state from before, progress included
    again = ctx.activities.complete(task.id).value
    back = ctx.activities.update(task.id, task.as_input(), again.version).value
    assert (back.done_at, back.progress, back.priority) == (None, 40, "high")


def test_writes_on_a_lead_activity_rescore_the_lead(ctx):
    lead = ctx.leads.create(LeadInput(last_name="Hopper", company="Navy Labs")).value
    base = ctx.leads.get(lead.id).score
    call = ctx.activities.create(
        ActivityInput(kind="call", subject="Intro call", lead_id=lead.id, start_at=datetime.now(UTC))
    ).value
    assert ctx.leads.get(lead.id).score == base + 5
    email = ctx.activities.create(ActivityInput(kind="email", subject="Re: pricing", lead_id=lead.id)).value
    assert ctx.leads.get(lead.id).score == base + 15
    ctx.activities.delete([email.id])
    assert ctx.leads.get(lead.id).score == base + 5
    ctx.activities.restore([email.id])
    assert ctx.leads.get(lead.id).score == base + 15
    other = ctx.leads.create(LeadInput(last_name="Lovelace")).value
    other_base = ctx.leads.get(other.id).score
    ctx.activities.update(call.id, replace(call.as_input(), lead_id=other.id), call.version)
    assert ctx.leads.get(lead.id).score == base + 10  # the call moved away
    assert ctx.leads.get(other.id).score == other_base + 5


def test_bucket_uses_local_days_and_a_week_ending_on_sunday():
    now = datetime(2026, 3, 4, 21, 30, tzinfo=UTC)  # Wednesday 22:30 in Berlin
    assert bucket(now - timedelta(minutes=1), now, BERLIN) == OVERDUE
    assert bucket(datetime(2026, 3, 4, 22, 59, tzinfo=UTC), now, BERLIN) == TODAY  # 23:59 Berlin
    assert bucket(datetime(2026, 3, 4, 23, 0, tzinfo=UTC), now, BERLIN) == THIS_WEEK  # Thursday 00:00
    assert bucket(datetime(2026, 3, 8, 22, 59, tzinfo=UTC), now, BERLIN) == THIS_WEEK  # Sunday 23:59
    assert bucket(datetime(2026, 3, 8, 23, 0, tzinfo=UTC), now, BERLIN) == LATER  # Monday
    assert bucket(None, now, BERLIN) == LATER
    # in UTC the same instant 23:00 is still Wednesday
    assert bucket(datetime(2026, 3, 4, 23, 0, tzinfo=UTC), now, UTC) == TODAY


def test_my_tasks_groups_open_tasks_of_the_user(ctx):
    now = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # Wednesday
    me = ctx.current_user.id
    late = _task(ctx, subject="Late", due_at=now - timedelta(days=1))
    urgent = _task(ctx, subject="Urgent today", due_at=now + timedelta(hours=8), priority="urgent")
    _task(ctx, subject="Normal today", due_at=now + timedelta(hours=2))
    call = ctx.activities.create(
        ActivityInput(kind="call", subject="Call Ada", owner_id=me, start_at=now + timedelta(days=2))
    ).value
    _task(ctx, subject="Someday")
    _task(ctx, subject="Next month", due_at=now + timedelta(days=30))
    done = _task(ctx, subject="Done", due_at=now)
    ctx.activities.complete(done.id)
    ctx.activities.create(ActivityInput(kind="note", subject="A note", owner_id=me, start_at=now))
    ctx.activities.create(ActivityInput(kind="call", subject="Logged, no date", owner_id=me))
    _task(ctx, subject="Nobody's", owner_id=None, due_at=now)
    gone = _task(ctx, subject="Trashed", due_at=now)
    ctx.activities.delete([gone.id])

    groups = ctx.activities.my_tasks(me, BERLIN, now)
    subjects = {name: [t.subject for t in items] for name, items in groups.groups}
    assert subjects == {
        OVERDUE: ["Late"],
        TODAY: ["Urgent today", "Normal today"],
        THIS_WEEK: ["Call Ada"],
        LATER: ["Next month", "Someday"],
    }
    assert groups.total == 6
    assert groups.items(THIS_WEEK)[0].id == call.id and groups.items(THIS_WEEK)[0].kind == "call"
    assert groups.items(OVERDUE)[0].id == late.id
    assert groups.items(TODAY)[0].id == urgent.id
    assert [t.subject for t in ctx.activities.my_tasks(None, BERLIN, now).items(TODAY)] == ["Nobody's"]
    everyone = ctx.activities.my_tasks(EVERYONE, BERLIN, now)
    assert [(t.subject, t.owner) for t in everyone.items(TODAY)] == [
        ("Urgent today", ctx.current_user.name),
        ("Nobody's", ""),
        ("Normal today", ctx.current_user.name),
    ]
    assert everyone.total == 7


# For each weekday (0 = Monday): how many days after today "This week" reaches.
LAST_DAY_OF_THIS_WEEK = {
    # Monday-first weeks: the rest of the week; on Sunday, the week's last day, the whole coming week
    MONDAY: {0: 6, 1: 5, 2: 4, 3: 3, 4: 2, 5: 1, 6: 7},
    # Sunday-first weeks: on Sunday, Monday to Saturday; on Saturday, the last day, the coming week
    SUNDAY: {6: 6, 0: 5, 1: 4, 2: 3, 3: 2, 4: 1, 5: 7},
}


@pytest.mark.parametrize("first_weekday", [MONDAY, SUNDAY], ids=["monday-first", "sunday-first"])
@pytest.mark.parametrize("day", range(1, 8), ids=lambda d: datetime(2026, 3, d).strftime("%A"))
def test_this_week_on_every_weekday_follows_the_first_day_of_week(day, first_weekday):
    now = datetime(2026, 3, day, 10, 0, tzinfo=BERLIN)  # 2026-03-01 is a Sunday
    last = LAST_DAY_OF_THIS_WEEK[first_weekday][now.weekday()]
    for offset in range(16):
        due = datetime(2026, 3, day, 12, 0, tzinfo=BERLIN) + timedelta(days=offset)
        expected = TODAY if offset == 0 else THIS_WEEK if offset <= last else LATER
        assert bucket(due, now, BERLIN, first_weekday) == expected, (now.strftime("%A"), offset)


def test_on_a_sunday_this_week_holds_monday_to_saturday_with_sunday_first_weeks(ctx):
    now = datetime(2026, 3, 1, 10, 0, tzinfo=BERLIN)  # a Sunday
    for offset, name in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], start=1):
        _task(ctx, subject=name, due_at=now + timedelta(days=offset))
    groups = ctx.activities.my_tasks(ctx.current_user.id, BERLIN, now, first_weekday=SUNDAY)
    assert [t.subject for t in groups.items(THIS_WEEK)] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    assert [t.subject for t in groups.items(LATER)] == ["Sun"]
    monday_first = ctx.activities.my_tasks(ctx.current_user.id, BERLIN, now, first_weekday=MONDAY)
    assert [t.subject for t in monday_first.items(THIS_WEEK)] == [
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
    ]


def test_due_reminders_are_shown_once_and_again_after_a_new_time(ctx):
    now = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    me = ctx.current_user.id
    task = _task(
        ctx, subject="Renewal", due_at=now + timedelta(hours=1), reminder_at=now - timedelta(minutes=5)
    )
    not_yet = _task(ctx, subject="Not yet", reminder_at=now + timedelta(minutes=5))
    done = _task(ctx, subject="Done one", reminder_at=now - timedelta(hours=1))
    ctx.activities.complete(done.id)
    due = ctx.activities.due_reminders(me, now)
    assert [(r.id, r.subject, r.due) for r in due] == [(task.id, "Renewal", now + timedelta(hours=1))]
    outcome = ctx.activities.mark_reminded([task.id], now)
    assert outcome.changes.ids("activity") == {task.id}
    assert ctx.activities.due_reminders(me, now) == []
    shown = ctx.activities.get(task.id)
    assert shown.reminded_at == now and shown.version == task.version  # bookkeeping, not an edit
    later = now + timedelta(hours=2)
    ctx.activities.update(
        task.id, replace(shown.as_input(), reminder_at=later - timedelta(minutes=1)), shown.version
    )
    assert [r.id for r in ctx.activities.due_reminders(me, later)] == [not_yet.id, task.id]


def test_links_for_a_record_bring_the_related_account(ctx):
    from app.services.records.contacts import ContactInput, MembershipInput

    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    ada = ctx.contacts.create(
        ContactInput(last_name="Lovelace", memberships=(MembershipInput(acme.id, is_primary=True),))
    ).value
    assert ctx.activities.links_for("contact", ada.id) == {
        "account_id": acme.id,
        "contact_id": ada.id,
        "lead_id": None,
        "deal_id": None,
    }
    assert ctx.activities.links_for("account", acme.id)["account_id"] == acme.id
    call = _task(ctx, kind="call", subject="Logged", **ctx.activities.links_for("contact", ada.id))
    assert call.regarding == "Lovelace · Acme"


def test_the_account_timeline_shows_priority_progress_group_and_done(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    task = _task(
        ctx, account_id=acme.id, priority="urgent", progress=60, group_name="Rollout", body="Call first"
    )
    items = {i.entity_id: i for i in ctx.timeline.for_account(acme.id)}
    assert items[task.id].detail == "Urgent priority · 60% done · Rollout · Call first"
    ctx.activities.complete(task.id)
    item = {i.entity_id: i for i in ctx.timeline.for_account(acme.id)}[task.id]
    assert (item.title, item.detail) == ("Send the proposal (done)", "Urgent priority · Rollout · Call first")


def test_reminders_include_unassigned_tasks_but_not_other_peoples(ctx):
    now = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    other = ctx.lookups.ensure_user("Other", "other@example.com").id
    nobody = _task(ctx, subject="Unassigned", owner_id=None, reminder_at=now - timedelta(hours=1))
    mine = _task(ctx, subject="Mine", reminder_at=now - timedelta(minutes=1))
    _task(ctx, subject="Theirs", owner_id=other, reminder_at=now - timedelta(minutes=2))
    assert [r.id for r in ctx.activities.due_reminders(ctx.current_user.id, now)] == [nobody.id, mine.id]
    assert [r.subject for r in ctx.activities.due_reminders(other, now)] == ["Unassigned", "Theirs"]


def test_links_for_a_deal_bring_its_account_and_contact(ctx):
    from app.models import Deal, Pipeline, Stage
    from app.services.records.contacts import ContactInput

    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    ada = ctx.contacts.create(ContactInput(last_name="Lovelace")).value
    with ctx.sessions.begin() as s:
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Proposal", position=1, probability=50)
        s.add(stage)
        s.flush()
        deal = Deal(
            name="Rollout",
            account_id=acme.id,
            contact_id=ada.id,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
            amount_minor=100,
            currency="EUR",
        )
        s.add(deal)
        s.flush()
        deal_id = deal.id
    links = ctx.activities.links_for("deal", deal_id)
    assert links == {"account_id": acme.id, "contact_id": ada.id, "lead_id": None, "deal_id": deal_id}
    assert ctx.activities.describe_links(links) == "Rollout · Lovelace · Acme"
    assert ctx.activities.links_for("product", acme.id) == dict.fromkeys(links)  # no link for other records
