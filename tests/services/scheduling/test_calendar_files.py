"""iCalendar import and export: Outlook, Google and Apple files, time zones, atomic failure, UID matching."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from app.models import Activity
from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.calendar_files import CalendarService
from app.services.scheduling.ical_read import IcsError
from tests.paths import DATA as DATA_DIR

DATA = DATA_DIR / "ics"
BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")


def _import(ctx, name, tz=BERLIN):
    text = (DATA / name).read_text(encoding="utf-8")
    return CalendarService(ctx.uow).import_text(text, tz, ctx.current_user.id).value


def _by_subject(ctx):
    with ctx.sessions() as s:
        return {a.subject: a for a in s.scalars(select(Activity).where(Activity.deleted_at.is_(None)))}


def _count(ctx):
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(Activity).where(Activity.deleted_at.is_(None)))


def test_outlook_windows_zone_alarm_and_all_day(ctx):
    result = _import(ctx, "outlook.ics", tz=TOKYO)
    assert (len(result.created), len(result.updated)) == (2, 0)
    got = _by_subject(ctx)
    review = got["Quarterly review with Acme"]
    assert review.kind.value == "meeting"
    # 10:00 "W. Europe Standard Time" on 10 March (winter, UTC+1) is 09:00 UTC
    assert review.start_at == datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    assert review.end_at == datetime(2026, 3, 10, 10, 30, tzinfo=UTC)
    assert review.reminder_at == datetime(2026, 3, 10, 8, 45, tzinfo=UTC)
    assert review.body == "Agenda:\n1. Renewal terms\n2. Rollout plan, phase two\n"
    assert review.location == "Acme HQ, Berlin" and not review.all_day
    assert review.owner_id == ctx.current_user.id and review.external_uid.startswith("0400000082")
    fair = got["Trade fair (all day)"]
    # an all-day event keeps its date whatever the importing user's zone (here Tokyo): 1 April
    assert fair.all_day and fair.start_at == datetime(2026, 4, 1, 0, 0, tzinfo=UTC)
    assert fair.end_at - fair.start_at == timedelta(days=1)
    assert fair.priority.value == "urgent"


def test_google_utc_tzid_repeating_and_moved_occurrence(ctx):
    result = _import(ctx, "google.ics")
    assert len(result.created) == 3 and result.skipped == 1
    assert "1 repeating event(s) imported as their first occurrence only" in result.summary()
    got = _by_subject(ctx)
    standup = got["Pipeline stand-up"]
    assert standup.start_at == datetime(2026, 7, 6, 7, 0, tzinfo=UTC)  # 09:00 CEST
    assert standup.reminder_at == datetime(2026, 7, 6, 6, 50, tzinfo=UTC)
    assert "https://meet.google.com/abc-defg-hij\nBring the forecast, please." in standup.body
    assert "only the first occurrence was imported" in standup.body
    assert got["Call with Globex procurement"].start_at == datetime(2026, 7, 8, 14, 0, tzinfo=UTC)
    offsite = got["Offsite"]
    assert offsite.end_at - offsite.start_at == timedelta(days=2)
    assert offsite.all_day and offsite.start_at == datetime(
        2026, 7, 20, 0, 0, tzinfo=UTC
    )  # its date, any zone


def test_apple_todos_floating_time_and_placeholder_alarm(ctx):
    _import(ctx, "apple.ics")
    got = _by_subject(ctx)
    contract = got["Send the signed contract to Initech"]
    assert contract.kind.value == "task"
    assert contract.due_at == datetime(2026, 3, 12, 21, 0, tzinfo=UTC)  # 17:00 EDT (DST began 8 March)
    assert (contract.progress, contract.priority.value, contract.done_at) == (50, "urgent", None)
    assert contract.reminder_at == datetime(2026, 3, 12, 13, 0, tzinfo=UTC)
    flights = got["Book flights for the trade fair"]
    assert flights.done_at == datetime(2026, 3, 4, 10, 15, tzinfo=UTC) and flights.progress == 100
    assert flights.priority.value == "low"
    lunch = got["Lunch with Bob"]
    assert lunch.start_at == datetime(2026, 3, 15, 11, 30, tzinfo=UTC)  # floating: Berlin local time
    assert lunch.reminder_at is None  # Apple's 1976 placeholder alarm is not a reminder


def test_a_zone_known_only_from_its_vtimezone(ctx):
    _import(ctx, "custom_zone.ics")
    review = _by_subject(ctx)["Review in a custom zone"]
    assert review.start_at == datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "bad_date.ics",
            "line 11 (VEVENT “Broken start”): DTSTART: “2026-03-11 10:00” is not a date or time",
        ),
        ("unclosed.ics", "line 7: END:VCALENDAR but VEVENT is open"),
    ],
)
def test_a_bad_file_names_the_line_and_imports_nothing(ctx, name, message):
    with pytest.raises(IcsError) as err:
        _import(ctx, name)
    assert str(err.value) == message
    assert _count(ctx) == 0


def test_unknown_zone_and_not_a_calendar_are_refused(ctx):
    text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Mars/Olympus:20260101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    with pytest.raises(IcsError, match=r"line 4 .*unknown time zone “Mars/Olympus”"):
        CalendarService(ctx.uow).import_text(text, BERLIN)
    with pytest.raises(IcsError, match="line 1: not an iCalendar file"):
        CalendarService(ctx.uow).import_text("Name,Email\r\nAda,ada@example.com\r\n", BERLIN)
    assert _count(ctx) == 0


def test_reimport_updates_by_uid_and_undo_puts_it_back(ctx):
    service = CalendarService(ctx.uow)
    first = _import(ctx, "google.ics")
    standup_id = _by_subject(ctx)["Pipeline stand-up"].id
    edited = ctx.activities.get(standup_id)
    ctx.activities.update(standup_id, replace(edited.as_input(), subject="Renamed locally"), edited.version)
    second = _import(ctx, "google.ics")
    assert (len(second.created), len(second.updated)) == (0, 3)
    assert _count(ctx) == 3
    assert ctx.activities.get(standup_id).subject == "Pipeline stand-up"
    service.undo_import(second)
    assert ctx.activities.get(standup_id).subject == "Renamed locally"
    service.undo_import(first)  # removes what the first import created
    assert _count(ctx) == 0


def test_export_round_trip_keeps_times_progress_and_reminders(ctx):
    me = ctx.current_user.id
    due = datetime(2026, 4, 1, 15, 0, tzinfo=UTC)
    task = ctx.activities.create(
        ActivityInput(
            subject="Prepare offer; check prices, margins",
            body="Line 1\nLine 2 with a long text " + "x" * 120,
            owner_id=me,
            due_at=due,
            progress=30,
            priority="high",
            reminder_at=due - timedelta(hours=1),
        )
    ).value
    start = datetime(2026, 4, 2, 8, 0, tzinfo=UTC)
    meeting = ctx.activities.create(
        ActivityInput(
            kind="meeting", subject="Kick-off", owner_id=me, start_at=start, end_at=start + timedelta(hours=1)
        )
    ).value
    ctx.activities.create(ActivityInput(kind="note", subject="A note is not exported", owner_id=me))
    text = CalendarService(ctx.uow).export_text()
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar = Calendar.from_ical(text)
    assert [c.name for c in calendar.subcomponents] == ["VTODO", "VEVENT"]
    todo = calendar.subcomponents[0]
    assert todo["UID"] == f"{task.id}@rapport"
    assert todo["DUE"].to_ical() == b"20260401T150000Z" and todo["PERCENT-COMPLETE"] == 30
    assert todo["PRIORITY"] == 3 and todo["SUMMARY"].to_ical() == b"Prepare offer\\; check prices\\, margins"
    trigger = todo.subcomponents[0]["TRIGGER"]
    assert trigger.to_ical() == b"20260401T140000Z" and trigger.params["VALUE"] == "DATE-TIME"
    # importing our own export matches our records by id: nothing is duplicated
    result = CalendarService(ctx.uow).import_text(text, TOKYO, me).value
    assert (len(result.created), {d.id for d in result.updated}) == (0, {task.id, meeting.id})
    again = ctx.activities.get(task.id)
    assert (again.subject, again.body, again.due_at, again.progress, again.priority) == (
        task.subject,
        task.body,
        due,
        30,
        "high",
    )
    assert again.reminder_at == task.reminder_at and again.external_uid is None
    assert ctx.activities.get(meeting.id).end_at == start + timedelta(hours=1)
