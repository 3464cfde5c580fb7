"""What a report's chart shows, worked out from its result: bars per group, one series per value of a
second grouping (drawn side by side or stacked). Floats here are for drawing only; the table and the
exports keep the exact Decimal values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.services.reports.compile import CURRENCY_KEY
from app.services.reports.run import ReportResult

MAX_SERIES = 8  # more series than this are summed into "Other"
MAX_BARS = 60  # a chart of more categories than this shows the first ones
NONE_LABEL = "(none)"


@dataclass(frozen=True)
class ChartData:
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]  # (name, one value per category)
    note: str = ""  # what was left out, if anything

    @property
    def empty(self) -> bool:
        return not self.categories


def label(value: Any) -> str:
    return NONE_LABEL if value is None or value == "" else str(value)


def chart_data(result: ReportResult, value_key: str = "") -> ChartData:
    """Bars of `value_key` (default: the first figure) per first group, split by the second group."""
    groups = [i for i, c in enumerate(result.columns) if c.role == "group"]
    figures = [i for i, c in enumerate(result.columns) if c.role == "aggregate"]
    if not groups or not figures or not result.rows:
        return ChartData("", (), ())
    value_at = result.column(value_key) if value_key else figures[0]
    rows = list(result.rows)
    notes = []
    currencies = [c.key for c in result.columns if c.key == CURRENCY_KEY]
    if currencies:
        at = result.column(CURRENCY_KEY)
        counts: dict[str, int] = {}
        for r in rows:
            counts[r[at]] = counts.get(r[at], 0) + 1
        if len(counts) > 1:
            main = max(counts, key=lambda c: counts[c])
            rows = [r for r in rows if r[at] == main]
            notes.append(f"{main} only")
    title = result.columns[value_at].label
    first = groups[0]
    categories: list[str] = []
    for r in rows:
        name = label(r[first])
        if name not in categories:
            categories.append(name)
    if len(categories) > MAX_BARS:
        notes.append(f"first {MAX_BARS} of {len(categories)}")
        categories = categories[:MAX_BARS]
    index = {name: i for i, name in enumerate(categories)}
    sums: dict[str, list[float]] = {}
    for r in rows:
        cat = label(r[first])
        if cat not in index:
            continue
        name = label(r[groups[1]]) if len(groups) > 1 else title
        bars = sums.setdefault(name, [0.0] * len(categories))
        bars[index[cat]] += float(r[value_at] or 0)
    names = sorted(sums, key=lambda n: -sum(sums[n]))
    if len(names) > MAX_SERIES:
        other = [sum(vals) for vals in zip(*(sums[n] for n in names[MAX_SERIES - 1 :]), strict=True)]
        notes.append(f"{len(names) - MAX_SERIES + 1} smaller series as Other")
        names = names[: MAX_SERIES - 1]
        series = [(n, tuple(sums[n])) for n in names] + [("Other", tuple(other))]
    else:
        series = [(n, tuple(sums[n])) for n in names]
    return ChartData(title, tuple(categories), tuple(series), "; ".join(notes))
