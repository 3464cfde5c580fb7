"""Undo commands of the Gantt page: move or resize a task (with the successors it pushed), add or remove a
dependency, change its lag, set progress. Each calls the scheduling service; the page reloads on the change record."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.services.scheduling.gantt import GanttLink, LagChange, LinkAdded, ProgressChange, Reschedule
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv


class RescheduleCommand(ServiceCommand):
    """Move or resize a task; undo puts it and every successor it pushed back where they were."""

    def __init__(
        self, env: ViewEnv, task_id: uuid.UUID, subject: str, start: datetime, end: datetime, version: int
    ) -> None:
        super().__init__(env, f"Reschedule “{subject}”")
        self.task_id = task_id
        self.span = (start, end)
        self.version: int | None = version
        self.result: Reschedule | None = None

    def _redo(self) -> None:
        self.result = self.env.ctx.scheduling.reschedule(self.task_id, *self.span, self.version).value
        self.version = None  # a redo after undo: the undo moved the version on

    def _undo(self) -> None:
        assert self.result is not None
        self.env.ctx.scheduling.revert(self.result)


class AddDependencyCommand(ServiceCommand):
    """Add a finish-to-start dependency; undo removes it and moves back what it pushed."""

    def __init__(self, env: ViewEnv, predecessor: uuid.UUID, successor: uuid.UUID, label: str) -> None:
        super().__init__(env, f"Add dependency {label}")
        self.pair = (predecessor, successor)
        self.link_id: uuid.UUID | None = None
        self.result: LinkAdded | None = None

    def _redo(self) -> None:
        self.result = self.env.ctx.scheduling.add_dependency(*self.pair, link_id=self.link_id).value
        self.link_id = self.result.link.id

    def _undo(self) -> None:
        assert self.result is not None
        self.env.ctx.scheduling.remove_dependency(self.result.link.id)
        if self.result.reschedule.moves:
            self.env.ctx.scheduling.revert(self.result.reschedule)


class RemoveDependencyCommand(ServiceCommand):
    """Remove a dependency; undo adds it again with the same id."""

    def __init__(self, env: ViewEnv, link_id: uuid.UUID, label: str) -> None:
        super().__init__(env, f"Remove dependency {label}")
        self.link_id = link_id
        self.removed: GanttLink | None = None

    def _redo(self) -> None:
        self.removed = self.env.ctx.scheduling.remove_dependency(self.link_id).value

    def _undo(self) -> None:
        link = self.removed
        assert link is not None
        self.env.ctx.scheduling.add_dependency(
            link.predecessor_id, link.successor_id, link.lag_minutes, link_id=link.id
        )


class LagCommand(ServiceCommand):
    """Change a dependency's lag; undo sets the old lag and moves back what the new one pushed."""

    def __init__(self, env: ViewEnv, link_id: uuid.UUID, label: str, lag_minutes: int) -> None:
        super().__init__(env, f"Lag of {label}")
        self.link_id = link_id
        self.lag = lag_minutes
        self.version: int | None = None
        self.change: LagChange | None = None

    def _redo(self) -> None:
        self.change = self.env.ctx.scheduling.set_lag(self.link_id, self.lag, self.version).value
        self.version = self.change.version

    def _undo(self) -> None:
        change = self.change
        assert change is not None
        self.version = self.env.ctx.scheduling.set_lag(
            self.link_id, change.before, self.version
        ).value.version
        if change.reschedule.moves:
            self.env.ctx.scheduling.revert(change.reschedule)


class ProgressCommand(ServiceCommand):
    def __init__(self, env: ViewEnv, task_id: uuid.UUID, subject: str, progress: int, version: int) -> None:
        super().__init__(env, f"Progress of “{subject}” to {progress}%")
        self.task_id = task_id
        self.progress = progress
        self.version: int | None = version
        self.change: ProgressChange | None = None

    def _redo(self) -> None:
        self.change = self.env.ctx.scheduling.set_progress(self.task_id, self.progress, self.version).value
        self.version = self.change.version

    def _undo(self) -> None:
        assert self.change is not None
        self.version = self.env.ctx.scheduling.set_progress(
            self.task_id, self.change.before, self.version
        ).value.version
