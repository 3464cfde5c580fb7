"""Cohort retention as lines over pyqtgraph: one line per month of "customer since", the share still
customers after 0, 1, 2 ... months."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

pg.setConfigOptions(antialias=True, background="w", foreground="#404040")
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
)


class CohortChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortChart")
        self.setAccessibleName(self.tr("Cohort retention chart"))
        self.plot = pg.PlotWidget()
        self.plot.setLabel("bottom", self.tr("Months since becoming a customer"))
        self.plot.setLabel("left", self.tr("Still customers (%)"))
        self.plot.setYRange(0, 105)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMouseEnabled(x=False, y=False)
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextSize="8pt")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.cohorts: list[Any] = []

    def set_cohorts(self, cohorts: list[Any]) -> None:
        self.cohorts = cohorts
        self.plot.clear()
        for i, cohort in enumerate(cohorts):
            ys = [100 * r for r in cohort.retained]
            pen = pg.mkPen(PALETTE[i % len(PALETTE)], width=2)
            self.plot.plot(
                list(range(len(ys))),
                ys,
                pen=pen,
                symbol="o",
                symbolSize=4,
                symbolBrush=PALETTE[i % len(PALETTE)],
                name=f"{cohort.month} ({cohort.size})",
            )
