"""Without libxcb-cursor on an X11 desktop the app says what to install instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.views.shell.platform_check import XCB_CURSOR_MISSING, missing_display_library, uses_xcb

ROOT = Path(__file__).resolve().parents[3]


def _none(_name: str) -> None:
    return None


def test_xcb_is_used_on_linux_x11_or_when_asked_for():
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not uses_xcb({}, "win32") and not uses_xcb({}, "darwin")


def test_the_message_names_the_packages_only_when_the_library_is_missing():
    message = missing_display_library({"DISPLAY": ":0"}, "linux", _none)
    assert message == XCB_CURSOR_MISSING
    assert "libxcb-cursor0" in message and "xcb-util-cursor" in message
    assert missing_display_library({"DISPLAY": ":0"}, "linux", lambda _n: "libxcb-cursor.so.0") is None
    assert missing_display_library({"QT_QPA_PLATFORM": "offscreen"}, "linux", _none) is None


def test_the_gui_command_prints_what_to_install_and_exits_before_qt_starts(tmp_path):
    script = (
        "import ctypes.util, sys\n"
        "real = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda n: None if n == 'xcb-cursor' else real(n)\n"
        "from app.config import Settings\n"
        "from app.views.shell.application import run_gui\n"
        f"code = run_gui(Settings(db_url='sqlite:///{tmp_path / 'x.db'}'), ['rapport'])\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99", "PYTHONPATH": str(ROOT)}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "sudo apt install libxcb-cursor0" in done.stderr and "xcb-util-cursor" in done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr
