"""Issue 4 (tasks and iCalendar) figures: the Tasks page's query and the reminder poll among many activities,
completing a task, and importing/exporting .ics files."""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from app.config import Settings
from app.context import AppContext
from app.models import Activity, ActivityKind, uuid7_many
from app.services.scheduling.activities import ActivityInput
from benchmarks.common import Result, median_ms

SECTION = "Tasks, reminders and iCalendar (issue 4)"
NOTE = (
    "A fresh SQLite database with `activities` rows spread over 20 users (one in ten open, the rest done); "
    "the measured user owns 1/20 of them. Tasks page = `my_tasks` (open tasks grouped in local days); "
    "reminder poll = `due_reminders`, run every 30 s on the GUI thread; import = the whole "
    "`rapport import activities` path (parse, resolve zones, validate, insert in one transaction). The targets are ours: the issue sets none for this part."
)
SIZES = {"small": 5_000, "large": 200_000}
ICS_EVENTS = {"small": 200, "large": 5_000}
BERLIN = ZoneInfo("Europe/Berlin")


def _fill(ctx: AppContext, count: int, users: list[object]) -> None:
    now = datetime.now(UTC)
    ids = uuid7_many(count)
    rows = []
    for i, activity_id in enumerate(ids):
        due = now + timedelta(hours=(i % 2000) - 500)
        open_ = i % 10 == 0
        rows.append(
            {
                "id": activity_id,
                "version": 1,
                "kind": ActivityKind.TASK if i % 3 else ActivityKind.CALL,
                "subject": f"Activity {i}",
                "body": "",
                "owner_id": users[i % len(users)],
                "due_at": due,
                "start_at": due if i % 3 == 0 else None,
                "done_at": None if open_ else due,
                "occurred_at": due,
                "reminder_at": due - timedelta(minutes=15) if i % 7 == 0 else None,
                "reminded_at": None if i % 14 == 0 else due,
                "created_at": now,
                "updated_at": now,
                "custom": {},
            }
        )
    with ctx.engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            conn.execute(insert(Activity), rows[start : start + 5000])


def _ics(events: int) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"]
    for i in range(events):
        day = datetime(2026, 3, 2) + timedelta(days=i % 300, hours=i % 9)
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{i}@example.com",
            f"SUMMARY:Meeting {i}",
            f"DTSTART;TZID=W. Europe Standard Time:{day:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=W. Europe Standard Time:{day + timedelta(minutes=45):%Y%m%dT%H%M%S}",
            "DESCRIPTION:Agenda\\nItem one\\, item two",
            "BEGIN:VALARM",
            "TRIGGER:-PT15M",
            "ACTION:DISPLAY",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def run(size: str) -> list[Result]:
    count = SIZES.get(size, int(size) if size.isdigit() else SIZES["small"])
    events = ICS_EVENTS.get(size, ICS_EVENTS["small"])
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Settings(db_url=f"sqlite:///{Path(tmp) / 'tasks.db'}"))
        try:
            users = [ctx.lookups.ensure_user(f"User {i}", f"user{i}@example.com").id for i in range(19)]
            me = ctx.current_user.id  # type: ignore[union-attr]
            _fill(ctx, count, [me, *users])
            service = ctx.activities
            open_mine = service.my_tasks(me, BERLIN).total
            page = median_ms(lambda: service.my_tasks(me, BERLIN), repeat=7)
            pending = service.due_reminders(me)
            service.mark_reminded([r.id for r in pending])
            poll = median_ms(lambda: service.due_reminders(me), repeat=7)  # the steady state: none due
            task = service.create(ActivityInput(subject="Bench task", owner_id=me)).value

            def toggle() -> None:
                current = service.get(task.id)
                (service.reopen if current.is_done else service.complete)(task.id)

            complete = median_ms(toggle, repeat=9)
            text = _ics(events)
            started = time.perf_counter()
            ctx.calendar.import_text(text, BERLIN, me)
            imported = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            ctx.calendar.import_text(text, BERLIN, me)  # the same file again: updates by UID
            reimported = (time.perf_counter() - started) * 1000
            exported_text = ""

            def export() -> None:
                nonlocal exported_text
                exported_text = ctx.calendar.export_text(me)

            exported = median_ms(export, repeat=3)
        finally:
            ctx.close()
    n_exported = exported_text.count("BEGIN:VEVENT") + exported_text.count("BEGIN:VTODO")
    return [
        Result(f"Tasks page query ({open_mine:,} open of {count:,} activities)", page, target=100),
        Result(
            "Reminder poll (due reminders, every 30 s)", poll, target=20, note=f"after {len(pending):,} shown"
        ),
        Result("Complete or reopen a task (service)", complete, target=50),
        Result(
            f"Import .ics, {events:,} Outlook events with a Windows zone", imported, note="one transaction"
        ),
        Result(f"Re-import the same .ics ({events:,} updates by UID)", reimported),
        Result(f"Export .ics of one user ({n_exported:,} tasks and events)", exported),
    ]
