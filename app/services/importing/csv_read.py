"""Reading a delimited text file as another program wrote it: encoding, delimiter and header row detected.

Each can be overridden. Rows keep their record number in the file (the header is row 1, as a spreadsheet
shows it) so a validation report can name them; a quoted newline stays inside its cell.

The reader is bounded and streams: the file is decoded and split as it is read, blank rows are dropped
as they go by (a file of millions of empty rows costs no memory), a field longer than `MAX_FIELD`, a line
longer than `MAX_LINE` and more than `max_rows` rows are refused with the row (and column) they are in.
Every problem is a `CsvError` (or the encoding module's `EncodingError`), never a codec or `_csv` error.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO, cast

from app.services.core.errors import RapportError
from app.services.importing import encoding as encodings

DELIMITERS = (",", ";", "\t", "|")
MAX_FIELD = 1024 * 1024
MAX_LINE = 8 * MAX_FIELD
MAX_ROWS = 1_000_000
_SAMPLE = 64 * 1024
_SAMPLE_LINES = 50
_BLOCK = 64 * 1024


class CsvError(RapportError, ValueError):
    """The file cannot be read as a table; the message names the row (and column) where it can tell."""


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


def detect_encoding(data: bytes) -> str:
    """The encoding of `data` (see the encoding module); a UTF-8 mark before legacy text is dropped."""
    name, _ = encodings.detect(io.BytesIO(data))
    return name


def read_table(
    path: Path | None = None,
    *,
    data: bytes | None = None,
    encoding: str = "",
    delimiter: str = "",
    has_header: bool | None = None,
    known_headers: frozenset[str] = frozenset(),
    max_rows: int = MAX_ROWS,
) -> Table:
    """Read a file (or bytes); empty arguments are detected. CsvError says why a file cannot be read."""

    def open_binary() -> BinaryIO:
        try:
            return path.open("rb") if data is None and path else io.BytesIO(data or b"")
        except OSError as exc:
            raise CsvError(f"cannot open {path}: {exc.strerror or exc}") from exc

    with open_binary() as stream:
        if not stream.read(1):
            raise CsvError("the file is empty")
        if encoding:
            name, skip = encodings.check_encoding(encoding), 0
        else:
            name, skip = encodings.detect(stream)

    def open_text() -> io.TextIOWrapper:
        stream = open_binary()
        stream.seek(skip)
        return io.TextIOWrapper(stream, encoding=name, errors="strict", newline="")

    with open_text() as text:
        return _Reader(text, name, open_text).table(delimiter, has_header, known_headers, max_rows)


class _LineTooLong(Exception):
    pass


class _Undecodable(Exception):
    pass


class _Reader:
    """One pass over the decoded text: lines bounded, records numbered, blank ones dropped."""

    def __init__(self, text: io.TextIOWrapper, encoding: str, reopen: Callable[[], io.TextIOWrapper]) -> None:
        self.text = text
        self.encoding = encoding
        self.reopen = reopen  # for an error message only: the failing record is read again
        self.delimiter = ","
        self.headers: tuple[str, ...] = ()
        self.records = 0  # records read, blank ones included (row numbers count them)

    def table(self, delimiter: str, has_header: bool | None, known: frozenset[str], max_rows: int) -> Table:
        lines = _lines(self.text, self.encoding)
        sample: list[str] = []
        try:
            for line in lines:
                sample.append(line)
                if len(sample) >= _SAMPLE_LINES or sum(map(len, sample)) >= _SAMPLE:
                    break
        except _Undecodable as exc:
            raise self._bad_bytes(str(exc)) from None
        except _LineTooLong:
            self.delimiter = delimiter or detect_delimiter("".join(sample))
            with contextlib.suppress(csv.Error):  # the records before the long line, for its number
                self.records = sum(1 for _ in csv.reader(sample, delimiter=self.delimiter))
            raise self._unreadable("") from None
        self.delimiter = delimiter or detect_delimiter("".join(sample).lstrip("\ufeff"))
        if sample:
            sample[0] = sample[0].lstrip("\ufeff")
        reader = csv.reader(chain(sample, lines), delimiter=self.delimiter)
        records = self._records(reader)
        header_row = next(records, None)
        if header_row is None:
            raise CsvError("the file holds no rows (only blank lines)")
        header_number, cells = header_row
        header = looks_like_header(cells, known) if has_header is None else has_header
        headers = tuple(c.strip() for c in cells) if header else ()
        self.headers = headers
        body = records if header else chain([header_row], records)
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, row in body:
            if len(rows) >= max_rows:
                raise CsvError(f"row {number}: more than {max_rows:,} rows; split the file")
            rows.append((number, tuple(row)))
        if header and not rows:
            raise CsvError(f"the file has a header row (row {header_number}) but no rows below it")
        if not header:
            width = max((len(r) for _, r in rows), default=0)
            headers = tuple(f"Column {i + 1}" for i in range(width))
        return Table(self.encoding, self.delimiter, header, headers, tuple(rows))

    def _records(self, reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) of each record that is not blank."""
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                if any(cells) and "".join(cells).strip():
                    yield number, cells
        except _LineTooLong:
            self.records = number
            raise self._unreadable("") from None
        except _Undecodable as exc:
            raise self._bad_bytes(str(exc)) from None
        except csv.Error as exc:
            self.records = number
            raise self._unreadable(f"cannot read the row ({exc})") from None

    def _unreadable(self, otherwise: str) -> CsvError:
        """The error for the record after `self.records`: the field that is too long, if one is."""
        column, size = self._open_field()
        row = self.records + 1
        if size > MAX_FIELD:
            name = self.headers[column] if column < len(self.headers) else f"column {column + 1}"
            return CsvError(
                f"row {row}, {name}: field longer than {MAX_FIELD // (1024 * 1024)} MB"
                " (a stray quote makes the rest of the file one field)"
            )
        return CsvError(f"row {row}: {otherwise or f'a line longer than {MAX_LINE // MAX_FIELD} MB'}")

    def _bad_bytes(self, reason: str) -> CsvError:
        """The error for bytes that are not text in the encoding, with the line they are on."""
        with self.reopen() as text:
            raw = cast(BinaryIO, text.buffer)
            decoder = codecs.getincrementaldecoder(self.encoding)()
            line = 1
            while chunk := raw.read(_BLOCK):
                try:
                    line += decoder.decode(chunk).count("\n")
                except UnicodeDecodeError as exc:
                    before = exc.object[: exc.start].decode(self.encoding, "replace")  # that codec read
                    line += before.count("\n")
                    return CsvError(
                        f"line {line}: byte 0x{exc.object[exc.start]:02X} is not {self.encoding} text"
                        f" ({reason});"
                        " name the file's encoding with the encoding option"
                    )
                except UnicodeError:
                    break
        return CsvError(f"the file is not {self.encoding} text ({reason})")

    def _open_field(self) -> tuple[int, int]:
        """(column, length) where the failing record's first over-long field is, read again."""
        with self.reopen() as text:
            lines = _lines(text, self.encoding, bounded=False)
            reader = csv.reader(lines, delimiter=self.delimiter)
            for _ in zip(range(self.records), reader, strict=False):
                pass
            record: list[str] = []
            size = 0
            for line in lines:
                record.append(line)
                size += len(line)
                if size > 2 * MAX_FIELD:
                    break
        return _open_field("".join(record).lstrip("\ufeff"), self.delimiter)


