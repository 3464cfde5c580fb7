"""iCalendar: export tasks (VTODO) and calls/meetings (VEVENT) to .ics; import events and to-dos as activities.

An import is atomic: the whole file is read and every item validated before one unit of work writes it, so
a bad file imports nothing. Items are matched by UID (our own exports carry `<id>@rapport`), so importing
the same file again updates instead of duplicating. A repeating event is imported as its first occurrence
and the result says so; moved single occurrences (RECURRENCE-ID) are skipped (ical_items reads the file).
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from sqlalchemy import delete, or_, select

from app.models import Activity, ActivityKind, utcnow, uuid7
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.uow import UnitOfWorkFactory
from app.services.scheduling.activities import (
    ENTITY,
    ActivityDetail,
    activity_detail,
    rescore_leads,
    validate,
)
from app.services.scheduling.ical_items import ParsedItem, read_items
from app.services.scheduling.ical_write import calendar_text

UID_SUFFIX = "@rapport"
FLUSH_EVERY = 2_000
__all__ = ["CalendarService", "IcsImportResult", "ParsedItem", "read_items"]


@dataclass(frozen=True)
class IcsImportResult:
    created: tuple[uuid.UUID, ...]
    updated: tuple[ActivityDetail, ...]  # each as it was before, so undo can put it back
    skipped: int
    notes: tuple[str, ...]

    def summary(self) -> str:
        text = f"{len(self.created)} created, {len(self.updated)} updated"
        if self.skipped:
            text += f", {self.skipped} skipped"
        return "; ".join((text, *self.notes))


class CalendarService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def import_text(
        self, text: str, local: tzinfo, owner_id: uuid.UUID | None = None
    ) -> Outcome[IcsImportResult]:
        """Import a whole .ics file in one transaction; IcsError (nothing written) if any item is bad."""
        items, skipped, notes = read_items(text, local, owner_id)
        created: list[uuid.UUID] = []
        updated: list[ActivityDetail] = []
        with self.uow() as work:
            session = work.session
            matches = _matches(session, [item.uid for item in items])
            now = utcnow()
            for item in items:
                values = validate(item.data)
                existing = matches.get(item.uid)
                if existing is None:  # added in bulk, flushed a chunk at a time
                    occurred = values["start_at"] or values["due_at"] or now
                    obj = Activity(**values, id=uuid7(), created_at=now, occurred_at=occurred)
                    session.add(obj)
                    work.audit(ENTITY, obj.id, "create")
                    created.append(obj.id)
                    if len(created) % FLUSH_EVERY == 0:  # flushed objects are only weakly held: memory
                        session.flush()  # stays flat (100,000 events: 1.1 GB when flushed once)
                    continue
                updated.append(activity_detail(session, existing))
                ours = item.uid.endswith(UID_SUFFIX)
                uid = existing.external_uid or (None if ours else item.uid)
                keep = {"owner_id": existing.owner_id, "external_uid": uid}
                values.update(keep)  # an import does not reassign the task nor forget where it came from
                values["occurred_at"] = values["start_at"] or values["due_at"] or existing.created_at
                writes.apply_fields(work, existing, ENTITY, values)
            session.flush()
            work.changed(ENTITY, ChangeKind.CREATED, created)
            rescore_leads(work, {a.lead_id for a in updated})
        return Outcome(IcsImportResult(tuple(created), tuple(updated), skipped, tuple(notes)), work.changes)

    def undo_import(self, result: IcsImportResult) -> Outcome[int]:
        """Remove what an import created and put back what it updated."""
        with self.uow() as work:
            session = work.session
            if result.created:
                session.execute(delete(Activity).where(Activity.id.in_(result.created)))
                for record_id in result.created:
                    work.audit(ENTITY, record_id, "purge")
                work.changed(ENTITY, ChangeKind.PURGED, result.created)
            for before in result.updated:
                obj = writes.get_live(session, Activity, before.id, ENTITY)
                values = validate(before.as_input())
                values["occurred_at"] = before.occurred_at
                writes.apply_fields(work, obj, ENTITY, values)
            rescore_leads(work, {a.lead_id for a in result.updated})
        return Outcome(len(result.created) + len(result.updated), work.changes)

    def export_text(self, owner_id: uuid.UUID | None = None, local: tzinfo | None = None) -> str:
        """Every live task, call and meeting (of one owner if given) as an iCalendar file; events from
        midnight to midnight in `local` are written as all-day events."""
        kinds = (ActivityKind.TASK, ActivityKind.CALL, ActivityKind.MEETING)
        with self.uow.read() as session:
            stmt = select(Activity).where(Activity.deleted_at.is_(None), Activity.kind.in_(kinds))
            if owner_id is not None:
                stmt = stmt.where(Activity.owner_id == owner_id)
            rows: list[Any] = list(session.scalars(stmt.order_by(Activity.occurred_at, Activity.id)))
            return calendar_text(rows, utcnow(), local)


def _matches(session: Any, uids: list[str]) -> dict[str, Activity]:
    """The live activities these UIDs stand for: ones we exported (`<id>@rapport`) or imported before."""
    found: dict[str, Activity] = {}
    ours: dict[uuid.UUID, str] = {}
    for uid in uids:
        if uid.endswith(UID_SUFFIX):
            with contextlib.suppress(ValueError):  # not one of ours after all
                ours[uuid.UUID(uid.removesuffix(UID_SUFFIX))] = uid
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        wanted = set(chunk)
        ids = [i for i, uid in ours.items() if uid in wanted]
        stmt = select(Activity).where(
            Activity.deleted_at.is_(None), or_(Activity.external_uid.in_(chunk), Activity.id.in_(ids))
        )
        for activity in session.scalars(stmt):
            if activity.id in ours:
                found[ours[activity.id]] = activity
            elif activity.external_uid is not None:
                found.setdefault(activity.external_uid, activity)
    return found
