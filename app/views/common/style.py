"""The look: Fusion, a light palette, the QSS in resources/styles and the SVG icons in resources/icons/ui."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.resources import resource_path


def apply_style(app: QApplication) -> None:
    """Fusion plus a light palette (so a dark desktop theme does not half-apply) plus our QSS."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#f7f8fa"),
        (QPalette.ColorRole.WindowText, "#1f2937"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f8fafc"),
        (QPalette.ColorRole.Text, "#1f2937"),
        (QPalette.ColorRole.Button, "#ffffff"),
        (QPalette.ColorRole.ButtonText, "#1f2937"),
        (QPalette.ColorRole.Highlight, "#dbeafe"),
        (QPalette.ColorRole.HighlightedText, "#1e293b"),
        (QPalette.ColorRole.ToolTipBase, "#ffffff"),
        (QPalette.ColorRole.ToolTipText, "#1f2937"),
        (QPalette.ColorRole.PlaceholderText, "#94a3b8"),
        (QPalette.ColorRole.Link, "#2563eb"),
    ):
        palette.setColor(role, QColor(color))
    app.setPalette(palette)
    qss = resource_path("styles", "rapport.qss")
    if qss.is_file():
        icons = resource_path("icons", "ui").as_posix()  # QSS urls are relative to the working directory
        app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@ICONS@", icons))


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons/ui/<name>.svg; an empty icon if there is none."""
    path = resource_path("icons", "ui", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    path = resource_path("icons", "rapport.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a dynamic property used by the QSS (e.g. error=true) and re-polish so it shows."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
