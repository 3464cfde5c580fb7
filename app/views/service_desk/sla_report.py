"""The SLA compliance report as a dialog: a period, a grouping, and the table of % met and mean times."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.views.common.columns import Column
from app.views.common.env import ViewEnv
from app.views.common.memory_table import MemoryTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("SlaReportDialog", text)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %"


def _hours(minutes: float | None) -> str:
    return "—" if minutes is None else f"{minutes / 60:.1f} h"


COLUMNS = (
    Column("key", tr("Group"), lambda r: r.key, 120),
    Column("tickets", tr("Tickets"), lambda r: f"{r.tickets:,}", 70, align_right=True),
    Column("first", tr("First response met"), lambda r: _pct(r.first_pct), 130, align_right=True),
    Column("resolution", tr("Resolution met"), lambda r: _pct(r.resolution_pct), 120, align_right=True),
    Column(
        "mean_first", tr("Mean first response"), lambda r: _hours(r.mean_first_minutes), 140, align_right=True
    ),
    Column(
        "mean_res", tr("Mean resolution"), lambda r: _hours(r.mean_resolution_minutes), 120, align_right=True
    ),
)
GROUP_LABELS = {
    "month": "Month",
    "week": "Week",
    "priority": "Priority",
    "team": "Team",
    "tier": "Customer tier",
}


class SlaReportDialog(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("SLA compliance"))
        self.setMinimumWidth(760)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addMonths(-3), calendarPopup=True, objectName="slaFrom")
        self.start.setAccessibleName(self.tr("From"))
        self.end = QDateEdit(today, calendarPopup=True, objectName="slaTo")
        self.end.setAccessibleName(self.tr("To"))
        self.group = QComboBox(objectName="slaGroup")
        self.group.setAccessibleName(self.tr("Group by"))
        for key, text in GROUP_LABELS.items():
            self.group.addItem(self.tr(text), key)
        self.model = MemoryTableModel(COLUMNS, key=lambda r: r.key)
        self.table = QTableView(objectName="slaTable")
        self.table.setAccessibleName(self.tr("SLA compliance by group"))
        self.table.setModel(self.model)
        for i, column in enumerate(COLUMNS):
            self.table.setColumnWidth(i, column.width)
        self.note = QLabel(
            self.tr(
                "A target counts once it is met or breached; tickets still inside their time are left out."
            ),
            wordWrap=True,
        )
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
            (self.tr("&Group by"), self.group),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        for signal in (self.start.dateChanged, self.end.dateChanged, self.group.currentIndexChanged):
            signal.connect(self.reload)
        self.reload()

    def reload(self, *_: Any) -> None:
        start = datetime.combine(self.start.date().toPython(), time(), UTC)
        end = datetime.combine(self.end.date().toPython(), time(), UTC) + timedelta(days=1)
        try:
            rows = self.env.ctx.sla_report.report(start, end, self.group.currentData())
        except RapportError as exc:
            self.env.error(str(exc))
            rows = []
        self.model.set_rows(rows)
