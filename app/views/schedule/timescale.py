"""Maps times to x pixels at a zoom level, in the user's local time, and names the header's ticks."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, tzinfo


class Zoom(enum.StrEnum):
    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"


PX_PER_DAY = {Zoom.DAY: 36.0, Zoom.WEEK: 14.0, Zoom.MONTH: 4.0}


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


class TimeScale:
    """x = 0 is local midnight of `origin`; whole days are `px_per_day` wide."""

    def __init__(self, origin: date, zoom: Zoom = Zoom.WEEK, zone: tzinfo | None = None) -> None:
        self.zone = zone or local_zone()
        self.origin = origin
        self.zoom = zoom
        self.start = datetime.combine(origin, time(0), self.zone)

    @property
    def px_per_day(self) -> float:
        return PX_PER_DAY[self.zoom]

    def x(self, when: datetime) -> float:
        return (when - self.start).total_seconds() / 86400 * self.px_per_day

    def at(self, x: float) -> datetime:
        return self.start + timedelta(days=x / self.px_per_day)

    def day_x(self, day: date) -> float:
        return (day - self.origin).days * self.px_per_day

    def days(self, x0: float, x1: float) -> Iterator[date]:
        """The local dates whose cell overlaps [x0, x1)."""
        first = int(x0 // self.px_per_day)
        last = int(x1 // self.px_per_day) + 1
        for n in range(max(first, 0), last):
            yield self.origin + timedelta(days=n)

    def ticks(self, x0: float, x1: float) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
        """(upper, lower) header labels with the x where each begins."""
        upper: list[tuple[float, str]] = []
        lower: list[tuple[float, str]] = []
        for day in self.days(x0 - 40 * self.px_per_day, x1):
            x = self.day_x(day)
            if self.zoom is Zoom.DAY:
                lower.append((x, f"{day:%a}"[0] + f" {day.day}"))
                if day.weekday() == 0:
                    upper.append((x, f"Week {day.isocalendar().week} · {day:%d %b %Y}"))
            elif self.zoom is Zoom.WEEK:
                if day.weekday() == 0:
                    lower.append((x, f"{day.day} {day:%b}"))
                if day.day == 1:
                    upper.append((x, f"{day:%B %Y}"))
            else:
                if day.day == 1:
                    lower.append((x, f"{day:%b}"))
                    if day.month == 1:
                        upper.append((x, f"{day.year}"))
        return upper, lower

    def snap_days(self, dx: float) -> timedelta:
        """A horizontal drag of dx pixels as a whole number of days."""
        return timedelta(days=round(dx / self.px_per_day))
