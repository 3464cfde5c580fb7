"""Reading a delimited text file as another program wrote it: encoding, delimiter and header row detected.

Each can be overridden. Rows keep their record number in the file (the header is row 1, as a spreadsheet
shows it) so a validation report can name them; a quoted newline stays inside its cell.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DELIMITERS = (",", ";", "\t", "|")
ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1252", "latin-1")
_SAMPLE = 64 * 1024


@dataclass(frozen=True)
class Table:
    """The file's cells: `rows` are (row number, cells) after the header."""

    encoding: str
    delimiter: str
    has_header: bool
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    def records(self) -> list[dict[str, str]]:
        """Rows as header -> cell (missing cells are empty)."""
        return [
            dict(zip(self.headers, cells + ("",) * (len(self.headers) - len(cells)), strict=False))
            for _, cells in self.rows
        ]


def detect_encoding(data: bytes) -> str:
    """A BOM decides; else UTF-16 by its zero bytes, UTF-8 if it decodes, else Windows-1252 / Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:_SAMPLE]
    if sample and sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def detect_delimiter(text: str) -> str:
    """The candidate that splits the first rows into the most equal, widest field counts."""
    lines = text[:_SAMPLE].splitlines()[:50]
    best, best_score = ",", -1.0
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts:
            continue
        width, same = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = same / len(counts) * 1000 + width
        if score > best_score:
            best, best_score = delimiter, score
    return best


def looks_like_header(first: Iterable[str], known: frozenset[str] = frozenset()) -> bool:
    """A header names columns: no empty cell, nothing like an email, number or date, or known names."""
    cells = [c.strip() for c in first]
    if any(_norm(c) in known for c in cells if c):
        return True
    if not cells or any(not c for c in cells):
        return False
    return not any("@" in c or any(ch.isdigit() for ch in c.replace(" 1 ", "")) for c in cells)


def _norm(header: str) -> str:
    return "".join(ch for ch in header.lower() if ch.isalnum())


def read_table(
    path: Path | None = None,
    *,
    data: bytes | None = None,
    encoding: str = "",
    delimiter: str = "",
    has_header: bool | None = None,
    known_headers: frozenset[str] = frozenset(),
) -> Table:
    """Read a file (or bytes); empty arguments are detected."""
    raw = data if data is not None else (path.read_bytes() if path else b"")
    encoding = encoding or detect_encoding(raw)
    text = raw.decode(encoding, errors="strict")
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = [r for r in reader]
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    first = rows[0] if rows else []
    header = looks_like_header(first, known_headers) if has_header is None else has_header
    if header:
        headers = tuple(c.strip() for c in first)
        body = rows[1:]
        start = 2
    else:
        width = max((len(r) for r in rows), default=0)
        headers = tuple(f"Column {i + 1}" for i in range(width))
        body, start = rows, 1
    numbered = tuple(
        (n, tuple(cells)) for n, cells in enumerate(body, start=start) if any(c.strip() for c in cells)
    )
    return Table(encoding, delimiter, header, headers, numbered)
