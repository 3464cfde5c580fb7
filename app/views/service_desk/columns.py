"""The ticket list's columns and the SLA timer text ("2h 05m", "BREACHED 40m", "paused")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.services.service_desk.queues import Timer, timer_of
from app.views.common.column_model import Index
from app.views.common.columns import Column
from app.views.common.formatting import label, short_datetime
from app.views.common.paged_table import PagedTableModel

BREACHED_COLOUR = QColor("#b91c1c")
SOON = timedelta(hours=1)
SOON_COLOUR = QColor("#b45309")


def tr(text: str) -> str:
    return QCoreApplication.translate("TicketColumns", text)


def span(delta: timedelta) -> str:
    """'3d 4h', '2h 05m' or '12m' (whole minutes, rounded down)."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {mins:02d}m"
    return f"{mins}m"


def timer_text(timer: Timer) -> str:
    if timer.left is None:
        return ""
    if timer.breached:
        return tr("BREACHED {0}").format(span(timer.left))
    return tr("paused, {0}").format(span(timer.left)) if timer.paused else span(timer.left)


def _timer(row: Any) -> str:
    return timer_text(timer_of(row, datetime.now(UTC)))


TICKET_COLUMNS: tuple[Column, ...] = (
    Column("number", tr("Number"), lambda r: r.number, 120, sort="number"),
    Column("subject", tr("Subject"), lambda r: r.subject, 280),
    Column("timer", tr("Time left"), _timer, 130, sort="due"),
    Column("priority", tr("Priority"), lambda r: label(r.priority), 80, sort="priority"),
    Column("status", tr("Status"), lambda r: label(r.status), 90, sort="status"),
    Column("account", tr("Account"), lambda r: r.account, 160),
    Column("assignee", tr("Assignee"), lambda r: r.assignee or "—", 120),
    Column("created", tr("Opened"), lambda r: short_datetime(r.created_at), 130, sort="created", hidden=True),
    Column(
        "updated", tr("Updated"), lambda r: short_datetime(r.updated_at), 130, sort="updated", hidden=True
    ),
)


class TicketTableModel(PagedTableModel):
    """The paged ticket list; a breached timer shows in red, one due within the hour in amber."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if self.columns[index.column()].key in ("timer", "priority"):
                row = self.item(index.row())
                if row is None:
                    return None
                if self.columns[index.column()].key == "priority":
                    return BREACHED_COLOUR if row.priority == "urgent" else None
                timer = timer_of(row, datetime.now(UTC))
                if timer.breached:
                    return BREACHED_COLOUR
                if timer.left is not None and timer.left < SOON and not timer.paused:
                    return SOON_COLOUR
            return None
        return super().data(index, role)
