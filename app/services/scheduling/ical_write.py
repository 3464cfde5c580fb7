"""Write activities as iCalendar 2.0: VEVENT for calls and meetings, VTODO for tasks, times in UTC."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import app
from app.models import ActivityKind
from app.models.activity import Priority

_PRIORITY = {Priority.URGENT: 1, Priority.HIGH: 3, Priority.NORMAL: 5, Priority.LOW: 9}


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def uid_of(activity: Any) -> str:
    return str(activity.external_uid or f"{activity.id}@rapport")


def _component(activity: Any, now: datetime) -> list[str] | None:
    is_task = activity.kind == ActivityKind.TASK
    if not is_task and activity.start_at is None:
        return None  # a call or meeting without a time is a record, not a calendar entry
    name = "VTODO" if is_task else "VEVENT"
    lines = [
        f"BEGIN:{name}",
        f"UID:{uid_of(activity)}",
        f"DTSTAMP:{stamp(now)}",
        f"CREATED:{stamp(activity.created_at)}",
        f"LAST-MODIFIED:{stamp(activity.updated_at)}",
        f"SUMMARY:{escape(activity.subject)}",
    ]
    if activity.body:
        lines.append(f"DESCRIPTION:{escape(activity.body)}")
    if activity.start_at is not None:
        lines.append(f"DTSTART:{stamp(activity.start_at)}")
    if is_task:
        if activity.due_at is not None:
            lines.append(f"DUE:{stamp(activity.due_at)}")
        lines.append(f"PERCENT-COMPLETE:{activity.progress}")
        if activity.done_at is not None:
            lines += ["STATUS:COMPLETED", f"COMPLETED:{stamp(activity.done_at)}"]
        else:
            lines.append("STATUS:IN-PROCESS" if activity.progress else "STATUS:NEEDS-ACTION")
    else:
        end = activity.end_at or activity.start_at
        lines += [f"DTEND:{stamp(end)}", f"X-RAPPORT-KIND:{activity.kind.value}"]
    lines.append(f"PRIORITY:{_PRIORITY[activity.priority]}")
    if activity.group_name:
        lines.append(f"CATEGORIES:{escape(activity.group_name)}")
    if activity.reminder_at is not None:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape(activity.subject)}",
            f"TRIGGER;VALUE=DATE-TIME:{stamp(activity.reminder_at)}",
            "END:VALARM",
        ]
    lines.append(f"END:{name}")
    return lines


def calendar_text(activities: Iterable[Any], now: datetime) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Rapport//Rapport {app.__version__}//EN",
        "CALSCALE:GREGORIAN",
    ]
    for activity in activities:
        lines += _component(activity, now) or []
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
