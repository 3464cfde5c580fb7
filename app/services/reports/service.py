"""ReportService (`ctx.reports`): the fields a report may use, running a definition, saved reports."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.models import SavedView
from app.services.core import guard, writes
from app.services.core.changes import Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.reports import saved
from app.services.reports.compile import compile_report
from app.services.reports.definition import ReportDefinition
from app.services.reports.export import export_result
from app.services.reports.fields import CHOICES, ENTITIES, Kind, available
from app.services.reports.run import ReportResult, execute
from app.services.reports.saved import SavedReport


@dataclass(frozen=True)
class FieldChoice:
    """A field the builder offers: key, label and kind (dates group by a bucket, numbers aggregate)."""

    key: str
    label: str
    kind: Kind


class ReportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def entities(self) -> list[tuple[str, str]]:
        """(name, label) of every entity a report can be about."""
        return [(spec.name, spec.label) for spec in ENTITIES.values()]

    def fields(self, entity: str) -> list[FieldChoice]:
        spec = ENTITIES.get(entity)
        if spec is None:
            raise ValidationError(FieldError("entity", f"{entity!r} is not one of {', '.join(ENTITIES)}"))
        with self.uow.read() as session:
            return [FieldChoice(f.key, f.label, f.kind) for f in available(spec, session)]

    def filters(self, entity: str) -> frozenset[str]:
        """The list filters (ListQuery field names) that apply to the entity."""
        spec = ENTITIES.get(entity)
        return spec.filters if spec is not None else frozenset()

    def choices(self, entity: str, filter_name: str) -> tuple[str, ...]:
        """The values a status or kind filter offers for the entity (empty: type one)."""
        return tuple(str(v) for v in CHOICES.get((entity, filter_name), ()))

    def check(self, report: ReportDefinition) -> None:
        """Raise ValidationError naming every problem of the definition, without running it."""
        with self.uow.read() as session:
            compile_report(session, report)

    def run(self, report: ReportDefinition, cancelled: Callable[[], bool] | None = None) -> ReportResult:
        """Run the report (grouped in SQL); `cancelled()` turning true stops it with ReportCancelled."""
        with self.uow.read() as session:
            return execute(session, compile_report(session, report), cancelled)

    def require_export(self) -> None:
        """Raise AccessDeniedError unless the signed-in user may export reports (any format, PDF too)."""
        with self.uow.read() as session:
            guard.require(session, "export", "report")

    def export(self, result: ReportResult, path: Path, fmt: str) -> int:
        """Write a result as csv or xlsx (see reports.export) for a user who may export reports."""
        self.require_export()
        return export_result(result, path, fmt)

    # --- saved reports ----------------------------------------------------------------------------
    def saved(self) -> builtins.list[SavedReport]:
        with self.uow.read() as session:
            stmt = (
                select(SavedView)
                .where(SavedView.page == saved.PAGE, SavedView.deleted_at.is_(None))
                .order_by(SavedView.name)
            )
            return [saved.to_saved(v) for v in session.scalars(stmt)]

    def get(self, report_id: uuid.UUID) -> SavedReport:
        with self.uow.read() as session:
            return saved.to_saved(saved.live(session, report_id))

    def create(
        self, name: str, report: ReportDefinition, report_id: uuid.UUID | None = None
    ) -> Outcome[SavedReport]:
        """Save a new report under a name no other report holds (a fixed id re-creates it on redo)."""
        name = saved.clean_name(name)
        self.check(report)
        with self.uow() as work:
            view = saved.store_new(work, name, report, report_id)
            work.session.flush()
            result = saved.to_saved(view)
        return Outcome(result, work.changes)

    def update(
        self, report_id: uuid.UUID, report: ReportDefinition, expected_version: int | None = None
    ) -> Outcome[SavedReport]:
        """Replace a saved report's definition."""
        self.check(report)
        with self.uow() as work:
            view = saved.live(work.session, report_id)
            writes.check_version(view, expected_version)
            writes.apply_fields(work, view, saved.ENTITY, {"state": report.to_json()})
            work.session.flush()
            result = saved.to_saved(view)
        return Outcome(result, work.changes)

    def rename(self, report_id: uuid.UUID, name: str) -> Outcome[SavedReport]:
        name = saved.clean_name(name)
        with self.uow() as work:
            view = saved.live(work.session, report_id)
            saved.refuse_taken(work.session, name, report_id)
            writes.apply_fields(work, view, saved.ENTITY, {"name": name})
            work.session.flush()
            result = saved.to_saved(view)
        return Outcome(result, work.changes)

    def delete(self, report_id: uuid.UUID) -> Outcome[SavedReport]:
        """Move a saved report to the trash."""
        with self.uow() as work:
            view = saved.live(work.session, report_id)
            result = saved.to_saved(view)
            writes.soft_delete(work, SavedView, saved.ENTITY, [report_id])
        return Outcome(result, work.changes)

    def restore(self, report_id: uuid.UUID) -> Outcome[SavedReport]:
        with self.uow() as work:
            if not writes.restore(work, SavedView, saved.ENTITY, [report_id]):
                raise NotFoundError("report", report_id)
            result = saved.to_saved(saved.live(work.session, report_id))
        return Outcome(result, work.changes)
