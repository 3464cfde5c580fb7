"""Reading a CRM export's files (a folder or a zip of CSVs) and the small rewrites a vendor module makes
before the import engine reads them: source ids prefixed with the vendor's name, a multi-valued link cut
to its first id, a column's cells replaced, rows split by a column's value. Rows keep their numbers, so
a refused row is found again in the file as it was."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from app.services.core.errors import FieldError, ValidationError
from app.services.importing.csv_read import Table, read_table
from app.services.importing.mapping import SYNONYMS, norm, suggest

SEPARATORS = (";", ",")  # between the ids of a multi-valued link ('101;102')
Rewrite = Callable[[str, tuple[str, ...]], str]  # (cell, the row's cells) -> the new cell


def read_files(path: Path) -> dict[str, bytes]:
    """File name -> bytes of each CSV in the folder or zip `path` (sub-folders of a zip included)."""
    files: dict[str, bytes] = {}
    if path.is_dir():
        for item in sorted(path.glob("*.csv")):
            files[item.name] = item.read_bytes()
    elif path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                if name.lower().endswith(".csv") and not name.startswith("__MACOSX/"):
                    files[Path(name).name] = archive.read(name)
    else:
        raise ValidationError(FieldError("export", f"{path} is neither a folder nor a zip of CSV files"))
    if not files:
        raise ValidationError(FieldError("export", f"{path} holds no CSV files"))
    return files


def read(name: str, data: bytes, kind: str = "") -> Table:
    """One file of the export (encoding and delimiter detected; the first row is the header)."""
    known = frozenset(norm(h) for names in SYNONYMS.get(kind, {}).values() for h in names)
    try:
        return read_table(data=data, known_headers=known, has_header=True)
    except ValueError as exc:
        raise ValidationError(FieldError(name, str(exc))) from exc


def first_present(headers: Iterable[str], candidates: Iterable[str]) -> str:
    """The first of `candidates` the file has (compared without case and punctuation), '' for none."""
    by_norm: dict[str, str] = {}
    for h in headers:
        by_norm.setdefault(norm(h), h)
    return next((by_norm[norm(c)] for c in candidates if norm(c) in by_norm), "")


def columns_for(
    kind: str, headers: tuple[str, ...], vendor: Mapping[str, tuple[str, ...]], skip: Iterable[str] = ()
) -> dict[str, str]:
    """Our field -> header: the vendor's own headers first, then the common synonyms for the rest
    (`skip`: headers read in another way)."""
    headers = tuple(h for h in headers if h not in set(skip))
    columns: dict[str, str] = {}
    for name, candidates in vendor.items():
        header = first_present([h for h in headers if h not in columns.values()], candidates)
        if header:
            columns[name] = header
    rest = [h for h in headers if h not in columns.values()]
    for name, header in suggest(kind, rest).items():
        columns.setdefault(name, header)
    if "full_name" in columns and "last_name" in columns:
        del columns["full_name"]
    return columns


def rewrite(table: Table, changes: Mapping[str, Rewrite]) -> Table:
    """A copy of `table` whose cells under the headers of `changes` are what each function makes of
    (cell, the row's cells)."""
    at = {table.headers.index(h): f for h, f in changes.items() if h in table.headers}
    if not at:
        return table
    rows = []
    for number, cells in table.rows:
        new = list(cells)
        for i, change in at.items():
            if i < len(new):
                new[i] = change(new[i], cells)
        rows.append((number, tuple(new)))
    return replace(table, rows=tuple(rows))


def prefixed(prefix: str) -> Rewrite:
    """A rewrite: the cell's first id with `prefix` ('' stays '')."""

    def change(cell: str, _row: tuple[str, ...]) -> str:
        value = cell.strip()
        for separator in SEPARATORS:
            value = value.split(separator)[0].strip()
        return f"{prefix}{value}" if value else ""

    return change


def split_rows(table: Table, header: str) -> dict[str, Table]:
    """The table's rows by the value of column `header` (in the order values first appear)."""
    if header not in table.headers:
        return {"": table}
    at = table.headers.index(header)
    groups: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for number, cells in table.rows:
        groups.setdefault(cells[at].strip() if at < len(cells) else "", []).append((number, cells))
    return {value: replace(table, rows=tuple(rows)) for value, rows in groups.items()}


def values_of(table: Table, headers: Iterable[str]) -> set[str]:
    """The distinct non-empty cells of the columns `headers`."""
    found: set[str] = set()
    for header in headers:
        if header in table.headers:
            at = table.headers.index(header)
            found |= {cells[at].strip() for _n, cells in table.rows if at < len(cells) and cells[at].strip()}
    return found
