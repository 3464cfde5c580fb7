"""The dashboard's KPI tiles (and the grid that reflows them) and chart colours: light to import (no pyqtgraph)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

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


class TileGrid(QWidget):
    """The KPI tiles in as many columns as fit its width (five on a wide window, two at the narrowest).

    Its width is whatever the page gives it (a horizontal size policy of Ignored): a row of five tiles
    never makes the dashboard wider than the window, which would push the charts' right edges out of view.
    """

    TILE_WIDTH = 215  # room for a value such as "24,163,600.00 EUR" in the tile's large font
    MAX_COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTiles")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.tiles: dict[str, KpiTile] = {}
        self.columns = self.MAX_COLUMNS

    def columns_for(self, width: int) -> int:
        spacing = self.grid.spacing()
        return max(2, min(self.MAX_COLUMNS, (width + spacing) // (self.TILE_WIDTH + spacing)))

    def tile(self, label: str) -> tuple[KpiTile, bool]:
        """The tile of a KPI, and whether it was made just now."""
        tile = self.tiles.get(label)
        if tile is not None:
            return tile, False
        tile = self.tiles[label] = KpiTile(label, self)
        n = len(self.tiles) - 1
        self.grid.addWidget(tile, n // self.columns, n % self.columns)
        return tile, True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = self.columns_for(event.size().width())
        if columns != self.columns:
            self.place(columns)

    def place(self, columns: int) -> None:
        self.columns = columns
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for n, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, n // columns, n % columns)
        for column in range(self.MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
