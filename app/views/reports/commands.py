"""Undoable edits of saved reports: save new, save over, rename, delete (each calls ReportService)."""

from __future__ import annotations

import uuid

from app.services.reports.definition import ReportDefinition
from app.services.reports.saved import SavedReport
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv


class SaveNewReportCommand(ServiceCommand):
    """Save a new report; undo removes it for good, redo saves it again under the same id."""

    def __init__(self, env: ViewEnv, name: str, report: ReportDefinition) -> None:
        super().__init__(env, f"Save report “{name}”")
        self.name, self.report = name, report
        self.report_id: uuid.UUID | None = None
        self.saved: SavedReport | None = None

    def _redo(self) -> None:
        self.saved = self.env.ctx.reports.create(self.name, self.report, self.report_id).value
        self.report_id = self.saved.id

    def _undo(self) -> None:
        assert self.report_id is not None
        self.env.ctx.reports.delete(self.report_id)
        self.env.ctx.trash.purge([("saved_view", self.report_id)])


class UpdateReportCommand(ServiceCommand):
    """Save a changed definition over a saved report; undo puts the one before back."""

    def __init__(self, env: ViewEnv, before: SavedReport, report: ReportDefinition) -> None:
        super().__init__(env, f"Save report “{before.name}”")
        self.before, self.report = before, report
        self.version = before.version

    def _apply(self, report: ReportDefinition) -> None:
        self.version = self.env.ctx.reports.update(self.before.id, report, self.version).value.version

    def _redo(self) -> None:
        self._apply(self.report)

    def _undo(self) -> None:
        assert self.before.definition is not None
        self._apply(self.before.definition)


class RenameReportCommand(ServiceCommand):
    def __init__(self, env: ViewEnv, before: SavedReport, name: str) -> None:
        super().__init__(env, f"Rename report “{before.name}” to “{name}”")
        self.before, self.name = before, name

    def _redo(self) -> None:
        self.env.ctx.reports.rename(self.before.id, self.name)

    def _undo(self) -> None:
        self.env.ctx.reports.rename(self.before.id, self.before.name)


class DeleteReportCommand(ServiceCommand):
    """Move a saved report to the trash; undo restores it."""

    def __init__(self, env: ViewEnv, report: SavedReport) -> None:
        super().__init__(env, f"Delete report “{report.name}”")
        self.report = report

    def _redo(self) -> None:
        self.env.ctx.reports.delete(self.report.id)

    def _undo(self) -> None:
        self.env.ctx.reports.restore(self.report.id)
