"""Saved reports: a definition's JSON under a name, kept as saved views of the page "reports".

The `saved_views` table already holds a name, a page and a JSON state per row (unique per page and
name), goes to the trash and is audited, so reports need no table of their own. A stored definition is
read with `ReportDefinition.from_json`; a damaged one is listed with its problem instead of breaking
the page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SavedView
from app.services.core import writes
from app.services.core.errors import FieldError, RapportError, ValidationError
from app.services.core.uow import Work
from app.services.reports.definition import ReportDefinition

PAGE = "reports"
ENTITY = "saved_view"  # the change-record and trash name of a saved view
NAME_LIMIT = 120


@dataclass(frozen=True)
class SavedReport:
    id: uuid.UUID
    name: str
    definition: ReportDefinition | None  # None when the stored JSON is damaged (see `problem`)
    problem: str = ""
    version: int = 1


def to_saved(view: SavedView) -> SavedReport:
    try:
        definition = ReportDefinition.from_json(view.state)
    except RapportError as exc:
        return SavedReport(view.id, view.name, None, str(exc), view.version)
    return SavedReport(view.id, view.name, definition, "", view.version)


def clean_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(FieldError("name", "give the report a name"))
    if len(name) > NAME_LIMIT:
        raise ValidationError(FieldError("name", f"is longer than {NAME_LIMIT} characters"))
    return name


def find_by_name(session: Session, name: str) -> SavedView | None:
    return session.scalar(select(SavedView).where(SavedView.page == PAGE, SavedView.name == name))


def refuse_taken(session: Session, name: str, own_id: uuid.UUID | None) -> None:
    """Refuse a name another saved report holds, in the trash too (restoring it must not collide)."""
    taken = find_by_name(session, name)
    if taken is None or taken.id == own_id:
        return
    where = " in the trash (restore it, or choose another name)" if taken.deleted_at is not None else ""
    raise ValidationError(FieldError("name", f"a report named “{name}” already exists{where}"))


def store_new(work: Work, name: str, definition: ReportDefinition, report_id: uuid.UUID | None) -> SavedView:
    """Insert a saved report (the name checked inside the write's transaction)."""
    refuse_taken(work.session, name, None)
    view = SavedView(page=PAGE, name=name, state=definition.to_json())
    if report_id is not None:
        view.id = report_id
    return writes.create(work, view, ENTITY)


def live(session: Session, report_id: uuid.UUID) -> SavedView:
    view = writes.get_live(session, SavedView, report_id, ENTITY)
    if view.page != PAGE:
        raise ValidationError(FieldError("id", "that saved view is not a report"))
    return view
