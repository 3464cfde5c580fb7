"""The chart widget: a new filter moves the existing bars; equal data draws nothing; new series rebuild."""

from __future__ import annotations

import pyqtgraph as pg

from app.views.dashboard.charts import LEGEND_HEADROOM, Chart


def _bars(chart: Chart) -> list[pg.BarGraphItem]:
    return [i for i in chart.plot.plotItem.items if isinstance(i, pg.BarGraphItem)]


def test_new_values_move_the_existing_bars(qtbot):  # type: ignore[no-untyped-def]
    chart = Chart("Sales")
    qtbot.addWidget(chart)
    chart.set_bars(["Jan", "Feb"], [("Won", [10, 20], "#00f"), ("Lost", [1, 2], "#f00")], clickable=True)
    first = _bars(chart)
    assert [list(b.opts["height"]) for b in first] == [[10, 20], [1, 2]]
    assert [b.opts["name"] for b in first] == ["Won", "Lost"]
    # new values and a third month: the same items, new heights, new labels
    chart.set_bars(["Jan", "Feb", "Mar"], [("Won", [5, 6, 7], "#00f"), ("Lost", [0, 3, 4], "#f00")])
    assert _bars(chart) == first
    assert [list(b.opts["height"]) for b in first] == [[5, 6, 7], [0, 3, 4]]
    assert chart.labels == ["Jan", "Feb", "Mar"]
    assert not chart.clickable
    ticks = chart.plot.getAxis("bottom")._tickLevels
    assert [text for _x, text in ticks[0]] == ["Jan", "Feb", "Mar"]
    assert chart.plot.plotItem.vb.viewRange()[1][1] == 7 * LEGEND_HEADROOM  # room for the legend
    legend = chart.plot.plotItem.legend
    assert [label.text for _sample, label in legend.items] == ["Won", "Lost"]
    assert legend.columnCount == 2  # one row above the bars
    # other series: rebuilt, with the legend listing the new ones only
    chart.set_bars(["Jan"], [("Leads", [3], "#00f")])
    (only,) = _bars(chart)
    assert only not in first and list(only.opts["height"]) == [3]
    assert [label.text for _sample, label in legend.items] == ["Leads"]


def test_equal_data_changes_nothing(qtbot):  # type: ignore[no-untyped-def]
    chart = Chart("Sales", horizontal=True)
    qtbot.addWidget(chart)
    chart.set_bars(["a", "b"], [("n", [4, 2], "#00f")])
    (bar,) = _bars(chart)
    bar.opts["width"] = [99, 99]  # a redraw would put the values back
    chart.set_bars(["a", "b"], [("n", [4, 2], "#00f")], clickable=True)
    assert list(bar.opts["width"]) == [99, 99]
    assert chart.clickable
    chart.set_bars(["a", "b"], [("n", [1, 2], "#00f")])
    assert list(bar.opts["width"]) == [1, 2]


def test_lines_update_in_place_with_gaps(qtbot):  # type: ignore[no-untyped-def]
    chart = Chart("Win rate")
    qtbot.addWidget(chart)
    chart.set_lines(["Jan", "Feb", "Mar"], [("Rate", [50.0, None, 25.0], "#00f")])
    (line,) = chart.plot.plotItem.listDataItems()
    assert list(line.xData) == [0, 2] and list(line.yData) == [50.0, 25.0]
    chart.set_lines(["Jan", "Feb", "Mar"], [("Rate", [None, 40.0, 20.0], "#00f")])
    assert chart.plot.plotItem.listDataItems() == [line]
    assert list(line.xData) == [1, 2] and list(line.yData) == [40.0, 20.0]
    chart.set_bars(["Jan"], [("n", [1], "#00f")])
    assert line not in chart.plot.plotItem.items and len(_bars(chart)) == 1
