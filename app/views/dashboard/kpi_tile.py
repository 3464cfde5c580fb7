"""The dashboard's KPI tile and chart colours: light to import (no pyqtgraph)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

BLUE, LIGHT_BLUE, ORANGE, GREEN, RED, GREY = "#2f6fb0", "#a9c4e4", "#e0883a", "#4c9f6f", "#c0504d", "#8a8f98"


class KpiTile(QFrame):
    """A headline number with its change against the previous period; `clicked` when a clickable one is."""

    clicked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(label, objectName="kpiLabel")
        self.value = QLabel("—", objectName="kpiValue")
        self.change = QLabel("", objectName="kpiChange")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        for w in (self.label, self.value, self.change):
            layout.addWidget(w)

    def make_clickable(self, tip: str) -> None:
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)
        self._clickable = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if getattr(self, "_clickable", False) and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def show_value(self, value: str, change: str, better: bool | None) -> None:
        self.value.setText(value)
        colour = GREY if better is None else (GREEN if better else RED)
        self.change.setText(f"{change} vs previous" if change else " ")
        if (
            self.change.property("colour") != colour
        ):  # a new style sheet re-polishes the label: only on change
            self.change.setProperty("colour", colour)
            self.change.setStyleSheet(f"color: {colour};")
