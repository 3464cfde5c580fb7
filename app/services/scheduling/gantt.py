"""Scheduling of tasks for the Gantt view: load a scope, move or resize a task (its successors follow),
add and remove finish-to-start dependencies (cycles refused), set progress; each an undoable write.

The graph logic is in `scheduling.graph`; this module reads and writes the rows. A task's bar runs from
`start_at` to `end_at`; a task without them falls back to its due date (a one-day bar ending then) and
gets both fields on its first move. Moving a task also moves its due date to the new end and keeps
`occurred_at` (the timeline's key) on the start.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from app.models import Account, Activity, ActivityKind, Deal, Lead, TaskDependency, User
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.core.write_lock import serialise_on
from app.services.sales import scoring
from app.services.scheduling.graph import Edge, Span, critical_path, cycle_path, earliest_start, propagate
from app.services.scheduling.store import (
    dates_for,
    edges_from,
    edges_into,
    live_edges,
    row_span,
    span_from,
    stored_dates,
    task_rows,
    write_dates,
)

ENTITY = "activity"
LINK_ENTITY = "task_dependency"


class ScopeKind(enum.StrEnum):
    EVERYONE = "everyone"
    GROUP = "group"
    ACCOUNT = "account"
    DEAL = "deal"


@dataclass(frozen=True)
class GanttScope:
    kind: ScopeKind = ScopeKind.EVERYONE
    record_id: uuid.UUID | None = None
    group: str = ""


@dataclass(frozen=True)
class GanttTask:
    id: uuid.UUID
    subject: str
    group: str
    owner: str
    start: datetime
    end: datetime
    progress: int
    is_milestone: bool
    done: bool
    version: int


@dataclass(frozen=True)
class GanttLink:
    id: uuid.UUID
    predecessor_id: uuid.UUID
    successor_id: uuid.UUID
    lag_minutes: int = 0


@dataclass(frozen=True)
class GanttData:
    title: str
    tasks: tuple[GanttTask, ...]
    links: tuple[GanttLink, ...]
    critical: frozenset[uuid.UUID]


@dataclass(frozen=True)
class TaskMove:
    """One task's dates before and after a reschedule, and the version the reschedule left it at."""

    id: uuid.UUID
    subject: str
    before: Span
    after: Span
    version: int
    fields_before: tuple[tuple[str, datetime | None], ...] = ()  # the stored values, for an exact undo


@dataclass(frozen=True)
class Reschedule:
    """Everything one move changed: the task itself first, then the successors it pushed."""

    moves: tuple[TaskMove, ...]

    @property
    def pushed(self) -> tuple[TaskMove, ...]:
        return self.moves[1:]


@dataclass(frozen=True)
class LinkAdded:
    link: GanttLink
    reschedule: Reschedule  # the successors the new dependency pushed (may be empty)


@dataclass(frozen=True)
class LagChange:
    """A dependency's lag before and after, its new version and the successors the new lag pushed."""

    link: GanttLink
    before: int
    version: int
    reschedule: Reschedule


MAX_LAG_MINUTES = 365 * 24 * 60


@dataclass(frozen=True)
class ProgressChange:
    id: uuid.UUID
    before: int
    after: int
    version: int


def _scope_filter(scope: GanttScope) -> list[ColumnElement[bool]]:
    if scope.kind is ScopeKind.GROUP:
        return [Activity.group_name == scope.group]
    if scope.kind is ScopeKind.ACCOUNT:
        deals = select(Deal.id).where(Deal.account_id == scope.record_id)
        return [or_(Activity.account_id == scope.record_id, Activity.deal_id.in_(deals))]
    if scope.kind is ScopeKind.DEAL:
        return [Activity.deal_id == scope.record_id]
    return []


def _seen(session: Session) -> list[ColumnElement[bool]]:
    """The signed-in user's visibility of activities (none: everyone's), as a `where` argument list."""
    seen = guard.visible(session, "activity", Activity)
    return [] if seen is None else [seen]


