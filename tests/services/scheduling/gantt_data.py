"""Tasks and dependencies for the scheduling tests, written through the unit of work (no activity service)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from app.context import AppContext
from app.models import Activity, ActivityKind, TaskDependency
from app.services.core import writes

MONDAY = datetime(2026, 3, 2, 8, tzinfo=UTC)


def at(days: float) -> datetime:
    return MONDAY + timedelta(days=days)


def add_task(
    ctx: AppContext,
    subject: str,
    start: float,
    end: float,
    group: str = "Launch",
    milestone: bool = False,
    **links: uuid.UUID,
) -> uuid.UUID:
    with ctx.uow() as work:
        task = Activity(
            kind=ActivityKind.TASK,
            subject=subject,
            start_at=at(start),
            end_at=at(end),
            occurred_at=at(start),
            group_name=group,
            is_milestone=milestone,
            **links,
        )
        writes.create(work, task, "activity")
        return task.id


def link(ctx: AppContext, pred: uuid.UUID, succ: uuid.UUID) -> None:
    with ctx.uow() as work:
        writes.create(work, TaskDependency(predecessor_id=pred, successor_id=succ), "task_dependency")


def chain(ctx: AppContext, names: list[str], days: float = 1, group: str = "Launch") -> list[uuid.UUID]:
    """Tasks back to back, each depending on the one before."""
    ids = [add_task(ctx, name, i * days, (i + 1) * days, group) for i, name in enumerate(names)]
    for pred, succ in pairwise(ids):
        link(ctx, pred, succ)
    return ids
