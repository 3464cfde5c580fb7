"""Before Qt starts: say in words which system library a Linux desktop lacks, instead of Qt's abort.

Since Qt 6.5 the xcb (X11) platform plugin needs libxcb-cursor.so.0, which many distributions do not
install by default; without it Qt prints "Could not load the Qt platform plugin xcb" and aborts, which
does not say what to install. This check needs no Qt, so it runs before the QApplication exists.
"""

from __future__ import annotations

import ctypes.util
import sys
from collections.abc import Callable, Mapping

XCB_CURSOR_MISSING = (
    "Rapport cannot start its window: the X11 library libxcb-cursor is not installed.\n"
    "Install it and start Rapport again:\n"
    "  Debian, Ubuntu:   sudo apt install libxcb-cursor0\n"
    "  Fedora, RHEL:     sudo dnf install xcb-util-cursor\n"
    "  Arch:             sudo pacman -S xcb-util-cursor\n"
    "  openSUSE:         sudo zypper install libxcb-cursor0\n"
    "(or run it on Wayland, or with QT_QPA_PLATFORM=offscreen for scripts)"
)


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will pick its xcb plugin: Linux, and QT_QPA_PLATFORM says xcb or, unset, no Wayland."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_display_library(
    env: Mapping[str, str],
    platform: str = sys.platform,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
) -> str | None:
    """The message to show when the xcb plugin's libxcb-cursor is missing, else None."""
    if uses_xcb(env, platform) and find_library("xcb-cursor") is None:
        return XCB_CURSOR_MISSING
    return None