class SchedulingService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    # --- reads ------------------------------------------------------------------------------------
    def groups(self) -> list[str]:
        """The named groups of live tasks, for the scope chooser."""
        with self.uow.read() as session:
            stmt = (
                select(Activity.group_name)
                .where(Activity.deleted_at.is_(None), Activity.kind == ActivityKind.TASK)
                .where(Activity.group_name != "", *_seen(session))
                .distinct()
                .order_by(Activity.group_name)
            )
            return list(session.scalars(stmt))

    def load(self, scope: GanttScope) -> GanttData:
        """The scope's live tasks by group and start, the dependencies between them and each group's critical
        path (tasks without a group count as one)."""
        with self.uow.read() as session:
            title = self._title(session, scope)
            stmt = (
                select(
                    Activity.id,
                    Activity.subject,
                    Activity.group_name,
                    User.name,
                    Activity.start_at,
                    Activity.end_at,
                    Activity.due_at,
                    Activity.occurred_at,
                    Activity.is_milestone,
                    Activity.progress,
                    Activity.done_at,
                    Activity.version,
                )
                .outerjoin(User, User.id == Activity.owner_id)
                .where(Activity.deleted_at.is_(None), Activity.kind == ActivityKind.TASK, *_seen(session))
            )
            tasks = []
            for r in session.execute(
                stmt.where(*_scope_filter(scope))
            ):  # rows, not ORM objects: 5,000 at once
                span = span_from(r.start_at, r.end_at, r.due_at, r.occurred_at, r.is_milestone)
                tasks.append(
                    GanttTask(
                        r.id,
                        r.subject,
                        r.group_name,
                        r.name or "",
                        span.start,
                        span.end,
                        r.progress,
                        r.is_milestone,
                        r.done_at is not None,
                        r.version,
                    )
                )
            tasks.sort(key=lambda t: (t.group == "", t.group.casefold(), t.start, t.subject))
            ids = {t.id for t in tasks}
            links = tuple(
                GanttLink(i, p, s, lag)
                for i, p, s, lag in session.execute(
                    select(
                        TaskDependency.id,
                        TaskDependency.predecessor_id,
                        TaskDependency.successor_id,
                        TaskDependency.lag_minutes,
                    )
                )
                if p in ids and s in ids
            )
        return GanttData(title, tuple(tasks), links, frozenset(_critical_by_group(tasks, links)))

    def _title(self, session: Session, scope: GanttScope) -> str:
        if scope.kind is ScopeKind.GROUP:
            return scope.group or "Tasks without a group"
        if scope.kind is ScopeKind.ACCOUNT:
            account = writes.get_live(session, Account, _required(scope.record_id), "account")
            guard.require(session, "view", "account", account)  # another team's account names no chart
            return account.name
        if scope.kind is ScopeKind.DEAL:
            deal = writes.get_live(session, Deal, _required(scope.record_id), "deal")
            guard.require(session, "view", "deal", deal)
            return deal.name
        return "Everyone's tasks"

    # --- writes -----------------------------------------------------------------------------------
    def reschedule(
        self, task_id: uuid.UUID, start: datetime, end: datetime, expected_version: int | None = None
    ) -> Outcome[Reschedule]:
        """Move or resize a task and push the tasks that depend on it, in one unit of work.

        A task cannot start before its predecessors allow: it is moved to that earliest start instead.
        """
        if end < start:
            raise ValidationError(FieldError("end", "the end must not be before the start"))
        with self.uow() as work:
            task = writes.get_live(work.session, Activity, task_id, ENTITY)
            writes.check_version(task, expected_version)
            if task.is_milestone:
                end = start
            into = edges_into(work.session, task_id)
            earliest = earliest_start(_spans(work.session, [e.predecessor for e in into]), into, task_id)
            edges = edges_from(work.session, task_id)
            if earliest is not None and start < earliest:
                start, end = earliest, earliest + (end - start)
            result = self._apply(work, edges, {task_id: Span(start, end)}, first=task_id)
        return Outcome(result, work.changes)

    def revert(self, done: Reschedule) -> Outcome[Reschedule]:
        """Undo a reschedule: every task it moved goes back, refused if one's dates changed since.

        Dates, not versions: undoing a later move of the same task bumps its version but puts its dates
        back where this reschedule left them, so a run of moves (arrow keys) undoes step by step.
        """
        with self.uow() as work:
            rows = task_rows(work.session, [m.id for m in done.moves])
            for move in done.moves:
                row = rows.get(move.id)
                if row is None:
                    raise NotFoundError("task", move.id)
                if row_span(row) != move.after:
                    raise ConflictError(
                        f"“{row.subject}” was changed since it was moved; reload and try again."
                    )
            versions = write_dates(work, [(rows[m.id], dict(m.fields_before)) for m in done.moves])
            moves = tuple(
                TaskMove(
                    m.id,
                    m.subject,
                    m.after,
                    m.before,
                    versions[m.id],
                    tuple(stored_dates(rows[m.id]).items()),
                )
                for m in done.moves
            )
        return Outcome(Reschedule(moves), work.changes)

    def add_dependency(
        self,
        predecessor_id: uuid.UUID,
        successor_id: uuid.UUID,
        lag_minutes: int = 0,
        link_id: uuid.UUID | None = None,
    ) -> Outcome[LinkAdded]:
        """Make `successor` start after `predecessor` ends (pushing it if needed); a cycle is refused."""
        with self.uow() as work:
            serialise_on(work.session, "task-dependencies")  # two links closing one cycle: one waits
            names = {}
            for task_id in (predecessor_id, successor_id):
                task = writes.get_live(work.session, Activity, task_id, "task")
                names[task_id] = task.subject
            edges = edges_from(work.session, successor_id)
            if any(e.predecessor == predecessor_id for e in edges_into(work.session, successor_id)):
                raise ValidationError(
                    FieldError(
                        "dependency", f"“{names[successor_id]}” already depends on “{names[predecessor_id]}”"
                    )
                )
            cycle = cycle_path(edges, predecessor_id, successor_id)
            if cycle is not None:
                subjects = _subjects(work.session, cycle)
                raise ValidationError(
                    FieldError(
                        "dependency",
                        "it would make a cycle: " + " → ".join(f"“{subjects[i]}”" for i in cycle),
                    )
                )
            dep = TaskDependency(
                predecessor_id=predecessor_id, successor_id=successor_id, lag_minutes=lag_minutes
            )
            if link_id is not None:
                dep.id = link_id
            writes.create(work, dep, LINK_ENTITY)
            edges.append(Edge(predecessor_id, successor_id, timedelta(minutes=lag_minutes)))
            pred_span = _spans(work.session, [predecessor_id])[predecessor_id]
            result = self._apply(work, edges, {predecessor_id: pred_span}, first=None)
            link = GanttLink(dep.id, predecessor_id, successor_id, lag_minutes)
        return Outcome(LinkAdded(link, result), work.changes)

    def remove_dependency(self, link_id: uuid.UUID) -> Outcome[GanttLink]:
        """Delete a dependency for real (undo adds it again with the same id)."""
        with self.uow() as work:
            dep = work.session.get(TaskDependency, link_id)
            if dep is None:
                raise NotFoundError("dependency", link_id)
            link = GanttLink(dep.id, dep.predecessor_id, dep.successor_id, dep.lag_minutes)
            work.audit(LINK_ENTITY, dep.id, "delete", "", f"{dep.predecessor_id}->{dep.successor_id}")
            work.session.execute(delete(TaskDependency).where(TaskDependency.id == link_id))
            work.changed(LINK_ENTITY, ChangeKind.PURGED, [link_id])
        return Outcome(link, work.changes)

    def set_lag(
        self, link_id: uuid.UUID, lag_minutes: int, expected_version: int | None = None
    ) -> Outcome[LagChange]:
        """Change a dependency's lag and push the successor (and what follows it) if it now starts too early.

        A negative lag is a lead: the successor may start before the predecessor ends. A shorter lag
        leaves the successor where it is (only forward pushes, as for a move).
        """
        if abs(lag_minutes) > MAX_LAG_MINUTES:
            raise ValidationError(FieldError("lag", "must be within a year either way"))
        with self.uow() as work:
            dep = work.session.get(TaskDependency, link_id)
            if dep is None:
                raise NotFoundError("dependency", link_id)
            writes.check_version(dep, expected_version)
            before = dep.lag_minutes
            writes.apply_fields(work, dep, LINK_ENTITY, {"lag_minutes": lag_minutes})
            work.session.flush()
            edges = edges_from(work.session, dep.successor_id)
            edges.append(Edge(dep.predecessor_id, dep.successor_id, timedelta(minutes=lag_minutes)))
            pred_span = _spans(work.session, [dep.predecessor_id])[dep.predecessor_id]
            result = self._apply(work, edges, {dep.predecessor_id: pred_span}, first=None)
            link = GanttLink(dep.id, dep.predecessor_id, dep.successor_id, lag_minutes)
            change = LagChange(link, before, dep.version, result)
        return Outcome(change, work.changes)

    def set_progress(
        self, task_id: uuid.UUID, progress: int, expected_version: int | None = None
    ) -> Outcome[ProgressChange]:
        if not 0 <= progress <= 100:
            raise ValidationError(FieldError("progress", "must be between 0 and 100"))
        with self.uow() as work:
            task = writes.get_live(work.session, Activity, task_id, ENTITY)
            writes.check_version(task, expected_version)
            before = task.progress
            writes.apply_fields(work, task, ENTITY, {"progress": progress})
            work.session.flush()
            change = ProgressChange(task.id, before, progress, task.version)
        return Outcome(change, work.changes)

    def _apply(
        self, work: Work, edges: list[Edge[uuid.UUID]], moved: dict[uuid.UUID, Span], first: uuid.UUID | None
    ) -> Reschedule:
        rows = task_rows(work.session, _reachable(edges, moved) | moved.keys())
        edges = live_edges(edges, rows)  # a trashed task does not pass a push on
        spans = {task_id: row_span(row) for task_id, row in rows.items()}
        new = propagate(spans, edges, moved)
        order = ([first] if first in new else []) + [k for k in new if k != first and new[k] != spans[k]]
        versions = write_dates(work, [(rows[k], dates_for(rows[k], new[k])) for k in order])
        leads = {rows[k].lead_id for k in order if rows[k].lead_id is not None}
        if leads:
            for lead in work.session.scalars(
                select(Lead).where(Lead.id.in_(leads), Lead.deleted_at.is_(None))
            ):
                scoring.rescore(work, lead)
        return Reschedule(
            tuple(
                TaskMove(
                    k, rows[k].subject, spans[k], new[k], versions[k], tuple(stored_dates(rows[k]).items())
                )
                for k in order
            )
        )


