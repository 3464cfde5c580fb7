"""Chart widgets over pyqtgraph: titled category charts (bars, grouped bars, lines) that report bar clicks.

Importing this module imports pyqtgraph and numpy (half a second): pages import it when first shown."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.views.common.plot_style import legend_brush, style_plot
from app.views.common.style import paper_look

HEADROOM = 1.1  # the value axis ends this far above the largest value
LEGEND_HEADROOM = 1.35  # ... and this far when a one-row legend sits in the top right corner


class ValueAxis(pg.AxisItem):
    """Tick labels like 250k and 1.2M instead of pyqtgraph's 1e+06."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            a = abs(v)
            if a >= 1e6:
                out.append(f"{v / 1e6:g}M")
            elif a >= 1e3:
                out.append(f"{v / 1e3:g}k")
            else:
                out.append(f"{v:g}")
        return out


class Chart(QFrame):
    """A titled plot with one category per bar (or point); `barClicked(index)` when a bar is clicked."""

    barClicked = Signal(int)

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.horizontal = horizontal
        self.labels: list[str] = []
        self.clickable = False
        self._ticks_set = False
        self._layout: tuple[object, ...] | None = None  # the kind and series the items were built for
        self._items: list[object] = []
        self._drawn: tuple[object, ...] | None = None  # the data last drawn
        self.plot = pg.PlotWidget(
            axisItems={"bottom" if horizontal else "left": ValueAxis("bottom" if horizontal else "left")}
        )
        self.plot.setMenuEnabled(False)
        style_plot(self.plot)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=horizontal, y=not horizontal, alpha=0.15)
        self.plot.setMinimumHeight(220)
        if horizontal:
            self.plot.invertY(True)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.caption = QLabel(self.tr("<b>{title}</b>").format(title=title), objectName="chartTitle")
        self.note = QLabel("", objectName="chartNote")  # about the data: printed with the chart
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hint = QLabel("", objectName="chartHint")  # what a click does: on screen only, not in png()
        self.hint.setStyleSheet("color: #8a8f98; font-style: italic;")
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.hint)
        below.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        layout.addLayout(below)

    def _reset(self, labels: Sequence[str], kind: str, series: Sequence[tuple[str, str]]) -> bool:
        """Set the category labels; True when the plot must be rebuilt (new kind or set of series)."""
        if list(labels) != self.labels or not self._ticks_set:
            self.labels = list(labels)
            # Every label while they fit; on a crowded horizontal axis every other one.
            step = 2 if not self.horizontal and len(self.labels) > 8 else 1
            ticks = [(i, text) for i, text in enumerate(self.labels) if i % step == 0]
            self.plot.getAxis("left" if self.horizontal else "bottom").setTicks([ticks])
            self._ticks_set = True
        layout = (kind, tuple(series))
        if layout == self._layout:
            return False
        self.plot.clear()
        legend = self.plot.plotItem.legend
        if legend is not None:
            legend.clear()
        self._items = []
        self._layout = layout
        return True

    def set_bars(
        self,
        labels: Sequence[str],
        series: Sequence[tuple[str, Sequence[float], str]],
        clickable: bool = False,
    ) -> None:
        """One bar per label for each (name, values, colour) series, side by side.

        Data equal to what is drawn changes nothing; new values for the same series move the existing bars
        (a filter change redraws six charts: rebuilding their items cost more than the queries saved)."""
        self.clickable = clickable
        drawn = ("bars", tuple(labels), tuple((n, tuple(v), c) for n, v, c in series))
        if drawn == self._drawn:
            return
        rebuild = self._reset(labels, "bars", [(n, c) for n, _v, c in series])
        if rebuild and len(series) > 1 and self.plot.plotItem.legend is None:
            legend = self.plot.addLegend(offset=(-10, -10) if self.horizontal else (-10, 10))
            legend.setBrush(legend_brush())  # readable where it crosses a bar
            if not self.horizontal:
                legend.setColumnCount(len(series))  # one row: less height taken above the bars
        n = max(len(series), 1)
        width = 0.8 / n
        for i, (name, values, colour) in enumerate(series):
            at = [k - 0.4 + width * (i + 0.5) for k in range(len(values))]
            if self.horizontal:
                opts: dict[str, object] = {"x0": 0, "y": at, "height": width * 0.9, "width": list(values)}
            else:
                opts = {"x": at, "height": list(values), "width": width * 0.9}
            if rebuild:
                item = pg.BarGraphItem(brush=colour, pen=None, **opts)
                item.opts["name"] = name  # the legend lists items that have a name
                self.plot.addItem(item)
                self._items.append(item)
            else:
                self._items[i].setOpts(**opts)
        self._fit(len(labels), [v for _n, values, _c in series for v in values])
        self._drawn = drawn

    def set_lines(
        self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None], str]]
    ) -> None:
        """A line with points per series; None leaves a gap."""
        self.clickable = False
        drawn = ("lines", tuple(labels), tuple((n, tuple(v), c) for n, v, c in series))
        if drawn == self._drawn:
            return
        rebuild = self._reset(labels, "lines", [(n, c) for n, _v, c in series])
        values: list[float] = []
        for i, (name, ys, colour) in enumerate(series):
            xs = [k for k, y in enumerate(ys) if y is not None]
            pts = [y for y in ys if y is not None]
            values += pts
            if rebuild:
                pen = pg.mkPen(colour, width=2)
                self._items.append(
                    self.plot.plot(xs, pts, pen=pen, symbol="o", symbolBrush=colour, name=name)
                )
            else:
                self._items[i].setData(xs, pts)
        self._fit(len(labels), values)
        self._drawn = drawn

    def _fit(self, n: int, values: Sequence[float]) -> None:
        # room above the tallest bar for the legend in the top right corner, so it covers no bar
        legend = self.plot.plotItem.legend
        headroom = (
            LEGEND_HEADROOM if legend is not None and legend.items and not self.horizontal else HEADROOM
        )
        top = max([0.0, *values]) * headroom or 1.0
        if self.horizontal:
            self.plot.setXRange(0, top, padding=0)
            self.plot.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        else:
            self.plot.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
            self.plot.setYRange(0, top, padding=0)

    def _clicked(self, event: object) -> None:
        if not self.clickable or not self.labels:
            return
        pos = self.plot.plotItem.vb.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        self.click_at(pos.y() if self.horizontal else pos.x())

    def click_at(self, coordinate: float) -> None:
        """Report the bar nearest a category coordinate (as a mouse click on it would)."""
        index = round(coordinate)
        if 0 <= index < len(self.labels) and abs(coordinate - index) <= 0.4:
            self.barClicked.emit(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: the plot is not styled by QSS
            style_plot(self.plot)
        super().changeEvent(event)

    def png(self, size: QSize | None = None) -> bytes:
        """The chart as PNG bytes, without the on-screen hint (a printed bar is not clicked).

        With a size, drawn at that size instead of the window's (a 2-up PDF cell wants a chart about
        440 px wide so its 9-pt labels print at 7 pt or more); the layout puts it back afterwards.
        """
        if size is not None:
            with drawn_at([self], size):
                return self.png()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        hint = self.hint.text()
        self.hint.setText("")  # blank, not hidden: the layout keeps its rows
        try:
            with paper_look(self):
                style_plot(self.plot)
                image = self.grab()
        finally:
            self.hint.setText(hint)
            style_plot(self.plot)
        image.save(buffer, "PNG")
        return bytes(data.data())


@contextmanager
def drawn_at(charts: Sequence[Chart], size: QSize) -> Iterator[None]:
    """Lay the charts out at `size` for the duration (one layout pass in, one out, nothing painted)."""
    limits = [(c.minimumSize(), c.maximumSize()) for c in charts]
    for chart in charts:
        chart.setFixedSize(size)  # a fixed size, which the page's grid respects
    _lay_out()
    try:
        yield
    finally:
        for chart, (least, most) in zip(charts, limits, strict=True):
            chart.setMinimumSize(least)
            chart.setMaximumSize(most)
        _lay_out()


def _lay_out() -> None:
    """Run the pending layouts now (the page's grid, the plot's own), without painting anything."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
