"""Issue 25: dark mode and high contrast recolour the stylesheet, the palette, the painted views and the
charts together; printed images stay light; the choice is kept and "system" follows the OS."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from app.views.board import card_delegate
from app.views.common import theme
from app.views.common.style import apply_style, stylesheet_for
from app.views.dashboard.charts import Chart
from app.views.shell.appearance import choose_theme


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_neutral_colour_of_the_stylesheet_has_a_dark_and_a_high_contrast_twin():
    light = stylesheet_for("light")
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", light)}
    assert used, "the stylesheet is written in light colours"
    for shown, mapping in (("dark", theme.DARK), ("high_contrast", theme.HIGH_CONTRAST)):
        assert used <= set(mapping), f"{shown} lacks {sorted(used - set(mapping))}"
        sheet = stylesheet_for(shown)
        assert "@ON_ACCENT@" not in sheet and "#f7f8fa" not in sheet  # no light window colour left


def test_text_stays_readable_in_each_theme(qapp):
    for shown in ("light", "dark", "high_contrast"):
        apply_style(qapp, shown)
        palette = qapp.palette()
        window = palette.color(QPalette.ColorRole.Window)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            assert _contrast(palette.color(role), palette.color(QPalette.ColorRole.Base)) >= 7, (shown, role)
        selection = _contrast(
            palette.color(QPalette.ColorRole.HighlightedText), palette.color(QPalette.ColorRole.Highlight)
        )
        assert selection >= 4.5, shown
        assert (window.lightness() < 60) == (shown != "light")
    apply_style(qapp, "light")


def test_a_theme_change_recolours_painted_views_and_charts_but_not_a_printed_chart(qtbot, qapp):
    chart = Chart("Sales")
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_bars(["Jan"], [("Won", [10], "#2ca02c")])
    try:
        assert choose_theme("dark") == "dark"
        assert theme.saved_choice() == "dark"
        assert card_delegate.TEXT.name() == theme.DARK["#1f2937"]  # the same object, recoloured
        qtbot.waitUntil(lambda: chart.plot.backgroundBrush().color().name() == theme.DARK["#ffffff"])
        png = QImage.fromData(chart.png())
        samples = [
            png.pixelColor(x, y) for x in range(5, png.width(), 17) for y in range(5, png.height(), 17)
        ]
        light = sum(c.lightness() > 200 for c in samples) / len(samples)
        assert light > 0.6, "a chart for a PDF is drawn on white"
        assert chart.plot.backgroundBrush().color().name() == theme.DARK["#ffffff"]  # and back on screen
        assert card_delegate.TEXT.name() == theme.DARK["#1f2937"]
    finally:
        choose_theme("light")
    assert card_delegate.TEXT.name() == "#1f2937"


def test_system_follows_the_os_colour_scheme(qapp, monkeypatch):
    from PySide6.QtCore import Qt

    hints = QApplication.styleHints()
    monkeypatch.setattr(hints, "colorScheme", lambda: Qt.ColorScheme.Dark, raising=False)
    assert theme.resolve("system") in ("dark", "high_contrast")
    monkeypatch.setattr(hints, "colorScheme", lambda: Qt.ColorScheme.Light, raising=False)
    assert theme.resolve("system") in ("light", "high_contrast")
    assert theme.resolve("dark") == "dark"
