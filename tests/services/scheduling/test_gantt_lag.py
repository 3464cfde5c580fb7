"""SchedulingService.set_lag on SQLite and PostgreSQL: pushes successors, allows leads, audited, versioned."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.models import Activity, AuditEntry, TaskDependency
from app.services.core.errors import ConflictError, ValidationError
from app.services.scheduling.gantt import GanttScope
from tests.services.scheduling.gantt_data import at, chain


def dates(ctx: AppContext, task_id):  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        t = s.get(Activity, task_id)
        assert t is not None
        return t.start_at, t.end_at


def test_a_longer_lag_pushes_the_successor_chain_and_undo_restores_it(ctx: AppContext) -> None:
    design, build, ship = chain(ctx, ["Design", "Build", "Ship"])
    first = ctx.scheduling.load(GanttScope()).links
    link = next(x for x in first if x.successor_id == build)
    change = ctx.scheduling.set_lag(link.id, 2 * 1440 + 6 * 60).value
    assert (change.before, change.link.lag_minutes) == (0, 2 * 1440 + 360)
    assert dates(ctx, design) == (at(0), at(1))
    assert dates(ctx, build) == (at(3.25), at(4.25))
    assert dates(ctx, ship) == (at(4.25), at(5.25))
    assert [m.id for m in change.reschedule.moves] == [build, ship]
    loaded = {x.id: x.lag_minutes for x in ctx.scheduling.load(GanttScope()).links}
    assert loaded[link.id] == 3240
    with ctx.sessions() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == link.id)).all()
        assert [(a.field, a.new_value) for a in audit if a.action == "update"] == [("lag_minutes", "3240")]
    # undo as the command does it: the lag back, then the pushed tasks back
    back = ctx.scheduling.set_lag(link.id, change.before, change.version).value
    assert back.reschedule.moves == ()
    ctx.scheduling.revert(change.reschedule)
    assert dates(ctx, build) == (at(1), at(2)) and dates(ctx, ship) == (at(2), at(3))


def test_a_lead_is_a_negative_lag_and_never_pulls_back(ctx: AppContext) -> None:
    _design, build = chain(ctx, ["Design", "Build"])
    link = ctx.scheduling.load(GanttScope()).links[0]
    change = ctx.scheduling.set_lag(link.id, -720).value
    assert change.reschedule.moves == ()
    assert dates(ctx, build) == (at(1), at(2))  # forward pushes only: slack, not a pull
    with ctx.sessions() as s:
        assert s.get(TaskDependency, link.id).lag_minutes == -720  # type: ignore[union-attr]
    # with a 12-hour lead, moving Build earlier is allowed up to half a day before Design ends
    moved = ctx.scheduling.reschedule(build, at(0), at(1)).value
    assert moved.moves[0].after.start == at(0.5)


def test_lag_is_bounded_and_a_stale_version_is_refused(ctx: AppContext) -> None:
    chain(ctx, ["Design", "Build"])
    link = ctx.scheduling.load(GanttScope()).links[0]
    with pytest.raises(ValidationError, match="lag"):
        ctx.scheduling.set_lag(link.id, 400 * 1440)
    first = ctx.scheduling.set_lag(link.id, 60).value
    with pytest.raises(ConflictError):
        ctx.scheduling.set_lag(link.id, 120, first.version - 1)
