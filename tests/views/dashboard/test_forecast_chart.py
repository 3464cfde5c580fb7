"""The forecast page draws its months as a chart (won, weighted, whole pipeline) beside the tables, and redraws
it when the period changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from app.views.dashboard.forecast import month_label
from tests.services.metrics.metrics_data import seed


def _heights(chart) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    return {
        item.opts["name"]: list(item.opts["height"])
        for item in chart.plot.plotItem.items
        if "name" in getattr(item, "opts", {})
    }


def test_the_forecast_chart_shows_each_month_of_the_tables(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    seed(ctx)
    page = window.forecast
    window.show_page(window.pages.index(page))
    page.start.setDate(QDate(2026, 1, 1))
    page.end.setDate(QDate(2026, 6, 1))
    qtbot.waitUntil(lambda: page.forecast is not None and page.forecast.months[0].month == date(2026, 1, 1))
    chart = page.chart
    qtbot.waitUntil(chart.isVisible)  # built on the page's first show
    months = page.forecast.months
    assert chart.labels == [month_label(m.month, i) for i, m in enumerate(months)]
    assert chart.labels[:2] == ["Jan '26", "Feb"] and page.months.rowCount() == len(months)
    bars = _heights(chart)
    assert bars == {
        "Won": [float(m.won) for m in months],
        "Weighted": [float(m.weighted) for m in months],
        "Pipeline": [float(m.pipeline) for m in months],
    }
    assert sum(bars["Won"]) > 0 and sum(bars["Pipeline"]) > 0
    # a shorter period redraws the same bars with fewer months
    page.end.setDate(QDate(2026, 2, 1))
    qtbot.waitUntil(lambda: len(page.forecast.months) == 2)
    assert chart.labels == ["Jan '26", "Feb"] and len(_heights(chart)["Won"]) == 2


def test_the_forecast_tables_show_every_column_at_1024(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    seed(ctx)
    page = window.forecast
    window.show_page(window.pages.index(page))
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: page.forecast is not None and page.month_table.viewport().width() < 450)
    for table in (page.month_table, page.owner_table):
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width()  # no column behind a sideways scroll
        assert table.horizontalScrollBar().maximum() == 0
