"""Read iCalendar (RFC 5545) text into plain components, keeping each line's number for error messages.

A small reader of our own rather than vobject's: errors must name the physical line, and TZIDs must be
resolved our way (IANA names, Windows names as Outlook writes them, else the file's own VTIMEZONE, which
vobject turns into a tzinfo). Times come back aware; floating times are read in the caller's zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.services.core.errors import RapportError
from app.services.scheduling.windows_zones import WINDOWS_ZONES


class IcsError(RapportError):
    """A file that is not valid iCalendar; the message names the line and component."""

    def __init__(self, line: int | None, message: str, where: str = "") -> None:
        place = f"line {line}" if line else "the file"
        super().__init__(f"{place}{f' ({where})' if where else ''}: {message}")
        self.line = line


@dataclass
class Prop:
    name: str
    params: dict[str, str]
    value: str
    line: int


@dataclass
class Component:
    name: str
    line: int
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    text: str = ""  # the raw lines, kept for VTIMEZONE only (vobject reads it)

    def get(self, name: str) -> Prop | None:
        return next((p for p in self.props if p.name == name), None)

    def value(self, name: str, default: str = "") -> str:
        prop = self.get(name)
        return prop.value if prop is not None else default


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfold continuation lines (a leading space or tab); each logical line keeps its first line number."""
    out: list[tuple[int, str]] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        if raw[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        elif raw.strip():
            out.append((number, raw))
    return out


def _split_line(number: int, line: str) -> Prop:
    """'DTSTART;TZID="W. Europe":2026...' -> name, params, value (colons inside quotes are not the split)."""
    quoted, colon = False, -1
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            colon = i
            break
    if colon <= 0:
        raise IcsError(number, f"“{line[:40]}” is not a NAME:value line")
    head, value = line[:colon], line[colon + 1 :]
    parts = re.findall(r'(?:[^;"]|"[^"]*")+', head)
    params: dict[str, str] = {}
    for part in parts[1:]:
        key, _, val = part.partition("=")
        params[key.upper()] = val.strip('"')
    return Prop(parts[0].upper() if parts else "", params, value, number)


def parse(text: str) -> Component:
    """The VCALENDAR component of `text`, or IcsError naming the line that is wrong."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = _logical_lines(text)
    if not lines or lines[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise IcsError(
            lines[0][0] if lines else None, "not an iCalendar file (it must start BEGIN:VCALENDAR)"
        )
    stack: list[Component] = []
    root: Component | None = None
    for number, line in lines:
        prop = _split_line(number, line)
        for comp in stack:
            if comp.name == "VTIMEZONE":  # the only raw text we keep (for vobject)
                comp.text += line + "\r\n"
        if prop.name == "BEGIN":
            comp = Component(prop.value.strip().upper(), number, text=line + "\r\n")
            if stack:
                stack[-1].children.append(comp)
            elif root is not None:
                raise IcsError(number, "text after the end of the calendar")
            else:
                root = comp
            stack.append(comp)
        elif prop.name == "END":
            name = prop.value.strip().upper()
            if not stack or stack[-1].name != name:
                open_name = stack[-1].name if stack else "nothing"
                raise IcsError(number, f"END:{name} but {open_name} is open")
            stack.pop()
        elif not stack:
            raise IcsError(number, "a property outside BEGIN:VCALENDAR … END:VCALENDAR")
        else:
            stack[-1].props.append(prop)
    if stack:
        raise IcsError(stack[-1].line, f"BEGIN:{stack[-1].name} is never closed")
    assert root is not None
    return root


# --- values -----------------------------------------------------------------------------------------


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_DURATION = re.compile(r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def duration(prop: Prop, where: str) -> timedelta:
    match = _DURATION.match(prop.value.strip().upper())
    if not match or prop.value.strip().upper() in ("P", "PT", "-P", "+P"):
        raise IcsError(prop.line, f"{prop.name}: “{prop.value}” is not a duration", where)
    sign, weeks, days, hours, minutes, seconds = match.groups()
    delta = timedelta(
        weeks=int(weeks or 0),
        days=int(days or 0),
        hours=int(hours or 0),
        minutes=int(minutes or 0),
        seconds=int(seconds or 0),
    )
    return -delta if sign == "-" else delta


class ZoneResolver:
    """TZID -> tzinfo: an IANA name, a Windows name, else the file's own VTIMEZONE definition."""

    def __init__(self, calendar: Component) -> None:
        self._defined = {c.value("TZID"): c for c in calendar.children if c.name == "VTIMEZONE"}
        self._cache: dict[str, tzinfo] = {}

    def zone(self, tzid: str, line: int, where: str) -> tzinfo:
        if tzid not in self._cache:
            self._cache[tzid] = self._resolve(tzid, line, where)
        return self._cache[tzid]

    def _resolve(self, tzid: str, line: int, where: str) -> tzinfo:
        # Mozilla/Apple write "/mozilla.org/20050126_1/Europe/Berlin"; keep the Area/City tail
        candidates = [tzid, tzid.strip("/"), "/".join(tzid.strip("/").split("/")[-2:])]
        if tzid in WINDOWS_ZONES:
            candidates.insert(0, WINDOWS_ZONES[tzid])
        for name in candidates:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
        definition = self._defined.get(tzid)
        if definition is not None:
            import vobject  # only for zones we cannot name

            try:
                wrapped = f"BEGIN:VCALENDAR\r\n{definition.text}END:VCALENDAR\r\n"
                found: tzinfo = vobject.readOne(wrapped).vtimezone.gettzinfo()
                return found
            except Exception as exc:  # vobject raises many kinds; any means the definition is unusable
                raise IcsError(definition.line, f"the time zone “{tzid}” cannot be read: {exc}") from exc
        raise IcsError(line, f"unknown time zone “{tzid}” (no VTIMEZONE defines it)", where)


def moment(prop: Prop, zones: ZoneResolver, local: tzinfo, where: str) -> tuple[datetime, bool]:
    """An aware datetime and whether the value was a whole day (VALUE=DATE; read as local midnight)."""
    raw = prop.value.strip()
    try:
        if prop.params.get("VALUE", "").upper() == "DATE" or re.fullmatch(r"\d{8}", raw):
            day = date(int(raw[0:4]), int(raw[4:6]), int(raw[6:8]))
            return datetime.combine(day, time(), local), True
        match = re.fullmatch(r"(\d{8})T(\d{6})(Z?)", raw)
        if not match:
            raise ValueError(raw)
        d, t, utc = match.groups()
        naive = datetime(int(d[:4]), int(d[4:6]), int(d[6:]), int(t[:2]), int(t[2:4]), int(t[4:]))
    except ValueError:
        raise IcsError(prop.line, f"{prop.name}: “{raw}” is not a date or time", where) from None
    if utc:
        return naive.replace(tzinfo=UTC), False
    tzid = prop.params.get("TZID")
    zone = zones.zone(tzid, prop.line, where) if tzid else local  # no zone: a floating time
    return naive.replace(tzinfo=zone), False