def _critical_by_group(tasks: Sequence[GanttTask], links: Iterable[GanttLink]) -> set[uuid.UUID]:
    """Each group's critical path on its own: one long project must not hide every other's."""
    spans: dict[str, dict[uuid.UUID, Span]] = {}
    group_of: dict[uuid.UUID, str] = {}
    for t in tasks:
        spans.setdefault(t.group, {})[t.id] = Span(t.start, t.end)
        group_of[t.id] = t.group
    edges: dict[str, list[Edge[uuid.UUID]]] = {}
    for link in links:
        group = group_of[link.predecessor_id]
        if group_of[link.successor_id] == group:
            edges.setdefault(group, []).append(_edge(link))
    critical: set[uuid.UUID] = set()
    for group, group_spans in spans.items():
        critical |= critical_path(group_spans, edges.get(group, []))
    return critical


def _required(record_id: uuid.UUID | None) -> uuid.UUID:
    if record_id is None:
        raise ValidationError(FieldError("scope", "choose a record"))
    return record_id


def _edge(link: GanttLink) -> Edge[uuid.UUID]:
    return Edge(link.predecessor_id, link.successor_id, timedelta(minutes=link.lag_minutes))


def _reachable(edges: Sequence[Edge[uuid.UUID]], start: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    after: dict[uuid.UUID, list[uuid.UUID]] = {}
    for e in edges:
        after.setdefault(e.predecessor, []).append(e.successor)
    seen: set[uuid.UUID] = set()
    stack = list(start)
    while stack:
        for succ in after.get(stack.pop(), ()):
            if succ not in seen:
                seen.add(succ)
                stack.append(succ)
    return seen


def _spans(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Span]:
    return {task_id: row_span(row) for task_id, row in task_rows(session, ids).items()}


def _subjects(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    return {task_id: row.subject for task_id, row in task_rows(session, set(ids)).items()}
