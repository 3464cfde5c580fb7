"""Write activities as iCalendar 2.0 with the `icalendar` package: VEVENT for calls and meetings, VTODO for
tasks, times in UTC; icalendar escapes the text and folds the lines at 75 octets.

An all-day activity (migration 0018) is written with DTSTART and DTEND as dates (VALUE=DATE), its UTC
dates; so is an older event that runs from midnight to midnight in the user's zone (how all-day events
were stored before the flag). LOCATION is written as stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

import app
from app.models import ActivityKind
from app.models.activity import Priority

_PRIORITY = {Priority.URGENT: 1, Priority.HIGH: 3, Priority.NORMAL: 5, Priority.LOW: 9}


def uid_of(activity: Any) -> str:
    return str(activity.external_uid or f"{activity.id}@rapport")


def whole_days(start: datetime, end: datetime | None, local: tzinfo | None) -> tuple[date, date] | None:
    """(first day, day after the last) when start and end are local midnights a whole number of days
    apart, else None."""
    if local is None or end is None or end <= start:
        return None
    first, after = start.astimezone(local), end.astimezone(local)
    if first.time() != time() or after.time() != time():
        return None
    return first.date(), after.date()


def _days(activity: Any, local: tzinfo | None) -> tuple[date, date] | None:
    """The dates an all-day activity covers (first day, day after the last), None for a timed one."""
    if activity.all_day and activity.start_at is not None:
        first = _utc(activity.start_at).date()
        end = activity.end_at or activity.due_at
        after = _utc(end).date() if end is not None else first
        return first, max(after, first + timedelta(days=1))
    if activity.kind == ActivityKind.TASK or activity.start_at is None:
        return None
    return whole_days(activity.start_at, activity.end_at, local)


def _utc(when: datetime) -> datetime:
    return when.astimezone(UTC)


def _component(activity: Any, now: datetime, local: tzinfo | None) -> Any:
    from icalendar import Alarm, Event, Todo

    is_task = activity.kind == ActivityKind.TASK
    if not is_task and activity.start_at is None:
        return None  # a call or meeting without a time is a record, not a calendar entry
    item = Todo() if is_task else Event()
    item.add("uid", uid_of(activity))
    item.add("dtstamp", _utc(now))
    item.add("created", _utc(activity.created_at))
    item.add("last-modified", _utc(activity.updated_at))
    item.add("summary", activity.subject)
    if activity.body:
        item.add("description", activity.body)
    if activity.location:
        item.add("location", activity.location)
    days = _days(activity, local)
    if days is not None:
        item.add("dtstart", days[0])
        if not is_task:  # a to-do ends by its DUE
            item.add("dtend", days[1])
    elif activity.start_at is not None:
        item.add("dtstart", _utc(activity.start_at))
    if is_task:
        if activity.due_at is not None:
            item.add("due", _utc(activity.due_at))
        item.add("percent-complete", activity.progress)
        if activity.done_at is not None:
            item.add("status", "COMPLETED")
            item.add("completed", _utc(activity.done_at))
        else:
            item.add("status", "IN-PROCESS" if activity.progress else "NEEDS-ACTION")
    elif days is None:
        item.add("dtend", _utc(activity.end_at or activity.start_at))
    if not is_task:
        item.add("x-rapport-kind", activity.kind.value)
    item.add("priority", _PRIORITY[activity.priority])
    if activity.group_name:
        item.add("categories", [activity.group_name])
    if activity.reminder_at is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", activity.subject)
        alarm.add("trigger", _utc(activity.reminder_at), parameters={"VALUE": "DATE-TIME"})
        item.add_component(alarm)
    return item


def calendar_text(activities: Iterable[Any], now: datetime, local: tzinfo | None = None) -> str:
    """The activities as one calendar; `local` is the zone whose midnights mark all-day events."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", f"-//Rapport//Rapport {app.__version__}//EN")
    calendar.add("calscale", "GREGORIAN")
    for activity in activities:
        component = _component(activity, now, local)
        if component is not None:
            calendar.add_component(component)
    text: str = calendar.to_ical().decode("utf-8")
    return text
