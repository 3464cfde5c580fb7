"""iCalendar import on hostile and odd files: nesting, folding, size, encoding, absurd values, stray lines;
all-day events and LOCATION."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import delete, func, select

from app.models import Activity
from app.services.scheduling import ical_items
from app.services.scheduling.calendar_files import CalendarService, read_items
from app.services.scheduling.ical_read import IcsError, decode
from tests.paths import DATA as DATA_DIR

BERLIN = ZoneInfo("Europe/Berlin")
HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
TAIL = "END:VCALENDAR\r\n"


def _event(uid: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:20260310T100000Z\r\nSUMMARY:Event {uid}\r\n{body}END:VEVENT\r\n"


def _count(ctx) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(Activity).where(Activity.deleted_at.is_(None)))


def test_deep_nesting_is_refused_at_once(ctx):
    levels = 40_000
    text = HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260101T100000Z\r\n" * levels
    text += "END:VEVENT\r\n" * levels + TAIL
    started = time.perf_counter()
    with pytest.raises(IcsError, match=r"^line 19: BEGIN:VEVENT nests components more than 6 deep"):
        CalendarService(ctx.uow).import_text(text, BERLIN)
    assert time.perf_counter() - started < 5  # was 31.6 s (quadratic)
    assert _count(ctx) == 0


def test_a_million_folded_lines_read_in_linear_time():
    text = HEAD + _event("f", "DESCRIPTION:x", *[" y"] * 1_000_000) + TAIL
    started = time.perf_counter()
    items, _, _ = read_items(text, BERLIN, None)
    assert time.perf_counter() - started < 20  # 5 MB never finished before
    assert items[0].data.body == "x" + "y" * 1_000_000


def test_more_items_than_the_maximum_is_refused_before_reading(ctx, monkeypatch):
    monkeypatch.setattr(ical_items, "MAX_ITEMS", 10)
    text = HEAD + "".join(_event(str(i)) for i in range(11)) + TAIL
    with pytest.raises(IcsError, match=r"^line 54: more than 10 events and to-dos; split the file"):
        CalendarService(ctx.uow).import_text(text, BERLIN)
    assert _count(ctx) == 0
    assert len(read_items(HEAD + "".join(_event(str(i)) for i in range(10)) + TAIL, BERLIN, None)[0]) == 10


def test_a_latin1_file_is_an_encoding_error_not_replacement_characters():
    data = (HEAD + _event("1", "LOCATION:Café Müller") + TAIL).encode("latin-1")
    with pytest.raises(IcsError, match=r"^line 8: byte 0xE9 is not UTF-8: iCalendar files are UTF-8"):
        decode(data)
    assert decode(b"\xef\xbb\xbf" + data.decode("latin-1").encode()).startswith("BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("DURATION:P999999999999999999W", "DURATION: “P999999999999999999W” is too long a duration"),
        ("DURATION:P999999999D", "DURATION: “P999999999D” is too long a duration"),
        ("DURATION:P1X", "DURATION: “P1X” is not a duration"),
    ],
)
def test_an_absurd_duration_is_a_clear_error(ctx, line, message):
    text = HEAD + _event("ok") + _event("bad", line) + TAIL
    with pytest.raises(IcsError) as err:
        CalendarService(ctx.uow).import_text(text, BERLIN)
    assert str(err.value) == f"line 13 (VEVENT “Event bad”): {message}"
    assert _count(ctx) == 0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("DTSTART:00010101T000000", "DTSTART: “00010101T000000” is out of range"),
        ("DTSTART;VALUE=DATE:99991231", "DTSTART: the event would end after the year 9999"),
    ],
)
def test_times_at_the_ends_of_the_calendar_are_a_clear_error(line, message):
    text = HEAD + f"BEGIN:VEVENT\r\nUID:x\r\n{line}\r\nEND:VEVENT\r\n" + TAIL
    with pytest.raises(IcsError) as err:
        read_items(text, ZoneInfo("Asia/Tokyo"), None)  # floating year 1 in Tokyo is year 0 in UTC
    assert str(err.value) == f"line 6 (VEVENT): {message}"


def test_a_malformed_apple_line_is_skipped_and_named(ctx):
    text = HEAD + _event("1") + _event("2", 'X-APPLE-STRUCTURED-LOCATION;X-TITLE="Office:geo:52') + TAIL
    result = CalendarService(ctx.uow).import_text(text, BERLIN).value
    assert len(result.created) == 2
    assert result.notes == (
        "line 13: X-APPLE-STRUCTURED-LOCATION skipped"
        """ ('X-TITLE="Office:geo:52' is not a valid parameter string: "Office:geo:52)""",
    )
    assert "line 13: X-APPLE-STRUCTURED-LOCATION skipped" in result.summary()


