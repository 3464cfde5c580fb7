"""Issue 25: every interactive widget of every page, and of the window around them, has an accessible
name a screen reader can say (its text, its label, or one set for it)."""

from __future__ import annotations

from app.views.common.accessibility import unnamed


def test_every_page_names_every_control(window, qtbot, sample):
    missing = {}
    for index, page in enumerate(window.pages):
        window.show_page(index)
        qtbot.wait(20)  # pages that build their controls from data (the board's columns) have done so
        found = unnamed(page)
        if found:
            missing[type(page).__name__] = found
    outside = [w for w in unnamed(window) if not any(w in v for v in missing.values())]
    assert not missing and not outside, (missing, outside)


def test_a_control_without_a_name_is_reported(window, qtbot):
    from PySide6.QtWidgets import QSpinBox

    window.show_page(0)
    box = QSpinBox(window.pages[0], objectName="nameless")
    box.show()
    assert any("nameless" in w for w in unnamed(window.pages[0]))
    box.setAccessibleName("Count")
    assert not any("nameless" in w for w in unnamed(window.pages[0]))
