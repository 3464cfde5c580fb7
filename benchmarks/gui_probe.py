"""Run in a fresh process by bench_gui: `python -m benchmarks.gui_probe bare|memory DB|startup DB frame|rows|page`.

`startup` runs `rapport --db DB` and exits at the first paint of the window, of its first contact rows or of
the full Contacts page; `bare` does the same with an empty PySide6 window, the floor.
`memory` opens the Contacts page, scrolls, sorts and searches, then prints the peak resident set size.
"""

from __future__ import annotations

import os
import resource
import sys
from importlib import import_module


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
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1400, 900)
    seen: dict[str, float] = {}

    class Watch(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                _mark(seen, "frame")
                app.quit()
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    code = app.exec()
    print(" ".join(f"{k}={v:.0f}" for k, v in seen.items()))
    return code


def startup(db: str, until: str) -> int:
    """`rapport --db DB` itself (app.cli.main), ending at the first paint of the window frame (`frame`), of
    the first contact rows (`rows`: start-up's preview or the page, whichever comes first) or of the real
    Contacts page's rows (`page`: the database layer loaded and the page attached). Prints the wall and CPU
    milliseconds since the process started for each of those it saw, the GUI thread's CPU for attaching the
    page (`attach_cpu`) and its longest busy spell between the first rows and the page (`stall`)."""
    import time

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    cli = import_module("app.cli")
    from app.views.shell.application import make_qapp
    from app.views.shell.main_window import MainWindow

    app = make_qapp(sys.argv)  # the app's start-up reuses it
    seen: dict[str, float] = {}
    tables = {"rows": ("contactsPreviewTable", "contactsTable"), "page": ("contactsTable",)}
    attach = MainWindow.attach

    def timed_attach(window, ctx) -> None:  # type: ignore[no-untyped-def]
        started = time.thread_time()
        attach(window, ctx)
        seen["attach_cpu"] = (time.thread_time() - started) * 1000  # the GUI thread's part of the handover

    MainWindow.attach = timed_attach  # type: ignore[method-assign]

    class Watch(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                parent = obj.parent() if isinstance(obj, QObject) else None
                name = parent.objectName() if parent is not None else ""
                if isinstance(obj, QMainWindow):
                    _mark(seen, "frame")
                if name in tables["rows"] and parent.model().rowCount():
                    _mark(seen, "rows")
                if name in tables["page"] and parent.model().rowCount() and "page" not in seen:
                    ticks.tick()  # the spell that built the page ends with its first paint
                    _mark(seen, "page")
                if until in seen:
                    app.quit()
            return False

    watch = Watch()
    app.installEventFilter(watch)
    ticks = _Ticks(lambda: "rows" in seen and "page" not in seen)
    code = cli.main(["--db", db])
    seen["stall"] = ticks.longest
    print(" ".join(f"{k}={v:.0f}" for k, v in seen.items()))
    return code


class _Ticks:
    """A 10 ms timer on the GUI thread noting the longest gap between its ticks while `watching()`."""

    def __init__(self, watching) -> None:  # type: ignore[no-untyped-def]
        import time

        from PySide6.QtCore import QTimer

        self.clock = time.perf_counter
        self.watching = watching
        self.longest = 0.0
        self.last = self.clock()
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = self.clock()
        if self.watching():
            self.longest = max(self.longest, (now - self.last) * 1000)
        self.last = now


def _mark(seen: dict[str, float], what: str) -> None:
    """Note the wall and CPU milliseconds since the process started, the first time `what` happens."""
    if what not in seen:
        seen[what] = _since_start()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        seen[f"{what}_cpu"] = (usage.ru_utime + usage.ru_stime) * 1000


def _since_start() -> float:
    """Milliseconds since this process was created (Linux: /proc/self/stat)."""
    ticks = os.sysconf("SC_CLK_TCK")
    with open("/proc/self/stat") as stat:
        started = int(stat.read().rsplit(")", 1)[1].split()[19]) / ticks
    with open("/proc/uptime") as uptime:
        now = float(uptime.read().split()[0])
    return (now - started) * 1000


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