def test_a_zone_defined_further_down_is_used():
    zone = (DATA_DIR / "ics" / "custom_zone.ics").read_text(encoding="utf-8")
    definition = zone[zone.index("BEGIN:VTIMEZONE") : zone.index("END:VTIMEZONE") + 13] + "\r\n"
    event = _event("1", "DTEND;TZID=Custom Office Time:20260310T113000")
    items, _, _ = read_items(HEAD + event + definition + TAIL, BERLIN, None)
    assert items[0].data.end_at == datetime(2026, 3, 10, 10, 30, tzinfo=UTC)


def test_location_is_kept_on_import(ctx):
    text = HEAD + _event("1", "DESCRIPTION:Agenda", "LOCATION:Room 4\\, Acme HQ") + TAIL
    CalendarService(ctx.uow).import_text(text, BERLIN)
    with ctx.sessions() as s:
        assert s.execute(select(Activity.body, Activity.location)).one() == ("Agenda", "Room 4, Acme HQ")


def test_all_day_events_are_exported_as_dates_and_come_back_the_same(ctx):
    service = CalendarService(ctx.uow)
    text = (DATA_DIR / "ics" / "google.ics").read_text(encoding="utf-8")
    service.import_text(text, BERLIN, ctx.current_user.id)
    exported = service.export_text(local=BERLIN)
    assert "DTSTART;VALUE=DATE:20260720\r\n" in exported and "DTEND;VALUE=DATE:20260722\r\n" in exported
    offsite = next(c for c in Calendar.from_ical(exported).walk("VEVENT") if c["SUMMARY"] == "Offsite")
    timed = next(c for c in Calendar.from_ical(exported).walk("VEVENT") if c["SUMMARY"] != "Offsite")
    assert offsite["DTSTART"].params["VALUE"] == "DATE" and "VALUE" not in timed["DTSTART"].params
    again = service.import_text(exported, BERLIN, ctx.current_user.id).value
    assert len(again.created) == 0
    with ctx.sessions() as s:
        back = s.scalars(select(Activity).where(Activity.subject == "Offsite")).one()
    assert back.all_day and back.start_at == datetime(2026, 7, 20, 0, 0, tzinfo=UTC)
    assert back.end_at - back.start_at == timedelta(days=2)


@pytest.mark.parametrize("zone", [BERLIN, ZoneInfo("America/Los_Angeles"), ZoneInfo("Pacific/Auckland")])
def test_location_and_all_day_round_trip_exactly(ctx, zone):
    """LOCATION (commas, semicolons, accents, a line longer than 75 octets) and all-day events come back
    exactly, whatever the zones of the exporting and importing users."""
    place = "Raum 4; Müller & Söhne, Königstraße 12, 70173 Stuttgart " + "ä" * 60
    escaped = place.replace(";", "\\;").replace(",", "\\,")
    trip = (
        "BEGIN:VEVENT\r\nUID:trip\r\nSUMMARY:New year\r\nDTSTART;VALUE=DATE:20261231\r\n"
        f"DTEND;VALUE=DATE:20270102\r\nLOCATION:{escaped}\r\nEND:VEVENT\r\n"
    )
    service = CalendarService(ctx.uow)
    service.import_text(HEAD + trip + _event("timed", "LOCATION:Zoom") + TAIL, zone, ctx.current_user.id)
    exported = service.export_text(local=zone)
    assert "DTSTART;VALUE=DATE:20261231\r\n" in exported and "DTEND;VALUE=DATE:20270102\r\n" in exported
    events = {str(c["UID"]): c for c in Calendar.from_ical(exported).walk("VEVENT")}
    assert str(events["trip"]["LOCATION"]) == place and str(events["timed"]["LOCATION"]) == "Zoom"
    assert "VALUE" not in events["timed"]["DTSTART"].params
    with ctx.sessions() as s:
        s.execute(delete(Activity))
        s.commit()
    service.import_text(exported, ZoneInfo("Asia/Tokyo"), ctx.current_user.id)
    with ctx.sessions() as s:
        got = {a.external_uid: a for a in s.scalars(select(Activity))}
    assert (got["trip"].location, got["trip"].all_day) == (place, True)
    assert (got["trip"].start_at, got["trip"].end_at) == (
        datetime(2026, 12, 31, tzinfo=UTC),
        datetime(2027, 1, 2, tzinfo=UTC),
    )
    assert (got["timed"].location, got["timed"].all_day) == ("Zoom", False)
