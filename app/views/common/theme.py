"""Light, dark and high-contrast looks from one set of colours.

The QSS and the painting code are written in the light theme's colours; a darker theme maps each of
those colours to its own (DARK and HIGH_CONTRAST below), so the stylesheet, the palette, the board, the
Gantt, the calendar and the charts change together. Colours that mean a category (chart series, stage
colours) are not in the maps and stay as they are. The choice is "system" (follow the OS colour scheme
and its contrast preference), "light", "dark" or "high_contrast"; it is kept in QSettings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication

CHOICES = {  # shown through QCoreApplication.translate("Appearance", ...)
    "system": QT_TRANSLATE_NOOP("Appearance", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Appearance", "Light"),
    "dark": QT_TRANSLATE_NOOP("Appearance", "Dark"),
    "high_contrast": QT_TRANSLATE_NOOP("Appearance", "High contrast"),
}
SETTING = "appearance/theme"
ON_ACCENT = {"light": "#ffffff", "dark": "#ffffff", "high_contrast": "#000000"}  # text on accent fills

# light colour -> dark colour (Tailwind's slate ramp, read the other way round)
DARK = {
    "#ffffff": "#1e293b",  # surfaces: inputs, tables, cards, panes
    "#f7f8fa": "#0f172a",  # window
    "#f8fafc": "#182235",  # alternate rows, header bands
    "#f1f5f9": "#263246",  # hover, weekends, disabled fills
    "#eef1f5": "#111b2e",  # sidebar, board columns, status bar
    "#eef2f6": "#2b3649",  # grid lines
    "#eef3f8": "#22304a",  # report totals
    "#e8edf2": "#334155",
    "#e2e8f0": "#334155",  # borders
    "#dde2e8": "#334155",
    "#dbe2ea": "#3b4a60",
    "#cbd5e1": "#475569",  # input borders
    "#c3ccd8": "#52627a",  # scroll handles
    "#94a3b8": "#7c8aa0",  # disabled text, placeholders
    "#8a8f98": "#9aa3b2",
    "#64748b": "#a3b1c6",  # muted text
    "#475569": "#b6c2d3",
    "#404040": "#d4d8de",  # chart axes
    "#334155": "#cbd5e1",
    "#1f2937": "#e5e7eb",  # text
    "#1e293b": "#f1f5f9",
    "#1e3a5f": "#bfdbfe",  # headings
    "#0f172a": "#f8fafc",
    "#dbeafe": "#1e3a8a",  # selection
    "#dbe6f5": "#1e3a5f",
    "#eff6ff": "#172554",  # today
    "#2563eb": "#3b82f6",  # accent
    "#1d4ed8": "#2563eb",
    "#3b82f6": "#60a5fa",
    "#dc2626": "#f87171",  # errors
    "#b91c1c": "#fca5a5",
    "#b00020": "#fca5a5",
    "#991b1b": "#fecaca",
    "#fef2f2": "#3b1212",
    "#fecaca": "#7f1d1d",
    "#fffbeb": "#3a2a08",  # warnings, stale cards
    "#fef3c7": "#4a3508",
    "#fcd34d": "#a16207",
    "#92400e": "#fde68a",
    "#b45309": "#fbbf24",
}

# light colour -> high contrast: black ground, white text and lines, yellow accent (as Windows' own)
HIGH_CONTRAST = {
    **{light: "#000000" for light in ("#ffffff", "#f7f8fa", "#f8fafc", "#eef1f5", "#eef3f8", "#fef2f2")},
    **{light: "#000000" for light in ("#f1f5f9", "#fffbeb", "#fef3c7", "#eff6ff")},
    **{light: "#ffffff" for light in ("#e2e8f0", "#dde2e8", "#dbe2ea", "#cbd5e1", "#c3ccd8", "#e8edf2")},
    "#eef2f6": "#a0a0a0",  # grid lines: visible, quieter than borders
    **{light: "#ffffff" for light in ("#1f2937", "#1e293b", "#1e3a5f", "#0f172a", "#334155", "#404040")},
    **{light: "#f0f0f0" for light in ("#64748b", "#475569", "#8a8f98")},
    "#94a3b8": "#c0c0c0",
    "#dbeafe": "#1c1ca8",  # selection: deep blue under white text
    "#dbe6f5": "#1c1ca8",
    "#2563eb": "#ffff00",  # accent and focus: yellow
    "#1d4ed8": "#ffff00",
    "#3b82f6": "#ffff00",
    **{light: "#ff6b6b" for light in ("#dc2626", "#b91c1c", "#b00020", "#991b1b", "#fecaca")},
    **{light: "#ffd54f" for light in ("#fcd34d", "#92400e", "#b45309")},
}

DARK.update({"#ccfbf1": "#134e4a", "#0f766e": "#5eead4", "#15803d": "#4ade80"})  # call chips, "qualified"
HIGH_CONTRAST.update({"#ccfbf1": "#000000", "#0f766e": "#00ffff", "#15803d": "#00ff00"})

_MAPS: dict[str, dict[str, str]] = {"light": {}, "dark": DARK, "high_contrast": HIGH_CONTRAST}
_registered: list[tuple[QColor, str]] = []  # module-level colours, recoloured in place on a change
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_current = "light"


def current() -> str:
    return _current


def set_current(theme: str) -> None:
    global _current
    _current = theme if theme in _MAPS else "light"
    for colour, light in _registered:
        colour.setRgba(QColor(hex_of(light)).rgba())


@contextmanager
def for_paper() -> Iterator[None]:
    """Paint in the light theme for the while (images and prints are read on white paper)."""
    shown = _current
    set_current("light")
    try:
        yield
    finally:
        set_current(shown)


def themed(light: str) -> QColor:
    """A module-level colour constant that follows the theme: the same QColor object is recoloured in
    place when the theme changes, so `from module import TEXT` stays right."""
    colour = QColor(hex_of(light))
    _registered.append((colour, light))
    return colour


def hex_of(light: str, theme: str | None = None) -> str:
    """The colour that stands for the light theme's `light` ('#rrggbb') in a theme (default: current)."""
    return _MAPS[theme or _current].get(light.lower(), light)


def tone(light: str) -> QColor:
    """A QColor for the light theme's `light` in the current theme: call it when painting."""
    return QColor(hex_of(light))


def themed_qss(qss: str, theme: str) -> str:
    """The stylesheet written in light colours, in `theme`'s colours."""
    mapping = _MAPS[theme]
    qss = qss.replace("@ON_ACCENT@", ON_ACCENT[theme])
    return _HEX.sub(lambda m: mapping.get(m.group(0).lower(), m.group(0)), qss)


def saved_choice() -> str:
    value = str(QSettings().value(SETTING, "system"))
    return value if value in CHOICES else "system"


def save_choice(choice: str) -> None:
    QSettings().setValue(SETTING, choice if choice in CHOICES else "system")


def resolve(choice: str) -> str:
    """The theme to show for a choice: "system" asks the OS for its contrast preference and colour scheme."""
    if choice in _MAPS:
        return choice
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        contrast = accessibility().contrastPreference()
        if contrast == Qt.ContrastPreference.HighContrast:
            return "high_contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"
