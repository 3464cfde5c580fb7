"""Run a compiled report in a read session, with a way to stop a long query from another thread.

SQLite checks a progress handler every few thousand virtual-machine steps and aborts the statement when
it answers non-zero; on PostgreSQL a watcher thread sends the server a cancel request. Either way the
query stops within milliseconds and `ReportCancelled` is raised; nothing is written, so nothing is lost.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.services.core.errors import RapportError
from app.services.reports.compile import Compiled, ResultColumn

_SQLITE_STEPS = 10_000  # VM instructions between two looks at the flag (~1 ms)


class ReportCancelled(RapportError):
    """The user stopped the report."""

    def __init__(self) -> None:
        super().__init__("the report was cancelled")


@dataclass(frozen=True)
class ReportResult:
    """A report's rows (values as Python: text, int, Decimal, date), its totals and whether it was cut."""

    columns: tuple[ResultColumn, ...]
    rows: tuple[tuple[Any, ...], ...]
    totals: tuple[tuple[Any, ...], ...]  # one row per currency (or one), aligned with `columns`
    truncated: bool
    elapsed_ms: float
    total_counts: tuple[int, ...] = ()  # the count of each totals row, when the report counts

    def total_count(self, totals_row: int = 0) -> int | None:
        """The row count of a totals row when the report counts rows (listing records, it has no column)."""
        if not self.totals or not self.total_counts:
            return None
        return self.total_counts[totals_row]

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    @property
    def group_count(self) -> int:
        return sum(1 for c in self.columns if c.role == "group")


def execute(
    session: Session, compiled: Compiled, cancelled: Callable[[], bool] | None = None
) -> ReportResult:
    """Run the rows and totals statements; `cancelled()` turning true stops them (ReportCancelled)."""
    started = time.perf_counter()
    with _interruptible(session, cancelled or (lambda: False)):
        raw = session.execute(compiled.rows).all()
        truncated = len(raw) > compiled.limit
        if compiled.totals is None:
            raw_totals: Sequence[Sequence[Any]] = []
        elif compiled.total_from is not None and raw and not truncated:
            raw_totals = _totals_from_groups(compiled, raw)
        else:
            raw_totals = session.execute(compiled.totals).all()
    rows = tuple(tuple(read(r) for read in compiled.readers) for r in raw[: compiled.limit])
    totals = tuple(_aligned(compiled, r) for r in raw_totals)
    counts: tuple[int, ...] = ()
    if "count" in compiled.total_keys:
        at = compiled.total_keys.index("count")
        counts = tuple(int(compiled.total_readers[at](r)) for r in raw_totals)
    elapsed = (time.perf_counter() - started) * 1000
    return ReportResult(tuple(compiled.columns), rows, totals, truncated, elapsed, counts)


def _totals_from_groups(compiled: Compiled, raw: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The totals rows added up from every group's row (per currency, in currency order), as the totals
    statement would have returned them: sums of sums and counts, the least of minima, the most of maxima."""
    start = compiled.total_from or 0
    by_currency: dict[Any, list[Any]] = {}
    for row in raw:
        part = list(row[start:])
        key = part[compiled.total_currency] if compiled.total_currency is not None else None
        total = by_currency.get(key)
        if total is None:
            by_currency[key] = part
            continue
        for i, how in enumerate(compiled.total_combine):
            mine, theirs = total[i], part[i]
            if not how or theirs is None:
                continue
            if mine is None:
                total[i] = theirs
            elif how == "sum":
                total[i] = mine + theirs
            elif how == "min":
                total[i] = min(mine, theirs)
            elif how == "max":
                total[i] = max(mine, theirs)
    keys = sorted(by_currency, key=lambda k: (k is None, k or ""))
    return [tuple(by_currency[k]) for k in keys]


def _aligned(compiled: Compiled, raw: Sequence[Any]) -> tuple[Any, ...]:
    """A totals row laid out like the result's columns (None where a column has no total).

    Grouped, a figure's total sits under its own column. Listing records, the total of a field sits
    under that field's column (its sum, else the first other figure asked for it); the row count is
    `ReportResult.total_count`.
    """
    values = {key: read(raw) for key, read in zip(compiled.total_keys, compiled.total_readers, strict=True)}
    out = []
    for c in compiled.columns:
        if c.key in values:
            out.append(values[c.key])
            continue
        if c.role == "field":
            ops = [f"{op}:{c.key}" for op in ("sum", "avg", "min", "max")]
            out.append(next((values[k] for k in ops if k in values), None))
        else:
            out.append(None)
    return tuple(out)


@contextmanager
def _interruptible(session: Session, cancelled: Callable[[], bool]) -> Iterator[None]:
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    dialect = connection.dialect.name
    stop = threading.Event()
    watcher: threading.Thread | None = None
    if dialect == "sqlite":
        driver.set_progress_handler(lambda: 1 if cancelled() else 0, _SQLITE_STEPS)
    else:

        def watch() -> None:
            while not stop.wait(0.05):
                if cancelled():
                    driver.cancel()
                    return

        watcher = threading.Thread(target=watch, name="report-cancel", daemon=True)
        watcher.start()
    try:
        yield
    except DBAPIError as exc:
        if cancelled():
            raise ReportCancelled() from exc
        raise
    finally:
        stop.set()
        if watcher is not None:
            watcher.join()
        if dialect == "sqlite":
            driver.set_progress_handler(None, 0)
