"""pyqtgraph plots in the current theme: background, axes and their labels (imports pyqtgraph: charts only)."""

from __future__ import annotations

import pyqtgraph as pg

from app.views.common.theme import tone

pg.setConfigOptions(antialias=True)


def style_plot(plot: pg.PlotWidget) -> None:
    """Colour a plot for the current theme; call again when the application palette changes."""
    plot.setBackground(tone("#ffffff"))
    ink = tone("#404040")
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(ink)
        axis.setTextPen(ink)


def legend_brush() -> object:
    """A legend's ground: the surface colour, slightly see-through so a bar it crosses stays readable."""
    ground = tone("#ffffff")
    ground.setAlpha(220)
    return pg.mkBrush(ground)
