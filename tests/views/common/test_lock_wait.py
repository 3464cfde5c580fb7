"""A save that meets another program's write lock shows "Waiting for another program…", then lands.

The other program is a real second process holding `BEGIN IMMEDIATE` on the same SQLite file.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from tests.concurrency.lock_holder import hold
from tests.views.helpers import press, row_of

HOLD_S = 3.0


def _open_ada(window, qtbot):
    window.show_page(1)
    page = window.contacts
    page.select_row(row_of(page.model, "last_name", "Lovelace"))
    press(qtbot, page.table, Qt.Key.Key_F2)
    dialog = page.editor
    dialog.editor("city").clear()
    qtbot.keyClicks(dialog.editor("city"), "Paris")
    return dialog


def _waiting_box() -> QProgressDialog | None:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "lockWait" and w.isVisible()]
    return boxes[0] if boxes else None


def test_a_save_waits_visibly_for_another_writer_then_succeeds(window, qtbot, ctx, sample, tmp_path):
    dialog = _open_ada(window, qtbot)
    seen: dict[str, str] = {}

    def look() -> None:
        box = _waiting_box()
        seen["text"] = box.labelText() if box else ""
        seen["cancel"] = box.findChild(QPushButton).text() if box else ""
        window.grab().save(str(tmp_path / "window.png"))
        if box:
            box.grab().save("/tmp/lock_wait_box.png")

    holder = hold(ctx.settings.sqlite_path, HOLD_S)
    QTimer.singleShot(1500, look)
    start = time.monotonic()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    waited = time.monotonic() - start
    holder.wait(10)
    assert "Waiting for another program to finish writing" in seen["text"]
    assert seen["cancel"] == "Cancel"
    assert waited >= HOLD_S - 1.5  # it waited for the other program...
    assert not dialog.isVisible() and _waiting_box() is None  # ...then saved and closed
    assert ctx.contacts.get(sample.ada).city == "Paris"


def test_cancel_stops_waiting_says_so_in_the_dialog_and_keeps_the_form(window, qtbot, ctx, sample):
    dialog = _open_ada(window, qtbot)
    holder = hold(ctx.settings.sqlite_path, HOLD_S)

    def press_cancel() -> None:
        button = _waiting_box().findChild(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(800, press_cancel)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.editor("city").text() == "Paris"
    assert "you stopped waiting for another program" in dialog.error_banner.text()
    assert dialog.error_banner.isVisible() or not dialog.error_banner.isHidden()
    holder.wait(10)
    assert ctx.contacts.get(sample.ada).city == "Berlin"  # nothing saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the other program is done: save again
    assert not dialog.isVisible() and ctx.contacts.get(sample.ada).city == "Paris"
