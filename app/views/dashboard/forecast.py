"""The forecast page: a chart of won, weighted and whole pipeline by month above the tables by month and by
owner, with the win rate and sales cycle. The chart (pyqtgraph) is built when the page is first shown."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import RapportError
from app.services.sales.forecast import Forecast
from app.views.common.columns import Column
from app.views.common.env import ViewEnv
from app.views.common.formatting import money
from app.views.common.labels import translated
from app.views.common.memory_table import MemoryTableModel
from app.views.common.table import Table
from app.views.dashboard.kpi_tile import GREEN, LIGHT_BLUE, ORANGE
from app.views.lists.report_page import ReportPage


def _money_column(key: str, title: str, width: int = 110) -> Column:
    return Column(
        key,
        title,
        lambda r: money(getattr(r, key), r.currency),
        width,
        sort=key,
        sort_value=lambda r: getattr(r, key),
        align_right=True,
    )


MONTH_COLUMNS = (
    Column(
        "month",
        QT_TRANSLATE_NOOP("labels", "Month"),
        lambda r: f"{r.month:%Y-%m}",
        75,
        sort="month",
        sort_value=lambda r: r.month,
    ),
    _money_column("weighted", "Weighted"),
    _money_column("pipeline", "Pipeline"),
    _money_column("won", "Won"),
)
OWNER_COLUMNS = (
    Column("owner", QT_TRANSLATE_NOOP("labels", "Owner"), lambda r: r.owner, 130, sort="owner"),
    Column(
        "deals",
        QT_TRANSLATE_NOOP("labels", "Open deals"),
        lambda r: f"{r.deals:,}",
        80,
        sort="deals",
        sort_value=lambda r: r.deals,
        align_right=True,
    ),
    _money_column("weighted", "Weighted"),
    _money_column("pipeline", "Pipeline"),
)


def month_label(month: date, index: int) -> str:
    """ "Jan '26" for January and the first month shown, else "Feb"."""
    return f"{month:%b} '{month.year % 100:02d}" if month.month == 1 or index == 0 else f"{month:%b}"


class _Row:
    """A forecast row with its currency, for the money columns."""

    def __init__(self, row: Any, currency: str) -> None:
        self.__dict__.update(row.__dict__)
        self.currency = currency
        self.id = getattr(row, "month", None) or getattr(row, "owner", None)


class ForecastPage(ReportPage):
    countChanged = Signal(int)
    title = QT_TRANSLATE_NOOP("labels", "Forecast")

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_forecast")
        self.forecast: Forecast | None = None
        self._stale = True
        self.pipeline_box = QComboBox(objectName="forecastPipeline")
        self.currency_box = QComboBox(objectName="forecastCurrency")
        today = QDate.currentDate()
        self.start = QDateEdit(
            QDate(today.year(), today.month(), 1).addMonths(-5),
            objectName="forecastStart",
            accessibleName=self.tr("From"),
        )
        self.end = QDateEdit(
            QDate(today.year(), today.month(), 1).addMonths(6),
            objectName="forecastEnd",
            accessibleName=self.tr("To"),
        )
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM")
            edit.dateChanged.connect(lambda _d: self.reload())
        self.pipeline_box.currentIndexChanged.connect(lambda _=0: self.reload())
        self.currency_box.currentIndexChanged.connect(lambda _=0: self.reload())
        top = QHBoxLayout()
        top.addWidget(QLabel(translated(self.title), objectName="pageTitle"))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.end)
        top.addWidget(self.pipeline_box)
        top.addWidget(self.currency_box)
        self.summary = QLabel(objectName="forecastSummary", wordWrap=True)
        self.months = MemoryTableModel(MONTH_COLUMNS, key=lambda r: r.month, parent=self)
        self.owners = MemoryTableModel(OWNER_COLUMNS, key=lambda r: r.owner, parent=self)
        self.month_table = Table(self.months)
        self.month_table.setObjectName("forecastMonths")
        self.month_table.setAccessibleName(self.tr("Forecast by month"))
        self.owner_table = Table(self.owners)
        self.owner_table.setObjectName("forecastOwners")
        self.owner_table.setAccessibleName(self.tr("Forecast by owner"))
        for table in (self.month_table, self.owner_table):  # a few columns: they share the width, none cut
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chart: Any = None  # built on first show (_build_chart)
        self.chart_slot = QVBoxLayout()
        grid = QGridLayout()
        grid.addLayout(self.chart_slot, 0, 0, 1, 2)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(2, 6)
        grid.addWidget(QLabel(self.tr("<b>By month of expected close</b> (won: by month closed)")), 1, 0)
        grid.addWidget(QLabel(self.tr("<b>By owner</b> (open deals closing in the period)")), 1, 1)
        grid.addWidget(self.month_table, 2, 0)
        grid.addWidget(self.owner_table, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        env.relay.changed.connect(self.on_changes)

    def showEvent(self, event: QShowEvent) -> None:
        self._build_chart()
        super().showEvent(event)

    def _build_chart(self) -> None:
        if self.chart is not None:
            return
        from app.views.dashboard.charts import Chart  # pyqtgraph + numpy: only once the page is shown

        self.chart = Chart(self.tr("Won, weighted and whole pipeline by month"))
        self.chart.setObjectName("forecastChart")
        self.chart.plot.setMinimumHeight(160)
        self.chart_slot.addWidget(self.chart)
        self._draw_chart()

    def _draw_chart(self) -> None:
        if self.chart is None or self.forecast is None:
            return
        months = self.forecast.months
        self.chart.set_bars(
            [month_label(m.month, i) for i, m in enumerate(months)],
            [
                ("Won", [float(m.won) for m in months], GREEN),
                ("Weighted", [float(m.weighted) for m in months], ORANGE),
                ("Pipeline", [float(m.pipeline) for m in months], LIGHT_BLUE),
            ],
        )
        self.chart.note.setText(
            self.tr("{currency} · won by month closed; weighted and pipeline by expected close").format(
                currency=self.forecast.currency
            )
        )

    def _fill_boxes(self) -> None:
        for box in (self.pipeline_box, self.currency_box):
            box.blockSignals(True)
        current = self.pipeline_box.currentData()
        self.pipeline_box.clear()
        self.pipeline_box.addItem(self.tr("All pipelines"), None)
        for p in self.env.ctx.deals.pipelines():
            self.pipeline_box.addItem(p.name, p.id)
        self.pipeline_box.setCurrentIndex(max(self.pipeline_box.findData(current), 0))
        currency = self.currency_box.currentText()
        self.currency_box.clear()
        self.currency_box.addItems(self.env.ctx.forecast.currencies() or ["EUR"])
        self.currency_box.setCurrentIndex(max(self.currency_box.findText(currency), 0))
        self.currency_box.setVisible(self.currency_box.count() > 1)
        for box in (self.pipeline_box, self.currency_box):
            box.blockSignals(False)

    def reload(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        try:
            forecast = self.env.ctx.forecast.forecast(
                start, end, self.pipeline_box.currentData(), self.currency_box.currentText() or "EUR"
            )
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.forecast = forecast
        self.months.set_rows([_Row(r, forecast.currency) for r in forecast.months])
        self.owners.set_rows([_Row(r, forecast.currency) for r in forecast.owners])
        self._draw_chart()
        rate = f"{forecast.win_rate:.0%}" if forecast.win_rate is not None else "—"
        cycle = (
            self.tr("{days:.0f} days").format(days=forecast.avg_cycle_days)
            if forecast.avg_cycle_days is not None
            else "—"
        )
        weighted = sum((r.weighted for r in forecast.months), start=0)
        won = sum((r.won for r in forecast.months), start=0)
        self.summary.setText(
            self.tr(
                "Weighted pipeline <b>{weighted}</b> · won <b>{won}</b> · win rate <b>{rate}</b>"
                " ({won_count} won, {lost_count} lost) · average sales cycle <b>{cycle}</b>"
            ).format(
                weighted=money(weighted, forecast.currency),
                won=money(won, forecast.currency),
                rate=rate,
                won_count=forecast.won,
                lost_count=forecast.lost,
                cycle=cycle,
            )
        )
        self._stale = False

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("deal", "user", "pipeline", "stage"):
            self._stale = True
            if self.isVisible():
                self.reload()

    # --- remembered state (the rest of the page protocol is in ReportPage) -----------------------------
    def save_state(self, settings: QSettings) -> None:
        """Nothing remembered yet."""

    def restore_state(self, settings: QSettings) -> None:
        """Nothing remembered yet."""
