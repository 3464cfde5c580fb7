"""SchedulingService on SQLite and PostgreSQL: moves that push successors, undo, dependencies, progress."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.models import Activity, AuditEntry, TaskDependency
from app.services.core.errors import ConflictError, ValidationError
from app.services.records.accounts import AccountInput
from app.services.scheduling.gantt import GanttScope, ScopeKind
from tests.services.scheduling.gantt_data import add_task, at, chain, link


def dates(ctx: AppContext, task_id):  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        t = s.get(Activity, task_id)
        assert t is not None
        return t.start_at, t.end_at


def test_load_gives_rows_links_and_critical_path(ctx: AppContext) -> None:
    a, b, c = chain(ctx, ["Design", "Build", "Ship"])
    side = add_task(ctx, "Write docs", 0, 1)
    other = add_task(ctx, "Elsewhere", 0, 1, group="Other")
    data = ctx.scheduling.load(GanttScope())
    assert [t.subject for t in data.tasks] == ["Design", "Write docs", "Build", "Ship", "Elsewhere"]
    assert {(x.predecessor_id, x.successor_id) for x in data.links} == {(a, b), (b, c)}
    assert data.critical == {a, b, c, other}  # per group: "Write docs" has slack, "Elsewhere" is alone
    group = ctx.scheduling.load(GanttScope(ScopeKind.GROUP, group="Other"))
    assert [t.id for t in group.tasks] == [other] and group.title == "Other"
    assert side not in data.critical
    assert ctx.scheduling.groups() == ["Launch", "Other"]


def test_moving_a_task_pushes_its_successors_in_one_write(ctx: AppContext) -> None:
    a, b, c = chain(ctx, ["Design", "Build", "Ship"])
    loose = add_task(ctx, "Unrelated", 0, 1)
    outcome = ctx.scheduling.reschedule(a, at(2), at(3), expected_version=1)
    assert [m.id for m in outcome.value.moves] == [a, b, c]
    assert dates(ctx, a) == (at(2), at(3))
    assert dates(ctx, b) == (at(3), at(4))
    assert dates(ctx, c) == (at(4), at(5))
    assert dates(ctx, loose) == (at(0), at(1))
    assert outcome.changes.ids("activity") == {a, b, c}
    with ctx.sessions() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == c, AuditEntry.field == "dates")
        ).one()
    assert entry.action == "update" and entry.user_id == ctx.current_user.id
    assert entry.old_value.startswith(f"start_at={at(2).isoformat()}; end_at={at(3).isoformat()}")
    assert entry.new_value.startswith(f"start_at={at(4).isoformat()}; end_at={at(5).isoformat()}")
    undone = ctx.scheduling.revert(outcome.value)
    assert dates(ctx, a) == (at(0), at(1)) and dates(ctx, c) == (at(2), at(3))
    # redo after undo: the same move again
    again = ctx.scheduling.reschedule(a, at(2), at(3))
    assert dates(ctx, c) == (at(4), at(5)) and len(again.value.moves) == 3
    assert len(undone.value.moves) == 3


def test_resize_pushes_and_a_successor_cannot_start_before_its_predecessor(ctx: AppContext) -> None:
    a, b = chain(ctx, ["Design", "Build"])
    ctx.scheduling.reschedule(a, at(0), at(3))  # resize: end later
    assert dates(ctx, b) == (at(3), at(4))
    moved = ctx.scheduling.reschedule(b, at(1), at(2))  # dragged too early: held at a's end
    assert dates(ctx, b) == (at(3), at(4))
    assert moved.value.moves[0].after.start == at(3)
    with pytest.raises(ValidationError, match="end"):
        ctx.scheduling.reschedule(a, at(2), at(1))


def test_stale_version_and_changed_task_refuse_move_and_undo(ctx: AppContext) -> None:
    a, b = chain(ctx, ["Design", "Build"])
    with pytest.raises(ConflictError):
        ctx.scheduling.reschedule(a, at(1), at(2), expected_version=7)
    done = ctx.scheduling.reschedule(a, at(1), at(2)).value
    ctx.scheduling.reschedule(b, at(5), at(6))  # someone moved b afterwards
    with pytest.raises(ConflictError, match="Build"):
        ctx.scheduling.revert(done)
    assert dates(ctx, a) == (at(1), at(2))  # nothing undone


def test_add_dependency_pushes_successor_and_refuses_cycles_by_name(ctx: AppContext) -> None:
    a, b, c = chain(ctx, ["Design", "Build", "Ship"])
    late = add_task(ctx, "Review", 0, 2)
    added = ctx.scheduling.add_dependency(c, late)
    assert dates(ctx, late) == (at(3), at(5))
    assert [m.id for m in added.value.reschedule.moves] == [late]
    with pytest.raises(ValidationError) as err:
        ctx.scheduling.add_dependency(late, a)
    assert "cycle" in str(err.value)
    assert "“Review” → “Design” → “Build” → “Ship” → “Review”" in str(err.value)
    with pytest.raises(ValidationError, match="already depends"):
        ctx.scheduling.add_dependency(a, b)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(TaskDependency)) == 3
    removed = ctx.scheduling.remove_dependency(added.value.link.id).value
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(TaskDependency)) == 2
    ctx.scheduling.add_dependency(removed.predecessor_id, removed.successor_id, link_id=removed.id)
    data = ctx.scheduling.load(GanttScope())
    assert removed.id in {x.id for x in data.links}


def test_set_progress_is_validated_and_audited(ctx: AppContext) -> None:
    (a,) = chain(ctx, ["Design"])
    change = ctx.scheduling.set_progress(a, 40).value
    assert (change.before, change.after) == (0, 40)
    with pytest.raises(ValidationError, match="progress"):
        ctx.scheduling.set_progress(a, 140)
    assert ctx.scheduling.load(GanttScope()).tasks[0].progress == 40


def test_scope_by_account_includes_its_deals_tasks(ctx: AppContext) -> None:
    acme = ctx.accounts.create(AccountInput(name="Acme GmbH")).value.id
    mine = add_task(ctx, "Kick-off", 0, 1, account_id=acme)
    add_task(ctx, "Not Acme", 0, 1)
    data = ctx.scheduling.load(GanttScope(ScopeKind.ACCOUNT, acme))
    assert data.title == "Acme GmbH" and [t.id for t in data.tasks] == [mine]


def test_milestone_has_no_length_and_unlinked_tasks_fall_back_to_due(ctx: AppContext) -> None:
    a = add_task(ctx, "Design", 0, 2)
    gate = add_task(ctx, "Go live", 2, 2, milestone=True)
    link(ctx, a, gate)
    ctx.scheduling.reschedule(a, at(1), at(4))
    assert dates(ctx, gate) == (at(4), at(4))
    row = next(t for t in ctx.scheduling.load(GanttScope()).tasks if t.id == gate)
    assert row.is_milestone and row.start == row.end


def test_bulk_date_write_refuses_a_row_changed_since_it_was_read(ctx: AppContext) -> None:
    from app.services.scheduling.store import dates_for, row_span, task_rows, write_dates

    a, b = chain(ctx, ["Design", "Build"])
    with ctx.uow.read() as session:
        rows = task_rows(session, [a, b])
    ctx.scheduling.set_progress(b, 10)  # b's version moves on
    with pytest.raises(ConflictError), ctx.uow() as work:
        write_dates(
            work, [(rows[k], dates_for(rows[k], row_span(rows[k]).shifted(at(1) - at(0)))) for k in (a, b)]
        )
    assert dates(ctx, a) == (at(0), at(1))  # nothing written
