"""The dashboard: KPI tiles with the change against the previous period and six charts, with filters,
drill-down from a bar to its deals, and export (chart PNG, dashboard PDF, numbers CSV).

The KPIs are computed in a worker (`Latest`): a newer filter supersedes a running request, whose answer
is dropped. The charts (pyqtgraph, numpy) are imported and built when the page is first shown, so the
app starts without them."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import RapportError
from app.services.metrics.report import csv_rows, tiles
from app.services.metrics.service import DealLine, Kpis, Period, Scope
from app.views.common.background import Latest
from app.views.common.columns import Column
from app.views.common.env import ViewEnv
from app.views.common.file_dialogs import get_save_file_name
from app.views.common.formatting import money, short_date
from app.views.common.labels import translated
from app.views.common.memory_table import MemoryTableModel
from app.views.common.table import Table
from app.views.dashboard.feedback_tile import show_feedback_tiles
from app.views.dashboard.kpi_tile import BLUE, GREEN, GREY, LIGHT_BLUE, ORANGE, TileGrid
from app.views.dashboard.owner_picker import OwnerPicker
from app.views.lists.report_page import ReportPage

WATCHED = ("deal", "lead", "activity", "account", "stage", "pipeline", "user", "nps")  # nps: CSAT too
SOURCE_NAMES = {"": "(none)"}
PRINT_SIZE = QSize(440, 280)  # each chart in the PDF, two to a row: labels print at 7 pt or more

LEAD_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("labels", "Lead"), lambda r: r.name, 180, sort="name"),
    Column("company", QT_TRANSLATE_NOOP("labels", "Company"), lambda r: r.company, 160, sort="company"),
    Column(
        "source",
        QT_TRANSLATE_NOOP("labels", "Source"),
        lambda r: SOURCE_NAMES.get(r.source, r.source.replace("_", " ")),
        100,
    ),
    Column("owner", QT_TRANSLATE_NOOP("labels", "Owner"), lambda r: r.owner, 110, sort="owner"),
    Column(
        "created",
        QT_TRANSLATE_NOOP("labels", "Created"),
        lambda r: short_date(r.created_at),
        100,
        sort="created",
        sort_value=lambda r: r.created_at,
    ),
)
ACTIVITY_COLUMNS = (
    Column(
        "when",
        QT_TRANSLATE_NOOP("labels", "When"),
        lambda r: short_date(r.occurred_at),
        100,
        sort="when",
        sort_value=lambda r: r.occurred_at,
    ),
    Column("kind", QT_TRANSLATE_NOOP("labels", "Kind"), lambda r: r.kind.replace("_", " "), 80, sort="kind"),
    Column("subject", QT_TRANSLATE_NOOP("labels", "Subject"), lambda r: r.subject, 260, sort="subject"),
    Column("owner", QT_TRANSLATE_NOOP("labels", "Owner"), lambda r: r.owner, 110, sort="owner"),
)
DEAL_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("labels", "Deal"), lambda d: d.name, 200, sort="name"),
    Column("account", QT_TRANSLATE_NOOP("labels", "Account"), lambda d: d.account, 160, sort="account"),
    Column("stage", QT_TRANSLATE_NOOP("labels", "Stage"), lambda d: d.stage, 100, sort="stage"),
    Column("owner", QT_TRANSLATE_NOOP("labels", "Owner"), lambda d: d.owner, 110, sort="owner"),
    Column(
        "amount",
        QT_TRANSLATE_NOOP("labels", "Amount"),
        lambda d: money(d.amount, d.currency),
        120,
        sort="amount",
        sort_value=lambda d: d.amount,
        align_right=True,
    ),
)


def _month_label(month: str, index: int) -> str:
    """'2026-01' -> "Jan '26" for January and the first month, else 'Feb'."""
    year, number = int(month[:4]), int(month[5:])
    name = date(year, number, 1).strftime("%b")
    return f"{name} '{year % 100:02d}" if number == 1 or index == 0 else name


class DrillDialog(QDialog):
    """The records behind a clicked bar; double-click opens one (`target(row)`: (entity, id) or None)."""

    def __init__(
        self,
        env: ViewEnv,
        title: str,
        columns: tuple[Column, ...],
        rows: list[Any],
        target: Any,
        noun: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardDrill")
        self.setWindowTitle(title)
        self.resize(760, 420)
        self.model = MemoryTableModel(columns, parent=self)
        self.model.set_rows(rows)
        self.table = Table(self.model)
        self.table.doubleClicked.connect(lambda index: self._open(env, target, index.row()))
        layout = QVBoxLayout(self)
        more = " (the first 1,000)" if len(rows) >= 1000 else ""
        layout.addWidget(
            QLabel(
                self.tr("<b>{title}</b> — {v1:,} {noun}{more}").format(
                    title=title, v1=len(rows), noun=noun, more=more
                )
            )
        )
        layout.addWidget(self.table)

    def _open(self, env: ViewEnv, target: Any, row: int) -> None:
        item = self.model.item(row)
        where = target(item) if item is not None else None
        if where is not None:
            env.open_record(*where)
            self.accept()


class DashboardPage(ReportPage):
    countChanged = Signal(int)
    loaded = Signal()  # new KPIs are on screen
    title = QT_TRANSLATE_NOOP("labels", "Dashboard")

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_dashboard")
        self.kpis: Kpis | None = None
        self._stale = True
        self._timer = QTimer(self)  # debounce filter edits and bursts of change records
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.reload)
        today = QDate.currentDate()
        self.start = QDateEdit(
            QDate(today.year(), today.month(), 1).addMonths(-11),
            objectName="dashStart",
            accessibleName=self.tr("From"),
        )
        self.end = QDateEdit(today, objectName="dashEnd", accessibleName=self.tr("To"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self._timer.start())
        self.owner_box = OwnerPicker()
        self.owner_box.setObjectName("dashOwner")
        self.owner_box.changed.connect(self._timer.start)
        self.pipeline_box = QComboBox(objectName="dashPipeline")
        self.currency_box = QComboBox(objectName="dashCurrency")
        for box in (self.pipeline_box, self.currency_box):
            box.currentIndexChanged.connect(lambda _=0: self._timer.start())
        self.busy_label = QLabel(self.tr("Updating…"), objectName="dashBusy")
        self.busy_label.setStyleSheet("color: #8a8f98;")
        self.busy_label.setVisible(False)
        self.worker = Latest(self)
        self.worker.done.connect(self._loaded)
        self.worker.failed.connect(lambda exc: self.env.error(str(exc)))
        self.worker.busyChanged.connect(self._set_busy)
        self.export_button = QToolButton(text=self.tr("Export"), objectName="dashExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top = QHBoxLayout()
        top.addWidget(QLabel(translated(self.title), objectName="pageTitle"))
        top.addWidget(self.busy_label)
        top.addStretch(1)
        for w in (QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end):
            top.addWidget(w)
        for w in (self.owner_box, self.pipeline_box, self.currency_box, self.export_button):
            top.addWidget(w)
        self.tile_grid = TileGrid()
        self.tiles = self.tile_grid.tiles
        self.charts: dict[str, Any] = {}  # built on first show (_build_charts)
        self.chart_grid = grid = QGridLayout()
        grid.setSpacing(10)
        body = self.body = QWidget(objectName="dashBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 8, 0)  # the charts' right edges clear of the scroll bar
        inner.setSpacing(10)
        inner.addWidget(self.tile_grid)
        inner.addLayout(grid, 1)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # reflowed, never sideways
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        env.relay.changed.connect(self.on_changes)

    def _build_charts(self) -> None:
        if self.charts:
            return
        from app.views.dashboard.charts import Chart  # pyqtgraph + numpy: only once the page is shown

        self.charts = {
            "pipeline": Chart(self.tr("Open pipeline by stage")),
            "funnel": Chart(
                self.tr("Funnel: deals created in the period reaching each stage"), horizontal=True
            ),
            "revenue": Chart(self.tr("Revenue won by month, with the weighted forecast")),
            "winrate": Chart(self.tr("Win rate by month (%)")),
            "sources": Chart(self.tr("Leads by source"), horizontal=True),
            "activities": Chart(self.tr("Activities per owner"), horizontal=True),
        }
        self.charts["pipeline"].barClicked.connect(self._open_stage)
        self.charts["revenue"].barClicked.connect(self._open_month)
        self.charts["sources"].barClicked.connect(self._open_source)
        self.charts["activities"].barClicked.connect(self._open_owner_activities)
        for i, chart in enumerate(self.charts.values()):
            self.chart_grid.addWidget(chart, i // 2, i % 2)
        self._build_export_menu()

    def showEvent(self, event: QShowEvent) -> None:
        self._build_charts()
        super().showEvent(event)

    # --- filters and data ---------------------------------------------------------------------------
    def _fill_boxes(self) -> None:
        boxes = (self.pipeline_box, self.currency_box)
        for box in (*boxes, self.owner_box):
            box.blockSignals(True)
        pipeline, currency = (b.currentData() for b in boxes)
        self.owner_box.set_owners([(u.id, u.name) for u in self.env.ctx.lookups.users()])
        self.pipeline_box.clear()
        self.pipeline_box.addItem(self.tr("All pipelines"), None)
        for p in self.env.ctx.deals.pipelines():
            self.pipeline_box.addItem(p.name, p.id)
        self.currency_box.clear()
        for code in self.env.ctx.metrics.currencies() or ["EUR"]:
            self.currency_box.addItem(code, code)
        for box, value in zip(boxes, (pipeline, currency), strict=True):
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)
        self.owner_box.blockSignals(False)
        self.currency_box.setVisible(self.currency_box.count() > 1)

    def scope(self) -> Scope:
        start, last = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(last, date)
        end = max(last + timedelta(days=1), start)
        return Scope(
            Period(start, end),
            self.owner_box.selected(),
            self.pipeline_box.currentData(),
            self.currency_box.currentData() or "EUR",
        )

    def reload(self) -> None:
        """Ask for the KPIs of the current filters; they are shown when the worker answers."""
        self._timer.stop()
        self._stale = False
        self.worker.submit(self.env.ctx.metrics.kpis, self.scope())

    def reload_now(self) -> None:
        """Compute on this thread (exports that need numbers right away)."""
        try:
            self._loaded(self.env.ctx.metrics.kpis(self.scope()))
        except RapportError as exc:
            self.env.error(str(exc))

    def _loaded(self, kpis: Kpis) -> None:
        self.kpis = kpis
        self._show(kpis)
        self.loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        # Only a label: disabling the charts would repaint all six twice per request.
        self.busy_label.setVisible(busy)

    def _show(self, k: Kpis) -> None:
        self._build_charts()
        for tile in tiles(k):
            widget, new = self.tile_grid.tile(tile.label)
            if new:
                widget.setObjectName(f"kpi_{tile.label.lower().replace(' ', '_')}")
                if tile.label == "NPS":
                    widget.make_clickable("Click to see, add or delete NPS answers")
                    widget.clicked.connect(self.open_nps_answers)
            widget.show_value(tile.value, tile.change, tile.better)
        show_feedback_tiles(self.env, self.tile_grid, k.scope.period.start, k.scope.period.end)
        c = self.charts
        stages = list(k.open_pipeline)
        c["pipeline"].set_bars(
            [s.stage for s in stages],
            [
                ("Value", [float(s.value) for s in stages], BLUE),
                ("Weighted", [float(s.weighted) for s in stages], LIGHT_BLUE),
            ],
            clickable=True,
        )
        c["pipeline"].note.setText(self.tr("{v0:,} open deals").format(v0=sum(s.deals for s in stages)))
        c["pipeline"].hint.setText(self.tr("click a bar for its deals"))
        c["funnel"].set_bars([f.stage for f in k.funnel], [("Deals", [f.reached for f in k.funnel], BLUE)])
        c["funnel"].note.setText(
            " · ".join(f"{f.stage} {f.conversion:.0%}" for f in k.funnel if f.conversion is not None)
        )
        months = [_month_label(m.month, i) for i, m in enumerate(k.months)]
        c["revenue"].set_bars(
            months,
            [
                ("Won", [float(m.won_value) for m in k.months], GREEN),
                ("Forecast", [float(m.forecast) for m in k.months], ORANGE),
            ],
            clickable=True,
        )
        c["revenue"].note.setText(k.scope.currency)
        c["revenue"].hint.setText(self.tr("click a month for the deals won"))
        c["winrate"].set_lines(
            months, [("Win rate", [None if m.win_rate is None else 100 * m.win_rate for m in k.months], BLUE)]
        )
        c["winrate"].note.setText(self.tr("won / (won + lost), by count, deals closed in the month"))
        src = list(k.sources)
        c["sources"].set_bars(
            [s.source.replace("_", " ") or "(none)" for s in src],
            [
                ("Leads", [s.leads for s in src], BLUE),
                ("Became customers", [s.customers for s in src], GREEN),
            ],
            clickable=True,
        )
        c["sources"].hint.setText(self.tr("click a source for its leads"))
        c["activities"].set_bars(
            [o or "Unassigned" for o, _n in k.activities],
            [("Activities", [n for _o, n in k.activities], GREY)],
            clickable=True,
        )
        c["activities"].hint.setText(self.tr("click an owner for the activities"))

    def _open_stage(self, index: int) -> None:
        if self.kpis is None:
            return
        stage = self.kpis.open_pipeline[index].stage
        self._drill(f"Open deals in {stage}", self.env.ctx.metrics.deals(self.kpis.scope, stage=stage))

    def _open_month(self, index: int) -> None:
        if self.kpis is None:
            return
        month = self.kpis.months[index].month
        self._drill(f"Deals won in {month}", self.env.ctx.metrics.deals(self.kpis.scope, month=month))

    def open_nps_answers(self) -> None:
        from app.views.dashboard.nps_answers import NpsAnswersDialog

        self.nps_dialog = NpsAnswersDialog(self.env, parent=self)
        self.nps_dialog.show()

    def _open_source(self, index: int) -> None:
        if self.kpis is None:
            return
        source = self.kpis.sources[index].source
        leads = self.env.ctx.metrics.leads(self.kpis.scope, source)
        name = SOURCE_NAMES.get(source, source.replace("_", " "))
        self._show_drill(f"Leads from {name}", LEAD_COLUMNS, leads, lambda r: ("lead", r.id), "leads")

    def _open_owner_activities(self, index: int) -> None:
        if self.kpis is None:
            return
        owner = self.kpis.activities[index][0]
        rows = self.env.ctx.metrics.activities(self.kpis.scope, owner)
        title = f"Activities of {owner or 'no owner'}"
        self._show_drill(title, ACTIVITY_COLUMNS, rows, lambda r: r.target, "activities")

    def _drill(self, title: str, deals: list[DealLine]) -> None:
        self._show_drill(title, DEAL_COLUMNS, deals, lambda d: ("deal", d.id), "deals")

    def _show_drill(
        self, title: str, columns: tuple[Column, ...], rows: list[Any], target: Any, noun: str
    ) -> None:
        self.drill_dialog = DrillDialog(self.env, title, columns, rows, target, noun, self)
        self.drill_dialog.show()

    # --- export -------------------------------------------------------------------------------------
    def _build_export_menu(self) -> None:
        menu = QMenu(self)
        menu.addAction(
            self.tr("Dashboard as PDF…"), lambda: self._ask_and_save("PDF report", "pdf", self.export_pdf)
        )
        menu.addAction(self.tr("Numbers as CSV…"), lambda: self._ask_and_save("CSV", "csv", self.export_csv))
        menu.addSeparator()
        for key, chart in self.charts.items():
            menu.addAction(
                self.tr("Chart “{title}” as PNG…").format(title=chart.title),
                lambda k=key: self._ask_and_save("PNG image", "png", lambda p: self.export_png(k, p)),
            )
        self.export_button.setMenu(menu)

    def _ask_and_save(self, what: str, ext: str, save: Any) -> None:
        path, _ = get_save_file_name(
            self, self.tr("Export {what}").format(what=what), f"dashboard.{ext}", f"*.{ext}"
        )
        if path:
            save(Path(path))
            self.env.status(self.tr("Saved {path}").format(path=path))

    def export_png(self, key: str, path: Path) -> None:
        path.write_bytes(self.charts[key].png())

    def export_csv(self, path: Path) -> None:
        if self.kpis is None:
            self.reload_now()
        assert self.kpis is not None
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(csv_rows(self.kpis))

    def export_pdf(self, path: Path) -> None:
        from app.services.metrics.dashboard_pdf import render

        if self.kpis is None:
            self.reload_now()
        assert self.kpis is not None
        filters = f"{self.owner_box.text()} · {self.pipeline_box.currentText()}"
        from app.views.dashboard.charts import drawn_at

        with drawn_at(list(self.charts.values()), PRINT_SIZE):
            charts = [(c.title, c.png()) for c in self.charts.values()]
        path.write_bytes(render(self.kpis, charts, filters))

    # --- refresh --------------------------------------------------------------------------------------
    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED):
            self._stale = True
            if self.isVisible():
                self._timer.start()

    # --- remembered state (the rest of the page protocol is in ReportPage) -----------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("dashboard/owners", ",".join(str(i) for i in self.owner_box.selected()))

    def restore_state(self, settings: QSettings) -> None:
        """The filters start fresh: the last twelve months, everyone."""
