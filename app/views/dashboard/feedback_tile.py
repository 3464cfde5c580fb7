"""The service desk's tile on the dashboard: CSAT of the period (mean and % satisfied) beside NPS."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.core.errors import RapportError


def show_feedback_tiles(env: Any, grid: Any, start: date, end: date) -> None:
    """Fill (or make) the CSAT tile for answers in [start, end); a small indexed read (kind, answered_on)."""
    try:
        rows = env.ctx.feedback.csat(start, end) if end > start else []
    except RapportError:
        rows = []
    total = rows[-1] if rows else None
    widget, new = grid.tile("CSAT")
    if new:
        widget.setObjectName("kpi_csat")
        widget.setToolTip(
            QCoreApplication.translate("Dashboard", "Customer satisfaction after resolved tickets, 1 to 5")
        )
    if total is None:
        widget.show_value("—", "", None)
        return
    text = QCoreApplication.translate("Dashboard", "{0:.1f} · {1:.0f} % satisfied · {2} answers")
    widget.show_value(text.format(total.score, total.share, total.answers), "", None)
