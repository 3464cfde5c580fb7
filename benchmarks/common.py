"""Timing helpers, the result table and the docs/benchmarks.md writer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    """One figure: the measured median, the issue's target and, where one exists, the raw-SQLite limit."""

    name: str
    value: float
    unit: str = "ms"
    target: float | None = None
    raw: float | None = None  # the same work as a bare sqlite3 query: the floor we are compared with
    note: str = ""
    max_ratio: float | None = None  # a target expressed against the raw figure

    @property
    def ratio(self) -> str:
        if self.raw is None or self.raw <= 0:
            return ""
        return f"{self.value / self.raw:.1f}x"

    @property
    def verdict(self) -> str:
        if self.target is None and self.max_ratio is None:
            return ""
        over_target = self.target is not None and self.value > self.target
        over_ratio = (
            self.max_ratio is not None and self.raw is not None and self.value > self.max_ratio * self.raw
        )
        return "OVER" if over_target or over_ratio else "ok"


def median_ms(
    action: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None
) -> float:
    """Median wall time of `action` in milliseconds over `repeat` runs (setup runs untimed before each)."""
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _fmt(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return ""
    return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def table(results: list[Result]) -> str:
    rows = [("figure", "measured", "target", "raw SQLite", "ratio", "", "note")]
    for r in results:
        rows.append(
            (
                r.name,
                _fmt(r.value, r.unit),
                _fmt(r.target, r.unit),
                _fmt(r.raw, r.unit),
                r.ratio,
                r.verdict,
                r.note,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(results: list[Result], header: str) -> str:
    out = [
        header,
        "",
        "| figure | measured | target | raw SQLite | ratio | verdict | note |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        out.append(
            f"| {r.name} | {_fmt(r.value, r.unit)} | {_fmt(r.target, r.unit)} | {_fmt(r.raw, r.unit)} "
            f"| {r.ratio} | {r.verdict} | {r.note} |"
        )
    return "\n".join(out) + "\n"


def write_docs(path: Path, section: str, body: str) -> None:
    """Replace (or append) one `## section` of docs/benchmarks.md, keeping the others."""
    text = path.read_text() if path.exists() else "# Benchmarks\n\nRun `python -m benchmarks --size large`.\n"
    marker = f"## {section}"
    parts = text.split("\n## ")
    kept = [p for p in parts if not p.startswith(section)]
    path.write_text("\n## ".join(kept).rstrip() + f"\n\n{marker}\n\n{body}")
