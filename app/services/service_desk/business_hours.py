"""Business hours: when a service team works, so SLA clocks count only working time.

A calendar is a time zone, the opening hours of each weekday (closed days have none) and the holidays: a
country's public holidays (and a region's) from the `holidays` package, plus the team's own closing days.
`add` finds when N working minutes after a moment end; `minutes_between` counts the working minutes between
two moments (time left, time taken). Both walk one day at a time, so a year of SLA arithmetic is ~365 steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

MAX_DAYS = 3660  # ten years: a calendar with no working day at all is an error, not an endless loop
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class BusinessCalendar:
    zone: str = "UTC"
    # opening hours Monday..Sunday; None = closed
    hours: tuple[tuple[time, time] | None, ...] = ((time(9), time(17)),) * 5 + (None, None)
    country: str = ""  # ISO code: that country's public holidays are closed days
    subdivision: str = ""  # a state or region of the country (e.g. "BY"), for its own holidays
    closed_days: tuple[date, ...] = ()
    round_the_clock: bool = False  # 24/7: every minute counts
    _cache: dict[int, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def is_closed(self, day: date) -> bool:
        if self.round_the_clock:
            return False
        if day in self.closed_days or self.hours[day.weekday()] is None:
            return True
        return bool(self.country) and day in self._holidays(day.year)

    def _holidays(self, year: int) -> Any:
        if year not in self._cache:
            import holidays  # loaded on first use: its country tables are large

            self._cache[year] = holidays.country_holidays(
                self.country, subdiv=self.subdivision or None, years=year
            )
        return self._cache[year]

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
        """That day's working time in UTC (arithmetic on zone-local times would ignore a clock change), or
        None when closed."""
        if self.round_the_clock:
            start, end = (
                datetime.combine(day, time(), self.tz),
                datetime.combine(day + timedelta(days=1), time(), self.tz),
            )
        elif self.is_closed(day):
            return None
        else:
            opens, closes = self.hours[day.weekday()]  # type: ignore[misc]
            start, end = datetime.combine(day, opens, self.tz), datetime.combine(day, closes, self.tz)
        return start.astimezone(UTC), end.astimezone(UTC)

    def add(self, start: datetime, minutes: float) -> datetime:
        """The moment `minutes` working minutes after `start` (an aware datetime), in UTC."""
        left = timedelta(minutes=minutes)
        moment = start.astimezone(UTC)
        day = start.astimezone(self.tz).date()
        for _step in range(MAX_DAYS):
            window = self._window(day)
            if window is not None:
                begin = max(window[0], moment)
                if begin < window[1]:
                    room = window[1] - begin
                    if left <= room:
                        return begin + left
                    left -= room
            day += timedelta(days=1)
        raise ValueError("the calendar has no working time in ten years")

    def minutes_between(self, start: datetime, end: datetime) -> float:
        """Working minutes from `start` to `end` (negative when `end` is earlier)."""
        if end < start:
            return -self.minutes_between(end, start)
        total = timedelta()
        a, b = start.astimezone(UTC), end.astimezone(UTC)
        day, last = start.astimezone(self.tz).date(), end.astimezone(self.tz).date()
        while day <= last:
            window = self._window(day)
            if window is not None:
                begin, finish = max(window[0], a), min(window[1], b)
                if finish > begin:
                    total += finish - begin
            day += timedelta(days=1)
        return total.total_seconds() / 60

    def as_json(self) -> dict[str, Any]:
        return {
            "zone": self.zone,
            "hours": [[h[0].strftime("%H:%M"), h[1].strftime("%H:%M")] if h else None for h in self.hours],
            "country": self.country,
            "subdivision": self.subdivision,
            "closed_days": [d.isoformat() for d in self.closed_days],
            "round_the_clock": self.round_the_clock,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BusinessCalendar:
        hours = (
            tuple(
                (time.fromisoformat(h[0]), time.fromisoformat(h[1])) if h else None
                for h in data.get("hours", [])
            )
            or cls().hours
        )
        return cls(
            zone=data.get("zone", "UTC"),
            hours=hours,
            country=data.get("country", ""),
            subdivision=data.get("subdivision", ""),
            closed_days=tuple(date.fromisoformat(d) for d in data.get("closed_days", [])),
            round_the_clock=bool(data.get("round_the_clock", False)),
        )


def check(calendar: BusinessCalendar) -> list[str]:
    """What is wrong with a calendar, in words (empty when it can be used)."""
    problems = []
    try:
        ZoneInfo(calendar.zone)
    except (KeyError, ValueError):
        problems.append(f"zone: {calendar.zone!r} is not a time zone such as Europe/Berlin")
    if len(calendar.hours) != 7:
        problems.append("hours: give the opening hours of each of the seven weekdays")
    for name, hours in zip(WEEKDAYS, calendar.hours, strict=False):
        if hours is not None and hours[0] >= hours[1]:
            problems.append(f"hours: {name} closes before it opens")
    if not calendar.round_the_clock and all(h is None for h in calendar.hours):
        problems.append("hours: the team works on no day of the week")
    if calendar.country:
        import holidays

        if calendar.country.upper() not in holidays.list_supported_countries():
            problems.append(f"country: no public holidays known for {calendar.country!r}")
    return problems
