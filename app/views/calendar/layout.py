"""Calendar arithmetic without painting: the days a view shows, snapping, and overlapping meetings side by side."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from app.services.scheduling.calendar_range import CalendarItem

SNAP_MINUTES = 15
DEFAULT_MINUTES = 30  # how long a call or meeting without an end is drawn, and a new meeting lasts


class Span(enum.StrEnum):
    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"


def week_start(day: date, first_weekday: int) -> date:
    """The first day of `day`'s week; `first_weekday` is ISO (1 Monday ... 7 Sunday), the locale's."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def visible_days(span: Span, anchor: date, first_weekday: int) -> list[date]:
    """The days a view shows: one, a week, or the six weeks around the anchor's month."""
    if span is Span.DAY:
        return [anchor]
    if span is Span.WEEK:
        start = week_start(anchor, first_weekday)
        return [start + timedelta(days=i) for i in range(7)]
    start = week_start(anchor.replace(day=1), first_weekday)
    return [start + timedelta(days=i) for i in range(42)]


def step(span: Span, anchor: date, direction: int) -> date:
    """The anchor one view earlier (-1) or later (+1)."""
    if span is Span.DAY:
        return anchor + timedelta(days=direction)
    if span is Span.WEEK:
        return anchor + timedelta(days=7 * direction)
    month = anchor.month - 1 + direction
    return date(anchor.year + month // 12, month % 12 + 1, 1)


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The start of `day` in `tz`; None is the system's zone with the offset of that day (not of today:
    a fixed offset taken now would put every meeting across a daylight-saving change an hour out)."""
    if tz is None:
        return datetime.combine(day, time(0)).astimezone()
    return datetime.combine(day, time(0), tzinfo=tz)


def window(days: Sequence[date], tz: tzinfo | None) -> tuple[datetime, datetime]:
    """The [start, end) of the days in the zone `tz`."""
    return local_midnight(days[0], tz), local_midnight(days[-1] + timedelta(days=1), tz)


def snap(when: datetime, minutes: int = SNAP_MINUTES) -> datetime:
    """Round to the nearest `minutes` (a local, aware time)."""
    base = when.replace(minute=0, second=0, microsecond=0)
    offset = round((when - base).total_seconds() / 60 / minutes) * minutes
    return base + timedelta(minutes=offset)


def shown_end(item: CalendarItem) -> datetime:
    """Where a block ends on the grid: its end, or a default length when it has none or is shorter."""
    start = item.when
    end = item.end_at if item.end_at is not None else start
    return max(end, start + timedelta(minutes=SNAP_MINUTES if item.end_at else DEFAULT_MINUTES))


@dataclass(frozen=True)
class Placed:
    """A block and its side-by-side position: column `column` of `columns` in its group of overlaps."""

    item: CalendarItem
    column: int
    columns: int
    group: int  # which group of overlaps (numbered in time order)


def side_by_side(items: Sequence[CalendarItem]) -> list[Placed]:
    """Give overlapping blocks columns: each group of overlaps shares its width equally."""
    ordered = sorted(items, key=lambda i: (i.when, -(shown_end(i) - i.when).total_seconds(), i.id))
    placed: list[Placed] = []
    group: list[tuple[CalendarItem, int]] = []
    ends: list[datetime] = []  # the end of the last block in each column of the current group
    group_end: datetime | None = None

    def close_group() -> None:
        number = placed[-1].group + 1 if placed else 0
        placed.extend(Placed(item, column, len(ends), number) for item, column in group)

    for item in ordered:
        if group_end is not None and item.when >= group_end:
            close_group()
            group, ends, group_end = [], [], None
        column = next((c for c, end in enumerate(ends) if end <= item.when), len(ends))
        if column == len(ends):
            ends.append(shown_end(item))
        else:
            ends[column] = shown_end(item)
        group.append((item, column))
        group_end = max(group_end or shown_end(item), shown_end(item))
    close_group()
    return placed
