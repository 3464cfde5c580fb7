"""The Calendar page's read: calls, meetings and tasks in [start, end), one owner or everyone, on SQLite and
PostgreSQL, through the existing indexes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ClauseElement, Executable

from app.models import Activity, ActivityKind
from app.services.core.errors import ValidationError
from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.calendar_range import activities_between, statements

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)
WEEK_END = MONDAY + timedelta(days=7)


class Explain(Executable, ClauseElement):
    """EXPLAIN (QUERY PLAN) of a statement, its parameters bound as the app binds them."""

    inherit_cache = False

    def __init__(self, statement):
        self.statement = statement


@compiles(Explain)
def _explain(element, compiler, **kw):
    prefix = "EXPLAIN QUERY PLAN " if compiler.dialect.name == "sqlite" else "EXPLAIN "
    return prefix + compiler.process(element.statement, **kw)


def _make(ctx, subject, **kw):
    base = {"subject": subject, "owner_id": ctx.current_user.id}
    return ctx.activities.create(ActivityInput(**{**base, **kw})).value


def _subjects(ctx, start=MONDAY, end=WEEK_END, owner_id=None):
    return [item.subject for item in activities_between(ctx.activities, start, end, owner_id)]


def test_the_window_holds_meetings_calls_and_due_tasks_from_its_start_up_to_its_end(ctx):
    _make(
        ctx,
        "Kick-off",
        kind="meeting",
        start_at=MONDAY + timedelta(hours=9),
        end_at=MONDAY + timedelta(hours=10),
    )
    _make(ctx, "At the start", kind="call", start_at=MONDAY)
    _make(ctx, "At the end", kind="meeting", start_at=WEEK_END, end_at=WEEK_END + timedelta(hours=1))
    _make(ctx, "Last week", kind="meeting", start_at=MONDAY - timedelta(minutes=1))
    _make(ctx, "Send the quote", due_at=MONDAY + timedelta(days=2, hours=17))
    _make(ctx, "Undated task")
    _make(ctx, "A note", kind="note", start_at=MONDAY + timedelta(hours=11))
    # a Gantt task that started weeks ago and is due this week (found by the open-tasks index)
    _make(ctx, "Long project", start_at=MONDAY - timedelta(days=30), due_at=MONDAY + timedelta(days=4))
    gone = _make(ctx, "Cancelled", kind="meeting", start_at=MONDAY + timedelta(hours=14))
    ctx.activities.delete([gone.id])

    assert _subjects(ctx) == ["At the start", "Kick-off", "Send the quote", "Long project"]
    items = activities_between(ctx.activities, MONDAY, WEEK_END)
    task = next(i for i in items if i.subject == "Send the quote")
    assert task.is_task and task.when == MONDAY + timedelta(days=2, hours=17) and task.owner
    meeting = next(i for i in items if i.subject == "Kick-off")
    assert meeting.when == MONDAY + timedelta(hours=9) and meeting.version == 1


def test_done_tasks_stay_on_their_day_and_one_owner_is_filtered(ctx):
    other = ctx.lookups.ensure_user("Grace", "grace@example.com")
    done = _make(ctx, "Filed the report", due_at=MONDAY + timedelta(hours=12))
    ctx.activities.complete(done.id)
    _make(ctx, "Grace's meeting", kind="meeting", owner_id=other.id, start_at=MONDAY + timedelta(hours=8))
    _make(ctx, "Grace's task", owner_id=other.id, due_at=MONDAY + timedelta(days=1))

    assert _subjects(ctx) == ["Grace's meeting", "Filed the report", "Grace's task"]
    assert _subjects(ctx, owner_id=other.id) == ["Grace's meeting", "Grace's task"]
    assert _subjects(ctx, owner_id=ctx.current_user.id) == ["Filed the report"]


def test_a_bad_window_is_refused_with_the_field(ctx):
    with pytest.raises(ValidationError, match="end"):
        activities_between(ctx.activities, WEEK_END, MONDAY)
    with pytest.raises(ValidationError, match="time zone"):
        activities_between(ctx.activities, datetime(2026, 3, 2), WEEK_END)


def test_both_reads_use_the_activity_indexes(ctx):
    """Over a year of activities (so the planner has something to choose by), statistics refreshed."""
    dialect = ctx.engine.dialect.name
    year = MONDAY - timedelta(days=180)
    with Session(ctx.engine) as session:
        session.add_all(
            Activity(
                kind=ActivityKind.MEETING if i % 3 else ActivityKind.TASK,
                subject=f"Activity {i}",
                owner_id=ctx.current_user.id if i % 2 else None,
                start_at=year + timedelta(hours=3 * i) if i % 3 else None,
                due_at=None if i % 3 else year + timedelta(hours=3 * i),
                done_at=year if i % 5 == 0 else None,
                occurred_at=year + timedelta(hours=3 * i),
            )
            for i in range(3000)
        )
        session.commit()
    with ctx.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    expected = [
        ("ix_activities_live_occurred", "ix_activities_open_due", "ix_activities_open_due"),
        ("ix_activities_live_owner", "ix_activities_open_due"),
    ]
    with ctx.engine.connect() as conn:
        if dialect == "postgresql":
            conn.execute(text("SET enable_seqscan = off"))
        for owner, names in zip((None, ctx.current_user.id), expected, strict=True):
            for stmt, name in zip(statements(MONDAY, WEEK_END, owner), names, strict=True):
                # the raw cursor: the result columns of the SELECT would be applied to the plan's rows
                plan = " ".join(str(r[-1]) for r in conn.execute(Explain(stmt)).cursor.fetchall())
                # a range of the index (SQLite's SEARCH, PostgreSQL's Index Cond), not a walk through all of it
                wanted = f"SEARCH activities USING INDEX {name}" if dialect == "sqlite" else name
                assert wanted in plan and "Seq Scan on activities" not in plan, plan
