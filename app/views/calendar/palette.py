"""The Calendar's colours: one fill and edge per kind, muted when done; the grid's lines and shading."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.services.scheduling.calendar_range import CalendarItem
from app.views.common.theme import themed, tone

GRID = themed("#ffffff")
LINE = themed("#e2e8f0")
WEEKEND = themed("#f8fafc")
TODAY = themed("#eff6ff")
NOW = themed("#dc2626")
TEXT = themed("#1f2937")
MUTED = themed("#64748b")
OTHER_MONTH = themed("#f1f5f9")
ACCENT = themed("#2563eb")

_KINDS = {
    "meeting": ("#dbeafe", "#2563eb"),
    "call": ("#ccfbf1", "#0f766e"),
    "task": ("#fef3c7", "#b45309"),
}
_DONE = ("#f1f5f9", "#94a3b8")


def colours(item: CalendarItem) -> tuple[QColor, QColor]:
    """The fill and the edge of an item's block or chip."""
    fill, edge = _DONE if item.done_at is not None else _KINDS.get(item.kind, _KINDS["meeting"])
    return tone(fill), tone(edge)
