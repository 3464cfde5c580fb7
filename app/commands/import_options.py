"""Options shared by the `rapport import` commands: waiting for another writer, the --date-format and
--value arguments."""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager


class WaitForOtherWriter:
    """Lets an import wait up to two minutes for another program's write (another import of the same
    file, a standardisation), saying so once on stderr, instead of giving up after SQLite's 5 s."""

    LIMIT_S = 120.0

    def __init__(self) -> None:
        self.said = False

    def waiting(self, seconds: float) -> bool:
        if not self.said and seconds >= 1.0:
            print("rapport import: waiting for another program to finish writing…", file=sys.stderr)
            self.said = True
        return seconds < self.LIMIT_S

    def finished(self) -> None:
        pass


def wait_for_other_writers() -> AbstractContextManager[None]:
    """Around the import's writes only (a context variable: nothing else in the process waits so long)."""
    from app.services.core.write_lock import waiting_with

    return waiting_with(WaitForOtherWriter())


def strftime_format(text: str) -> str:
    """'DD/MM/YY' -> '%d/%m/%y'; a format already in strftime codes is kept ('' stays '')."""
    if "%" in text or not text:
        return text
    out = text
    for shown, code in (("YYYY", "%Y"), ("YY", "%y"), ("MM", "%m"), ("DD", "%d")):
        out = out.replace(shown, code).replace(shown.lower(), code)
    if "%" not in out:
        raise SystemExit(f"rapport import: --date-format wants e.g. DD/MM/YY or %d/%m/%y, not {text!r}")
    return out


def parse_values(items: list[str]) -> dict[str, dict[str, str]]:
    """--value FIELD:FROM=TO arguments as field -> {from: to}."""
    values: dict[str, dict[str, str]] = {}
    for item in items:
        name, sep, rest = item.partition(":")
        source, sep2, target = rest.partition("=")
        if not (sep and sep2):
            raise SystemExit(f"rapport import: --value wants FIELD:FROM=TO, not {item!r}")
        values.setdefault(name.strip(), {})[source.strip()] = target.strip()
    return values
