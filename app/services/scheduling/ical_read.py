"""Read iCalendar (RFC 5545) with the `icalendar` package, bounded, with each problem's line number.

A linear pre-scan (`scan`) unfolds the lines, checks that BEGIN and END pair up, no deeper than
`MAX_DEPTH`, and cuts the calendar into its top-level components (events, to-dos, time zones), which
icalendar then reads one at a time: a file of nested BEGIN:VEVENTs or millions of folded lines costs linear
time, and memory holds one component, not the whole calendar. icalendar resolves IANA and Windows zone
names (Outlook's "W. Europe Standard Time") and reads VTIMEZONE definitions; values it cannot read come
back as the line's raw text, which `Values` turns into an IcsError for what an item needs (its times,
duration) and a note naming the skipped line for anything else (a malformed `X-APPLE-…` line).
"""

from __future__ import annotations

import codecs
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from app.services.core.errors import RapportError

MAX_DEPTH = 6  # VCALENDAR > VEVENT > VALARM is 3 deep; VCALENDAR > VTIMEZONE > STANDARD too


class IcsError(RapportError):
    """A file that is not valid iCalendar; the message names the line and component."""

    def __init__(self, line: int | None, message: str, where: str = "") -> None:
        place = f"line {line}" if line else "the file"
        super().__init__(f"{place}{f' ({where})' if where else ''}: {message}")
        self.line = line


