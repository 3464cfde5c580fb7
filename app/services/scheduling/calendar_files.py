"""iCalendar: export tasks (VTODO) and calls/meetings (VEVENT) to .ics; import events and to-dos as activities.

An import is atomic: the whole file is read and every item validated before one unit of work writes it, so
a bad file imports nothing. Items are matched by UID (our own exports carry `<id>@rapport`), so importing
the same file again updates instead of duplicating. A repeating event is imported as its first occurrence
and the result says so; moved single occurrences (RECURRENCE-ID) are skipped.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import delete, or_, select

from app.models import Activity, ActivityKind, utcnow, uuid7
from app.models.activity import Priority
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.scheduling.activities import (
    ENTITY,
    ActivityDetail,
    ActivityInput,
    activity_detail,
    rescore_leads,
    validate,
)
from app.services.scheduling.ical_read import (
    Component,
    IcsError,
    ZoneResolver,
    duration,
    moment,
    parse,
    unescape,
)
from app.services.scheduling.ical_write import calendar_text

UID_SUFFIX = "@rapport"


def _priority(value: str) -> str:
    """iCalendar PRIORITY (1 highest .. 9 lowest, 0 undefined) as ours."""
    number = int(value) if value.strip().isdigit() else 0
    if number == 1:
        return Priority.URGENT.value
    if 2 <= number <= 4:
        return Priority.HIGH.value
    if number >= 6:
        return Priority.LOW.value
    return Priority.NORMAL.value


@dataclass(frozen=True)
class ParsedItem:
    uid: str
    data: ActivityInput
    line: int
    where: str


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


def read_items(
    text: str, local: tzinfo, owner_id: uuid.UUID | None
) -> tuple[list[ParsedItem], int, list[str]]:
    """Parse and validate every VEVENT and VTODO; IcsError names the first bad line."""
    calendar = parse(text)
    if calendar.name != "VCALENDAR":
        raise IcsError(calendar.line, "the file must start with BEGIN:VCALENDAR")
    zones = ZoneResolver(calendar)
    items: list[ParsedItem] = []
    skipped, repeating = 0, 0
    for number, comp in enumerate(calendar.children, start=1):
        if comp.name not in ("VEVENT", "VTODO"):
            continue
        where = f"{comp.name} “{unescape(comp.value('SUMMARY'))[:60]}”" if comp.get("SUMMARY") else comp.name
        if comp.get("RECURRENCE-ID") is not None:
            skipped += 1  # one moved occurrence of a series: we keep the series' first occurrence
            continue
        data = _to_input(comp, zones, local, where, owner_id)
        if comp.get("RRULE") is not None:
            repeating += 1
            data = replace(data, body=(data.body + "\n\n" if data.body else "") + _repeat_note(comp))
        uid = comp.value("UID").strip() or f"line-{comp.line}-{number}"
        try:
            validate(data)
        except ValidationError as exc:
            raise IcsError(comp.line, str(exc), where) from exc
        items.append(ParsedItem(uid, data, comp.line, where))
    seen: dict[str, int] = {}
    for item in items:
        if item.uid in seen:
            raise IcsError(
                item.line, f"UID {item.uid} is used twice (also on line {seen[item.uid]})", item.where
            )
        seen[item.uid] = item.line
    notes = []
    if repeating:
        notes.append(f"{repeating} repeating event(s) imported as their first occurrence only")
    return items, skipped, notes


def _repeat_note(comp: Component) -> str:
    return f"Repeats in the source calendar ({comp.value('RRULE')}); only the first occurrence was imported."


def _to_input(
    comp: Component, zones: ZoneResolver, local: tzinfo, where: str, owner_id: uuid.UUID | None
) -> ActivityInput:
    def when(name: str) -> tuple[datetime | None, bool]:
        prop = comp.get(name)
        return moment(prop, zones, local, where) if prop is not None else (None, False)

    start, all_day = when("DTSTART")
    end, _ = when("DTEND")
    due, _ = when("DUE")
    completed, _ = when("COMPLETED")
    dur = comp.get("DURATION")
    if comp.name == "VEVENT":
        if start is None:
            raise IcsError(comp.line, "an event needs DTSTART", where)
        if end is None:
            end = start + (duration(dur, where) if dur else timedelta(days=1) if all_day else timedelta())
        kind = comp.value("X-RAPPORT-KIND", ActivityKind.MEETING.value).lower()
        kind = kind if kind in (ActivityKind.CALL.value, ActivityKind.MEETING.value) else ActivityKind.MEETING
    else:
        kind = ActivityKind.TASK.value
        if due is None and start is not None and dur is not None:
            due = start + duration(dur, where)
    status = comp.value("STATUS").upper()
    if completed is None and status == "COMPLETED":
        completed = due or start or utcnow()
    percent = comp.value("PERCENT-COMPLETE").strip()
    progress = int(percent) if percent.isdigit() else (100 if completed else 0)
    return ActivityInput(
        kind=str(kind),
        subject=unescape(comp.value("SUMMARY")).strip()[:300] or "(no subject)",
        body=unescape(comp.value("DESCRIPTION")),
        owner_id=owner_id,
        start_at=_utc(start),
        end_at=_utc(end),
        due_at=_utc(due),
        done_at=_utc(completed),
        priority=_priority(comp.value("PRIORITY")),
        progress=progress,
        reminder_at=_utc(_alarm(comp, zones, local, where, start, due, end)),
        external_uid=comp.value("UID").strip() or None,
    )


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def _alarm(
    comp: Component,
    zones: ZoneResolver,
    local: tzinfo,
    where: str,
    start: datetime | None,
    due: datetime | None,
    end: datetime | None,
) -> datetime | None:
    """The earliest alarm's time; Apple's placeholder alarms (dated 1976) are ignored."""
    times = []
    for alarm in (c for c in comp.children if c.name == "VALARM"):
        trigger = alarm.get("TRIGGER")
        if trigger is None or alarm.value("X-APPLE-DEFAULT-ALARM").upper() == "TRUE":
            continue
        if trigger.params.get("VALUE", "").upper() == "DATE-TIME":
            at, _ = moment(trigger, zones, local, where)
        else:
            anchor = end if trigger.params.get("RELATED", "").upper() == "END" else (start or due)
            if anchor is None:
                continue
            at = anchor + duration(trigger, where)
        if at.year >= 1990:
            times.append(at)
    return min(times) if times else None


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
                if existing is None:  # added in bulk: one flush for the whole file
                    occurred = values["start_at"] or values["due_at"] or now
                    obj = Activity(**values, id=uuid7(), created_at=now, occurred_at=occurred)
                    session.add(obj)
                    work.audit(ENTITY, obj.id, "create")
                    created.append(obj.id)
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

    def export_text(self, owner_id: uuid.UUID | None = None) -> str:
        """Every live task, call and meeting (of one owner if given) as an iCalendar file."""
        kinds = (ActivityKind.TASK, ActivityKind.CALL, ActivityKind.MEETING)
        with self.uow.read() as session:
            stmt = select(Activity).where(Activity.deleted_at.is_(None), Activity.kind.in_(kinds))
            if owner_id is not None:
                stmt = stmt.where(Activity.owner_id == owner_id)
            rows: list[Any] = list(session.scalars(stmt.order_by(Activity.occurred_at, Activity.id)))
            return calendar_text(rows, utcnow())


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
