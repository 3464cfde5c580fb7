"""Issue 16 figures: a forgiving import (1% bad rows refused into a rejects file) against the strict
import of the same file without its bad rows, each into a fresh SQLite database."""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.services.importing.csv_read import read_table
from app.services.importing.engine import MatchOn, RecordImportSpec
from app.services.importing.mapping import known_headers, suggest
from app.services.importing.rejects import write_rejects
from benchmarks.bench_import import SIZES, write_csv
from benchmarks.common import Result

SECTION = "Forgiving imports (issue 16)"
NOTE = (
    "Strict = `rapport import contacts` of an Outlook-style CSV whose rows are all good; forgiving = the "
    "same file with every 100th row spoiled (no last name or a bad email, 1%), imported with `--rejects`: "
    "the good rows in one transaction, the refused ones written with their reason. Both include reading "
    "the file, validation, matching inside the write lock, insert and commit; the target is 1.2x strict."
)
BAD_EVERY = 100


def _spoil(source: Path, target: Path) -> int:
    """Copy `source` with every BAD_EVERY-th row made invalid; returns how many rows were spoiled."""
    spoiled = 0
    with (
        source.open(newline="", encoding="utf-8") as inp,
        target.open("w", newline="", encoding="utf-8") as out,
    ):
        reader, writer = csv.reader(inp), csv.writer(out)
        writer.writerow(next(reader))
        for i, row in enumerate(reader, start=1):
            if i % BAD_EVERY == 0:
                if spoiled % 2:
                    row[1] = ""  # no last name
                else:
                    row[2] = "not-an-email"
                spoiled += 1
            writer.writerow(row)
    return spoiled


def _timed(folder: Path, name: str, source: Path, forgiving: bool) -> tuple[float, int, int]:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{folder / f'{name}.db'}"))
    try:
        started = time.perf_counter()
        table = read_table(source, known_headers=known_headers("contacts"))
        spec = RecordImportSpec(
            suggest("contacts", table.headers), match=MatchOn.EMAIL, source=source.name, forgiving=forgiving
        )
        report = ctx.importer.run("contacts", table, spec).value
        if report.rejected:
            write_rejects(folder / f"{name}-rejects.csv", table.headers, report.rejected)
        seconds = time.perf_counter() - started
    finally:
        ctx.close()
    return seconds, report.created, len(report.rejected)


def run(size: str) -> list[Result]:
    rows = SIZES.get(size, SIZES["small"]) if not size.isdigit() else int(size)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        good, bad = folder / "good.csv", folder / "bad.csv"
        write_csv(good, rows)
        spoiled = _spoil(good, bad)
        warm = folder / "warm.csv"
        write_csv(warm, 200, seed=9)
        _timed(
            folder, "warm-up", warm, forgiving=False
        )  # first-use imports (phonenumbers ...) out of the figures
        strict, created, _ = _timed(folder, "strict", good, forgiving=False)
        assert created == rows
        forgiving, created, refused = _timed(folder, "forgiving", bad, forgiving=True)
        assert (created, refused) == (rows - spoiled, spoiled)
    return [
        Result(
            f"strict import of {rows:,} good contact rows",
            strict * 1000,
            note=f"{rows / strict:,.0f} rows/s",
        ),
        Result(
            f"forgiving import of {rows:,} rows, {spoiled:,} refused into a rejects file",
            forgiving * 1000,
            raw=strict * 1000,
            max_ratio=1.2,
            note=f"raw = the strict import above; {created:,} imported",
        ),
    ]
