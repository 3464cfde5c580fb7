"""The KPIs as text: tiles with the change against the previous period, and CSV rows of every number."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from app.services.core import locale_format

if TYPE_CHECKING:
    from app.services.metrics.service import Headline, Kpis


@dataclass(frozen=True)
class Tile:
    label: str
    value: str
    change: str  # '' when there is nothing to compare with
    better: bool | None  # whether the change is good news (None: no change or no comparison)


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.0%}"


def _days(x: float | None) -> str:
    return "—" if x is None else f"{x:.0f} days"


def _signed(text: str) -> str:
    """'-0%' and '+0 pts' read as a change; say there was none."""
    return "±" + text[1:] if text[1:2] == "0" and not text[2:3].isdigit() else text


def _change(now: float | Decimal | None, before: float | Decimal | None, points: bool) -> tuple[str, float]:
    if now is None or before is None:
        return "", 0.0
    if points:  # rates change by percentage points
        diff = (float(now) - float(before)) * 100
        return _signed(f"{diff:+.0f} pts"), diff
    if not before:
        return ("new" if now else ""), float(now)
    rel = (float(now) - float(before)) / abs(float(before))
    return _signed(f"{rel:+.0%}"), rel


def tiles(k: Kpis) -> list[Tile]:
    """The headline KPIs in the order the dashboard shows them."""
    cur = k.scope.currency

    def money(d: Decimal | None) -> str:  # in the user's locale: '€4,500.50', '4.500,50 €'
        return "—" if d is None else locale_format.money(d, cur)

    specs: list[tuple[str, Callable[[Headline], float | Decimal | None], Callable[..., str], bool, bool]] = [
        ("Revenue won", lambda h: h.closed.won_value, money, False, True),
        ("Deals won", lambda h: h.closed.won, str, False, True),
        ("Win rate", lambda h: h.closed.win_rate, _pct, True, True),
        ("Win rate by value", lambda h: h.closed.win_rate_by_value, _pct, True, True),
        ("Average deal size", lambda h: h.closed.avg_deal_size, money, False, True),
        ("Average sales cycle", lambda h: h.closed.avg_cycle_days, _days, False, False),
        ("New leads", lambda h: h.leads.leads, str, False, True),
        ("Lead to customer", lambda h: h.leads.conversion, _pct, True, True),
        ("Churn rate", lambda h: h.retention.churn_rate, _pct, True, False),
        ("Retention", lambda h: h.retention.retention_rate, _pct, True, True),
        ("NPS", lambda h: h.nps.score, lambda x: "—" if x is None else f"{x:+.0f}", False, True),
    ]
    out = []
    for label, get, fmt, points, up_is_good in specs:
        now = get(k.headline)
        before = get(k.previous) if k.previous else None
        if label == "NPS" and now is not None and before is not None:
            diff = float(now) - float(before)
            change = _signed(f"{diff:+.0f}")
        else:
            change, diff = _change(now, before, points and label != "NPS")
        out.append(Tile(label, fmt(now), change, None if not diff else (diff > 0) == up_is_good))
    out += [
        Tile("Open pipeline", money(k.pipeline_value), "", None),
        Tile("Weighted forecast", money(k.weighted_forecast), "", None),
        Tile("Customer lifetime value", money(k.lifetime_value), "", None),
        Tile("Annual contract value", money(k.annual_contract_value), "", None),
    ]
    return out


def csv_rows(k: Kpis) -> list[list[str]]:
    """Every number of the dashboard as (section, item, measure, value) rows."""
    rows = [["section", "item", "measure", "value"]]
    for t in tiles(k):
        rows.append(["kpi", t.label, "value", t.value])
        if t.change:
            rows.append(["kpi", t.label, "change vs previous period", t.change])
    for s in k.open_pipeline:
        rows += [["pipeline", s.stage, "deals", str(s.deals)], ["pipeline", s.stage, "value", str(s.value)]]
        rows.append(["pipeline", s.stage, "weighted", str(s.weighted)])
    for m in k.months:
        rows += [
            ["month", m.month, "won value", str(m.won_value)],
            ["month", m.month, "forecast", str(m.forecast)],
        ]
        rows += [["month", m.month, "won", str(m.won)], ["month", m.month, "lost", str(m.lost)]]
    for f in k.funnel:
        rows.append(["funnel", f.stage, "reached", str(f.reached)])
    for src in k.sources:
        name = src.source or "(none)"
        rows += [["source", name, "leads", str(src.leads)], ["source", name, "customers", str(src.customers)]]
        rows.append(["source", name, "won value", str(src.won_value)])
    for owner, n in k.activities:
        rows.append(["activities", owner or "Unassigned", "count", str(n)])
    return rows