def _lines(text: io.TextIOWrapper, encoding: str, bounded: bool = True) -> Iterator[str]:
    """The text's lines (ends kept, as csv wants them), read a block at a time; a line longer than MAX_LINE
    raises _LineTooLong (unless not `bounded`), bytes that do not decode a CsvError."""
    carry: list[str] = []  # the start of a line that goes on in the next block
    carried = 0
    while True:
        try:
            block = text.read(_BLOCK)
        except UnicodeError as exc:  # UnicodeDecodeError, or "UTF-16 stream does not start with BOM"
            raise _Undecodable(getattr(exc, "reason", str(exc))) from None
        if not block:
            if carry:
                yield "".join(carry)
            return
        if "\n" not in block and "\r" not in block:  # a long line goes on: no rescanning of it
            carry.append(block)
            carried += len(block)
            if bounded and carried > MAX_LINE:
                raise _LineTooLong
            continue
        lines = io.StringIO("".join(carry) + block, newline="").readlines()
        last = lines.pop()
        carry, carried = ([], 0) if last.endswith("\n") else ([last], len(last))
        if not carry:  # complete; one ending in a lone \r may go on with \n
            lines.append(last)
        elif bounded and carried > MAX_LINE:
            raise _LineTooLong
        yield from lines


def _open_field(record: str, delimiter: str) -> tuple[int, int]:
    """(index, length) of the first field of a partly read record that is longer than MAX_FIELD, else
    of its last field: where the reader stopped."""
    column, start, quoted = 0, 0, False
    for position, char in enumerate(record):
        if char == '"' and (quoted or position == start):
            quoted = not quoted
        elif char == delimiter and not quoted:
            if position - start > MAX_FIELD:
                return column, position - start
            column, start = column + 1, position + 1
    return column, len(record) - start


def _field_limit() -> None:
    """Raise the csv module's field limit (128 KB) to ours, so our message is the one a user sees."""
    if csv.field_size_limit() < MAX_FIELD:
        csv.field_size_limit(MAX_FIELD)


_field_limit()
