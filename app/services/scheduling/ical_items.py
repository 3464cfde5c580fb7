"""An iCalendar file's events and to-dos as activity inputs, every one validated before anything is written.

A repeating event is read as its first occurrence (the result says so); moved single occurrences
(RECURRENCE-ID) are skipped; a line that cannot be read and is not needed is skipped and named in the
notes. At most `MAX_ITEMS` events and to-dos: a larger file is refused before it fills the memory.
LOCATION goes to the activity's location; an event whose DTSTART is a date (VALUE=DATE) is all-day.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from app.models import ActivityKind, utcnow
from app.models.activity import Priority
from app.services.core.errors import ValidationError
from app.services.scheduling.activities import ActivityInput, validate
from app.services.scheduling.ical_read import (
    Block,
    IcsError,
    UnknownZone,
    Values,
    component_of,
    scan,
    skipped_lines,
    value_of,
)

MAX_ITEMS = 100_000
_ITEM_START = re.compile(r"^BEGIN:(?:VEVENT|VTODO)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_NEEDED = frozenset({"DTSTART", "DTEND", "DUE", "COMPLETED", "DURATION", "TRIGGER"})


@dataclass(frozen=True)
class ParsedItem:
    uid: str
    data: ActivityInput
    line: int
    where: str
    repeats: bool = False


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


def read_items(
    text: str, local: tzinfo, owner_id: uuid.UUID | None
) -> tuple[list[ParsedItem], int, list[str]]:
    """Parse and validate every VEVENT and VTODO; IcsError names the first bad line."""
    _check_count(text)
    zones: dict[str, tzinfo] = {}
    items: list[ParsedItem] = []
    waiting: list[Block] = []  # items in a zone whose VTIMEZONE may come further down
    notes: list[str] = []
    skipped = 0
    for block in scan(text):
        if block.name == "VTIMEZONE":
            _add_zone(block, zones)
        elif block.name in ("VEVENT", "VTODO"):
            try:
                item = _item(block, zones, local, owner_id, notes)
            except UnknownZone:
                waiting.append(block)
                continue
            skipped += item is None
            items += [item] if item is not None else []
    for block in waiting:
        try:
            item = _item(block, zones, local, owner_id, notes)
        except UnknownZone as exc:
            where = block.name
            raise IcsError(
                block.line_of("DTSTART"), f"unknown time zone “{exc}” (no VTIMEZONE defines it)", where
            ) from None
        items += [item] if item is not None else []
    _check_uids(items)
    repeating = sum(item.repeats for item in items)
    if repeating:
        notes.insert(0, f"{repeating} repeating event(s) imported as their first occurrence only")
    return items, skipped, notes


def _check_count(text: str) -> None:
    """Refuse a file of more than MAX_ITEMS events and to-dos before reading any of them."""
    for count, found in enumerate(_ITEM_START.finditer(text), start=1):
        if count > MAX_ITEMS:
            line = text.count("\n", 0, found.start()) + 1
            raise IcsError(line, f"more than {MAX_ITEMS:,} events and to-dos; split the file")


def _add_zone(block: Block, zones: dict[str, tzinfo]) -> None:
    component = component_of(block)
    tzid = str(component.get("TZID", ""))
    try:
        zones[tzid] = component.to_tz()
    except Exception as exc:  # icalendar raises many kinds for a definition it cannot use
        raise IcsError(block.line, f"the time zone “{tzid}” cannot be read: {exc}") from exc


def _item(
    block: Block, zones: dict[str, tzinfo], local: tzinfo, owner_id: uuid.UUID | None, notes: list[str]
) -> ParsedItem | None:
    component = component_of(block)
    summary = _first_text(component, "SUMMARY")
    where = f"{block.name} “{summary[:60]}”" if summary else block.name
    if component.get("RECURRENCE-ID") is not None:
        return None  # one moved occurrence of a series: we keep the series' first occurrence
    values = Values(block, component, zones, local, where)
    data = _to_input(values, block.name, owner_id)
    if component.get("RRULE") is not None:
        rule = component.get("RRULE")
        rule = rule[0] if isinstance(rule, list) else rule
        note = f"Repeats in the source calendar ({rule.to_ical().decode('utf-8', 'replace')});"
        note += " only the first occurrence was imported."
        data = replace(data, body=(data.body + "\n\n" if data.body else "") + note)
    try:
        validate(data)
    except ValidationError as exc:
        raise IcsError(block.line, str(exc), where) from exc
    notes += skipped_lines(block, component, _NEEDED)
    uid = values.text("UID").strip() or f"line-{block.line}"
    return ParsedItem(uid, data, block.line, where, component.get("RRULE") is not None)


def _first_text(component: Any, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None else str(value)


def _check_uids(items: list[ParsedItem]) -> None:
    seen: dict[str, int] = {}
    for item in items:
        if item.uid in seen:
            raise IcsError(
                item.line, f"UID {item.uid} is used twice (also on line {seen[item.uid]})", item.where
            )
        seen[item.uid] = item.line


def _to_input(values: Values, name: str, owner_id: uuid.UUID | None) -> ActivityInput:
    start, all_day = values.moment("DTSTART")
    end, _ = values.moment("DTEND")
    due, _ = values.moment("DUE")
    completed, _ = values.moment("COMPLETED")
    length = values.duration("DURATION") if values.has("DURATION") else None
    if name == "VEVENT":
        if start is None:
            raise values.error("DTSTART", "an event needs DTSTART")
        if end is None:
            fallback = timedelta(days=1) if all_day else timedelta()
            end = values.later(start, length if length is not None else fallback, "DURATION")
        kind = values.text("X-RAPPORT-KIND", ActivityKind.MEETING.value).lower()
        kind = kind if kind in (ActivityKind.CALL.value, ActivityKind.MEETING.value) else ActivityKind.MEETING
    else:
        kind = ActivityKind.TASK.value
        if due is None and start is not None and length is not None:
            due = values.later(start, length, "DURATION")
    if all_day and start is not None:  # a date is the same date everywhere: kept as 00:00 UTC
        start = start.replace(tzinfo=UTC)
        end = end.replace(tzinfo=UTC) if end is not None and end.time() == start.time() else end
    status = values.text("STATUS").upper()
    if completed is None and status == "COMPLETED":
        completed = due or start or utcnow()
    percent = values.text("PERCENT-COMPLETE").strip()
    progress = int(percent) if percent.isdigit() and len(percent) < 4 else (100 if completed else 0)
    return ActivityInput(
        kind=str(kind),
        subject=values.text("SUMMARY").strip()[:300] or "(no subject)",
        body=values.text("DESCRIPTION"),
        owner_id=owner_id,
        start_at=_utc(start),
        end_at=_utc(end),
        due_at=_utc(due),
        done_at=_utc(completed),
        priority=_priority(values.text("PRIORITY")),
        progress=progress,
        reminder_at=_utc(_alarm(values, start, due, end)),
        external_uid=values.text("UID").strip() or None,
        location=values.text("LOCATION").strip()[:255],
        all_day=all_day and start is not None,
    )


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def _alarm(
    values: Values, start: datetime | None, due: datetime | None, end: datetime | None
) -> datetime | None:
    """The earliest alarm's time; Apple's placeholder alarms (dated 1976) are ignored."""
    times = []
    for alarm in values.component.subcomponents:
        if alarm.name != "VALARM" or alarm.get("TRIGGER") is None:
            continue
        if values.text("X-APPLE-DEFAULT-ALARM", component=alarm).upper() == "TRUE":
            continue
        trigger = alarm.get("TRIGGER")
        if isinstance(value_of(trigger), datetime):
            at, _ = values.moment("TRIGGER", component=alarm)
        else:
            related = str(trigger.params.get("RELATED", "")).upper()
            anchor = end if related == "END" else (start or due)
            if anchor is None:
                continue
            at = values.later(anchor, values.duration("TRIGGER", component=alarm), "TRIGGER", alarm)
        if at is not None and at.year >= 1990:
            times.append(at)
    return min(times) if times else None
