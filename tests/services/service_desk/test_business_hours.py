"""SLA clocks count working minutes only: opening hours, weekends, public holidays, time zones, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.services.service_desk.business_hours import BusinessCalendar, check

BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = BusinessCalendar(zone="Europe/Berlin", country="DE", subdivision="HH")


def _at(y, m, d, h=0, minute=0, tz=BERLIN):
    return datetime(y, m, d, h, minute, tzinfo=tz)


def test_minutes_inside_one_working_day():
    assert OFFICE.add(_at(2026, 12, 8, 10), 60) == _at(2026, 12, 8, 11).astimezone(UTC)
    assert OFFICE.minutes_between(_at(2026, 12, 8, 10), _at(2026, 12, 8, 11, 30)) == 90


def test_the_clock_stops_at_closing_time_and_over_the_weekend():
    friday_late = _at(2026, 12, 11, 16)  # one hour before closing
    assert OFFICE.add(friday_late, 120) == _at(2026, 12, 14, 10).astimezone(UTC)  # Monday 10:00
    assert OFFICE.minutes_between(friday_late, _at(2026, 12, 14, 10)) == 120
    before_opening = _at(2026, 12, 8, 6)
    assert OFFICE.add(before_opening, 30) == _at(2026, 12, 8, 9, 30).astimezone(UTC)


def test_public_holidays_of_the_region_are_closed():
    christmas_eve = _at(2026, 12, 24, 16)  # Thursday; the 25th and 26th are holidays, then the weekend
    assert OFFICE.is_closed(date(2026, 12, 25)) and OFFICE.is_closed(date(2026, 12, 26))
    assert OFFICE.add(christmas_eve, 120) == _at(2026, 12, 28, 10).astimezone(UTC)
    bavaria = BusinessCalendar(zone="Europe/Berlin", country="DE", subdivision="BY")
    assert bavaria.is_closed(date(2026, 1, 6)) and not OFFICE.is_closed(
        date(2026, 1, 6)
    )  # Epiphany: Bavaria only


def test_the_teams_own_closing_days_and_round_the_clock():
    shut = BusinessCalendar(zone="Europe/Berlin", closed_days=(date(2026, 12, 9),))
    assert shut.add(_at(2026, 12, 8, 16), 120) == _at(2026, 12, 10, 10).astimezone(UTC)
    always = BusinessCalendar(zone="UTC", round_the_clock=True)
    start = datetime(2026, 12, 12, 23, 0, tzinfo=UTC)  # a Saturday night
    assert always.add(start, 180) == start + timedelta(hours=3)
    assert always.minutes_between(start, start + timedelta(days=2)) == 2 * 24 * 60


def test_time_zones_and_the_summer_time_change_count_real_minutes():
    new_york = BusinessCalendar(zone="America/New_York")
    utc_morning = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)  # 09:00 in New York
    assert new_york.add(utc_morning, 60) == datetime(2026, 12, 8, 15, 0, tzinfo=UTC)
    night_shift = BusinessCalendar(zone="Europe/Berlin", hours=((time(0), time(23, 59)),) * 7)
    # 29 March 2026: the clocks go from 02:00 to 03:00, so 01:30-03:30 local is one real hour
    assert night_shift.minutes_between(_at(2026, 3, 29, 1, 30), _at(2026, 3, 29, 3, 30)) == 60


def test_a_span_backwards_is_negative_and_a_year_is_quick():
    assert OFFICE.minutes_between(_at(2026, 12, 8, 11), _at(2026, 12, 8, 10)) == -60
    started = datetime.now()
    OFFICE.add(_at(2026, 1, 5, 9), 8 * 60 * 240)  # ~a year of working days
    assert (datetime.now() - started).total_seconds() < 1


@pytest.mark.parametrize(
    ("calendar", "problem"),
    [
        (BusinessCalendar(zone="Mars/Olympus"), "zone: 'Mars/Olympus' is not a time zone"),
        (BusinessCalendar(hours=(None,) * 7), "the team works on no day of the week"),
        (BusinessCalendar(hours=((time(17), time(9)),) + (None,) * 6), "monday closes before it opens"),
        (BusinessCalendar(country="XX"), "no public holidays known for 'XX'"),
    ],
)
def test_a_calendar_that_cannot_work_is_named(calendar, problem):
    assert any(problem in p for p in check(calendar))


def test_a_calendar_survives_its_json():
    assert BusinessCalendar.from_json(OFFICE.as_json()) == OFFICE
    with pytest.raises(ValueError, match="no working time"):
        BusinessCalendar(zone="UTC", hours=(None,) * 7).add(_at(2026, 1, 1), 1)
