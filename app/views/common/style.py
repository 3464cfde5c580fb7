"""The look: Fusion, our palette and the QSS in resources/styles in the chosen theme (app/views/common/theme.py),
and the SVG icons in resources/icons/ui."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.resources import resource_path
from app.views.common import theme


def apply_style(app: QApplication, choice: str | None = None) -> str:
    """Fusion plus our palette (so a desktop theme does not half-apply) plus our QSS, in the theme the
    user chose (default: the saved choice, "system" at first); returns the theme shown."""
    app.setStyle("Fusion")
    shown = theme.resolve(choice or theme.saved_choice())
    theme.set_current(shown)
    app.setPalette(palette_for(shown))
    app.setStyleSheet(stylesheet_for(shown))
    return shown


def palette_for(shown: str) -> QPalette:
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
        (QPalette.ColorRole.Mid, "#cbd5e1"),
        (QPalette.ColorRole.Midlight, "#e2e8f0"),
        (QPalette.ColorRole.Dark, "#94a3b8"),
    ):
        palette.setColor(role, QColor(theme.hex_of(color, shown)))
    if shown == "high_contrast":  # white on the deep-blue selection
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def stylesheet_for(shown: str) -> str:
    qss = resource_path("styles", "rapport.qss")
    if not qss.is_file():
        return ""
    icons = resource_path("icons", "ui").as_posix()  # QSS urls are relative to the working directory
    return theme.themed_qss(qss.read_text(encoding="utf-8").replace("@ICONS@", icons), shown)


@contextmanager
def paper_look(widget: QWidget) -> Iterator[None]:
    """Draw `widget` in the light theme for the while: a chart grabbed for a PDF is read on paper."""
    if theme.current() == "light":
        yield
        return
    sheet, palette = widget.styleSheet(), widget.palette()
    with theme.for_paper():
        widget.setStyleSheet(stylesheet_for("light"))
        widget.setPalette(palette_for("light"))
        try:
            yield
        finally:
            widget.setStyleSheet(sheet)
            widget.setPalette(palette)


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
