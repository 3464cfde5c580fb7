"""Run in a fresh process by bench_gui: `python -m benchmarks.gui_probe bare|memory DB|startup DB frame|rows`.

`startup` goes through the app's real start-up and exits at the first paint of the window or of its rows; `bare` does the same with an empty PySide6 window, the floor.
`memory` opens the Contacts page, scrolls, sorts and searches, then prints the peak resident set size.
"""

from __future__ import annotations

import os
import resource
import sys


def _quit_on_first_paint(widget, app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject

    class Filter(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                app.quit()
            return False

    widget._probe_filter = Filter()  # keep a reference
    widget.installEventFilter(widget._probe_filter)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1400, 900)
    _quit_on_first_paint(window, app)
    window.show()
    return app.exec()


def startup(db: str, until: str) -> int:
    """The app's own start-up (app.views.shell.application.run_gui's steps), ending at the first paint of the
    window frame (`frame`) or of the Contacts rows (`rows`)."""
    import app.cli
    from app.config import resolve_settings
    from app.views.shell.application import _after_first_paint, make_qapp, open_database
    from app.views.shell.main_window import MainWindow

    app = make_qapp(sys.argv)
    settings = resolve_settings(db=db)
    window = MainWindow()
    window.show_opening(db)
    opened = {}

    def attach() -> None:
        opened["ctx"] = open_database(window, settings)
        window.show_page(window.pages.index(window.contacts))
        _quit_on_first_paint(window.contacts.table.viewport(), app)

    if until == "frame":
        _quit_on_first_paint(window, app)
    else:
        _after_first_paint(window, attach)
    window.show()
    code = app.exec()
    if opened.get("ctx"):
        opened["ctx"].close()
    return code


def memory(db: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.config import resolve_settings
    from app.context import AppContext
    from app.views.shell.application import make_qapp
    from app.views.shell.main_window import MainWindow

    app = make_qapp(sys.argv)
    ctx = AppContext.open(resolve_settings(db=db))
    window = MainWindow(ctx)
    window.show_page(window.pages.index(window.contacts))
    window.show()
    page = window.contacts
    bar = page.table.verticalScrollBar()
    for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
        bar.setValue(int(bar.maximum() * fraction))
        QApplication.processEvents()
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    QApplication.processEvents()
    page.model.set_query(page.model.query.__class__(search="mar"))
    QApplication.processEvents()
    app.processEvents()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)  # Linux reports KiB
    ctx.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    if mode == "bare":
        raise SystemExit(bare())
    if mode == "memory":
        raise SystemExit(memory(sys.argv[2]))
    raise SystemExit(startup(sys.argv[2], sys.argv[3]))
