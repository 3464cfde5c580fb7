"""GUI figures: first painted rows, jump to the end, sort, search, cold start and peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app.context import AppContext
from app.views.common.change_relay import ChangeRelay
from app.views.common.env import ViewEnv
from app.views.records.contacts import ContactsPage
from app.views.shell.application import make_qapp
from benchmarks.common import Result


class _PaintWatch(QObject):
    """Counts paint events of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _until_painted(watch: _PaintWatch, action: Callable[[], object]) -> float:
    """Milliseconds from calling `action` until the watched widget has painted again."""
    before = watch.paints
    started = time.perf_counter()
    action()
    deadline = started + 20
    while watch.paints == before and time.perf_counter() < deadline:
        QApplication.processEvents()
    return (time.perf_counter() - started) * 1000


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def _page(ctx: AppContext) -> ContactsPage:
    undo = QUndoStack()
    env = ViewEnv(ctx, undo, ChangeRelay(ctx.bus), lambda _m: None, lambda m: print("error:", m))
    page = ContactsPage(env)
    page._keep = (undo, env)  # type: ignore[attr-defined]
    page.resize(1400, 900)
    return page


def _probe(*args: str, config: str = "") -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if config:  # the probes' own QSettings, never the user's
        env["XDG_CONFIG_HOME"] = config
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.gui_probe", *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return (time.perf_counter() - started) * 1000, out.stdout.strip()


def _marks(*args: str, config: str) -> dict[str, float]:
    """The probe's figures: `frame=… rows=… page=…` (ms since the process started) and their `_cpu`."""
    _ms, out = _probe(*args, config=config)
    return {k: float(v) for k, v in (item.split("=") for item in out.split())}


def _cold_starts(db: Path, runs: int = 5) -> dict[str, list[float]]:
    """Fresh processes, a bare window's and the app's interleaved so both see the same machine load."""
    import tempfile

    figures: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as config:
        for _ in range(runs):
            for name, value in _marks("bare", config=config).items():
                figures.setdefault(f"bare_{name}", []).append(value)
            for name, value in _marks("startup", str(db), "page", config=config).items():
                figures.setdefault(name, []).append(value)
    return figures


def run(ctx: AppContext, db: Path) -> list[Result]:
    make_qapp([])
    results = []
    opens, lasts, sorts, searches = [], [], [], []
    for _ in range(3):
        started = time.perf_counter()
        page = _page(ctx)
        watch = _PaintWatch(page.table.viewport())
        page.show()
        while watch.paints == 0:
            QApplication.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        lasts.append(_until_painted(watch, page.table.scrollToBottom))
        page.table.sortByColumn(
            page.model.columns.index(next(c for c in page.model.columns if c.sort == "city")),
            Qt.SortOrder.AscendingOrder,
        )
        QApplication.processEvents()
        sorts.append(
            _until_painted(watch, lambda p=page: p.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
        )
        query = page.model.query
        searches.append(
            _until_painted(watch, lambda p=page, q=query: p.model.set_query(replace(q, search="mar")))
        )
        page.close()
        page.deleteLater()
        QApplication.processEvents()
    total = ctx.contacts.count(page.model.query.__class__())
    results.append(
        Result(
            "Contacts page: open to first painted rows",
            _median(opens),
            target=300,
            note=f"{total:,} contacts, 1400x900 offscreen",
        )
    )
    results.append(Result("Contacts page: jump to the last row", _median(lasts), target=100))
    results.append(Result("Contacts page: sort by last name", _median(sorts), target=100))
    results.append(
        Result(
            "Contacts page: search 'mar' to repainted rows",
            _median(searches),
            target=50,
            note="after the 120 ms typing debounce",
        )
    )
    starts = _cold_starts(db)
    bare = _median(starts["bare_frame"])
    results.append(
        Result(
            "cold start to main window shown",
            _median(starts["frame"]),
            target=2000,
            raw=bare,
            max_ratio=2.0,
            note="raw = a bare PySide6 window's start; target under 2 s and 2x",
        )
    )
    results.append(
        Result(
            "cold start to first contact rows painted",
            _median(starts["rows"]),
            target=600,
            raw=bare,
            note=f"plain-sqlite3 first page before the ORM loads; CPU {_median(starts['rows_cpu']):.0f} ms",
        )
    )
    results.append(
        Result(
            "cold start to the full Contacts page (ORM loaded, handed over)",
            _median(starts["page"]),
            target=2000,
            raw=bare,
            note=f"CPU {_median(starts['page_cpu']):.0f} ms; the window answers meanwhile",
        )
    )
    _ms, peak = _probe("memory", str(db))
    results.append(
        Result(
            "peak memory, Contacts page open and used",
            float(peak),
            unit="MB",
            target=400,
            note="scrolled, sorted, searched",
        )
    )
    return results