def decode(data: bytes) -> str:
    """The text of an .ics file, which RFC 5545 says is UTF-8: other bytes are an error naming the line,
    not replacement characters."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise IcsError(
            line,
            f"byte 0x{data[exc.start]:02X} is not UTF-8: iCalendar files are UTF-8"
            " (save the file as UTF-8 and import it again)",
        ) from None


@dataclass
class Block:
    """One top-level component of the calendar as its (line number, unfolded line) pairs."""

    name: str
    line: int
    lines: list[tuple[int, str]] = field(default_factory=list)

    def text(self) -> str:
        return "".join(f"{line}\r\n" for _, line in self.lines)

    def line_of(self, name: str) -> int:
        """The line of the first property called `name` (the block's first line if none)."""
        wanted = name.upper()
        for number, line in self.lines:
            if _prop_name(line) == wanted:
                return number
        return self.line

    def line_with(self, text: str) -> int:
        """The line whose text an icalendar message quotes."""
        return next((n for n, line in self.lines if line and line[:40] in text), self.line)


def _prop_name(line: str) -> str:
    end = len(line)
    for mark in (";", ":"):
        at = line.find(mark)
        if at != -1:
            end = min(end, at)
    return line[:end].strip().upper()


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfold continuation lines (a leading space or tab) in linear time; blank lines are dropped."""
    parts: list[str] = []
    first = 0
    for number, raw in enumerate(io.StringIO(text, newline=""), start=1):
        line = raw.rstrip("\r\n")
        if line[:1] in (" ", "\t") and parts:
            parts.append(line[1:])
            continue
        if parts:
            yield first, "".join(parts)
        parts, first = ([line], number) if line.strip() else ([], number)
    if parts:
        yield first, "".join(parts)


def scan(text: str) -> Iterator[Block]:
    """The VCALENDAR's components in file order; IcsError for a file whose structure is wrong."""
    lines = _logical_lines(text.removeprefix("\ufeff"))
    first = next(lines, None)
    if first is None or first[1].strip().upper() != "BEGIN:VCALENDAR":
        raise IcsError(first[0] if first else None, "not an iCalendar file (it must start BEGIN:VCALENDAR)")
    stack: list[tuple[str, int]] = [("VCALENDAR", first[0])]
    block: Block | None = None
    for number, line in lines:
        name = _prop_name(line)
        if not stack:
            raise IcsError(number, "text after the end of the calendar")
        if name == "BEGIN":
            component = line.partition(":")[2].strip().upper()
            if len(stack) >= MAX_DEPTH:
                raise IcsError(number, f"BEGIN:{component} nests components more than {MAX_DEPTH} deep")
            stack.append((component, number))
            if len(stack) == 2:
                block = Block(component, number)
        elif name == "END":
            component = line.partition(":")[2].strip().upper()
            if stack[-1][0] != component:
                raise IcsError(number, f"END:{component} but {stack[-1][0]} is open")
            stack.pop()
            if len(stack) == 1 and block is not None:
                block.lines.append((number, line))
                yield block
                block = None
                continue
        if block is not None:
            block.lines.append((number, line))
    if stack:
        raise IcsError(stack[-1][1], f"BEGIN:{stack[-1][0]} is never closed")


def component_of(block: Block) -> Any:
    """icalendar's reading of one block (values it cannot read kept raw, listed in `.errors`)."""
    from icalendar import Component

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. "a globally unique TZID was guessed": we accept the guess
        try:
            return Component.from_ical(block.text())
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise IcsError(block.line, f"the {block.name} cannot be read: {exc}") from None


class UnknownZone(Exception):
    """A TZID that no VTIMEZONE read so far defines (one further down may)."""


class Values:
    """Typed values of one component: times in a zone, durations, text; errors name the line."""

    def __init__(
        self, block: Block, component: Any, zones: dict[str, tzinfo], local: tzinfo, where: str
    ) -> None:
        self.block, self.component, self.zones, self.local, self.where = block, component, zones, local, where

    def error(self, name: str, message: str) -> IcsError:
        return IcsError(self.block.line_of(name), message, self.where)

    def text(self, name: str, default: str = "", component: Any = None) -> str:
        value = (component if component is not None else self.component).get(name)
        if isinstance(value, list):
            value = value[0] if value else None
        return default if value is None else str(value)

    def has(self, name: str) -> bool:
        return self.component.get(name) is not None

    def moment(self, name: str, component: Any = None) -> tuple[datetime | None, bool]:
        """An aware datetime and whether the value was a whole day (read as local midnight)."""
        prop = (component if component is not None else self.component).get(name)
        if isinstance(prop, list):
            prop = prop[0] if prop else None
        if prop is None:
            return None, False
        value = value_of(prop)
        whole_day = not isinstance(value, datetime) and isinstance(value, date)
        if whole_day:
            value = datetime.combine(value, time(), self.local)
        elif isinstance(value, datetime) and value.tzinfo is None:
            tzid = prop.params.get("TZID")
            if tzid and tzid not in self.zones:
                raise UnknownZone(tzid)
            value = value.replace(tzinfo=self.zones[tzid] if tzid else self.local)  # floating: ours
        raw = prop.to_ical().decode("utf-8", "replace")
        if not isinstance(value, datetime):
            raise self.error(name, f"{name}: “{raw}” is not a date or time")
        try:
            value.astimezone(UTC)  # year 1 in Tokyo is still year 0 in UTC
        except OverflowError:
            raise self.error(name, f"{name}: “{raw}” is out of range") from None
        return value, whole_day

    def duration(self, name: str, component: Any = None) -> timedelta:
        prop = (component if component is not None else self.component).get(name)
        if isinstance(prop, list):
            prop = prop[0]
        value = value_of(prop)
        if isinstance(value, timedelta):
            return value
        raw = prop.to_ical().decode("utf-8", "replace")
        messages = [
            m for n, m in _errors(component if component is not None else self.component) if n == name
        ]
        if any("Impractical" in m for m in messages):
            raise self.error(name, f"{name}: “{raw}” is too long a duration")
        raise self.error(name, f"{name}: “{raw}” is not a duration")

    def later(self, start: datetime, delta: timedelta, name: str, component: Any = None) -> datetime:
        """`start + delta`, or an IcsError when that is beyond the calendar (year 9999)."""
        try:
            return (start + delta).astimezone(UTC).astimezone(start.tzinfo)
        except OverflowError:
            prop = (component if component is not None else self.component).get(name)
            if prop is None:  # the default length of an all-day event
                raise self.error("DTSTART", "DTSTART: the event would end after the year 9999") from None
            raw = prop.to_ical().decode("utf-8", "replace")
            raise self.error(name, f"{name}: “{raw}” is too long a duration") from None


def value_of(prop: Any) -> Any:
    """A property's typed value (`.dt`), or None when icalendar could not read it."""
    from icalendar import vBroken

    return None if isinstance(prop, vBroken) else getattr(prop, "dt", None)


def _errors(component: Any) -> list[tuple[str | None, str]]:
    return list(getattr(component, "errors", []))


def skipped_lines(block: Block, component: Any, needed: frozenset[str]) -> list[str]:
    """Notes for the lines icalendar could not read and we do not need (e.g. a malformed X-APPLE line)."""
    notes = []
    for part in component.walk():
        for name, message in _errors(part):
            if name in needed:
                continue  # read by Values, which names it in an IcsError
            if name:
                number, reason = block.line_of(name), message
            else:  # a line icalendar could not split: "Content line could not be parsed …: 'LINE': why"
                number, reason = block.line_with(message), message.rsplit("': ", 1)[-1]
                name = _prop_name(dict(block.lines).get(number, "")) or "a line"
            notes.append(f"line {number}: {name} skipped ({reason[:120]})")
    return notes
