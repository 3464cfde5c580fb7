"""The report's chart: bars per group; with a second grouping one colour per value, side by side or
stacked. Drawn from `chart_data` (app/services/reports/chart.py); `png()` is what the PDF shows."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.reports.chart import ChartData
from app.views.common.plot_style import style_plot
from app.views.common.style import paper_look
from app.views.common.theme import for_paper

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")


class ValueAxis(pg.AxisItem):
    """250k and 1.2M instead of 1e+06."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            a = abs(v)
            out.append(f"{v / 1e6:g}M" if a >= 1e6 else f"{v / 1e3:g}k" if a >= 1e3 else f"{v:g}")
        return out


class ReportChart(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.data = ChartData("", (), ())
        self.caption = QLabel(objectName="reportChartTitle")
        self.stacked = QCheckBox(self.tr("Stacked"), objectName="reportChartStacked", checked=True)
        self.stacked.toggled.connect(lambda _on: self.draw(self.data))
        self.plot = pg.PlotWidget(axisItems={"left": ValueAxis("left")})
        self.plot.setMenuEnabled(False)
        style_plot(self.plot)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(y=True, alpha=0.15)
        self.plot.setMinimumHeight(160)
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        self.plot.getAxis("bottom").setTickFont(small)
        self.legend = QLabel(objectName="reportChartLegend", wordWrap=True)  # below the plot: never over bars
        self.note = QLabel(objectName="reportChartNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.empty = QLabel(
            self.tr("Group the report by a field to see a chart."), objectName="reportChartEmpty"
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.stacked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        self.draw(self.data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: the plot is not styled by QSS
            style_plot(self.plot)
        super().changeEvent(event)

    def draw(self, data: ChartData) -> None:
        self.data = data
        self.plot.clear()
        self.plot.setVisible(not data.empty)
        self.empty.setVisible(data.empty)
        self.stacked.setVisible(len(data.series) > 1)
        self.caption.setText(f"<b>{data.title}</b>" if not data.empty else "")
        self.note.setText(data.note)
        self.legend.setVisible(len(data.series) > 1)
        self.legend.setText(
            " ".join(
                f"<span style='color:{PALETTE[i % len(PALETTE)]}'>■</span>&nbsp;{html.escape(name)}&nbsp;&nbsp;"
                for i, (name, _values) in enumerate(data.series)
            )
        )
        if data.empty:
            return
        n = len(data.series)
        stacked = self.stacked.isChecked() and n > 1
        width = 0.8 if stacked or n == 1 else 0.8 / n
        base = [0.0] * len(data.categories)
        for s, (_name, values) in enumerate(data.series):
            colour = PALETTE[s % len(PALETTE)]
            if stacked:
                x = list(range(len(values)))
                bars = pg.BarGraphItem(x=x, y0=base, height=list(values), width=width, brush=colour, pen=None)
                base = [b + v for b, v in zip(base, values, strict=True)]
            else:
                x = [i - 0.4 + width * (s + 0.5) for i in range(len(values))]
                bars = pg.BarGraphItem(x=x, height=list(values), width=width, brush=colour, pen=None)
            self.plot.addItem(bars)
        self._label_axis()
        top = max(base) if stacked else max((max(v) for _n, v in data.series), default=0.0)
        self.plot.setXRange(-0.6, len(data.categories) - 0.4, padding=0)
        self.plot.setYRange(min(0.0, top), (top or 1.0) * 1.1, padding=0)

    def _label_axis(self) -> None:
        """Every category label while they fit the plot's width, else every n-th."""
        categories = self.data.categories
        longest = max((len(c) for c in categories), default=1)
        fits = max(2, self.plot.width() // max(30, 6 * longest + 10))
        step = -(-len(categories) // fits)
        self.plot.getAxis("bottom").setTicks([[(i, c) for i, c in enumerate(categories) if i % step == 0]])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.data.empty:
            self._label_axis()

    def png(self, width: int = 1200, height: int = 480) -> bytes | None:
        """The chart as PNG bytes for the PDF, drawn at a page-like size whatever its size on screen and
        without the on-screen controls (the Stacked box); None when there is no chart."""
        if self.data.empty:
            return None
        with for_paper():
            copy = ReportChart()  # its plot is styled for paper as it is made
        copy.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        copy.setFrameShape(QFrame.Shape.NoFrame)
        copy.stacked.setChecked(self.stacked.isChecked())
        copy.resize(width, height)
        copy.show()  # laid out (off screen) so the plot has its size before it is drawn
        copy.draw(self.data)
        copy.stacked.hide()
        copy.layout().activate()
        with paper_look(copy):
            image = copy.grab().toImage()
        copy.close()
        copy.deleteLater()
        raw = QByteArray()
        buffer = QBuffer(raw)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(raw.data())
