"""Issue 4 polish figures: an arrow-key move of the first task of the 1,000-task chain (key press to the
repainted chart, through the undoable command and the page's reload), a lag change pushing that chain
(service), and the Gantt's print preview (PDF of the schedule plus the preview's first rendering).

Uses the Gantt benchmark's bulk-built database (bench_gantt.database); every change is undone again.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from sqlalchemy import select

from app.config import Settings
from app.context import AppContext
from app.models import Activity, TaskDependency
from benchmarks import bench_gantt
from benchmarks.common import Result

SECTION = "Gantt keyboard moves, lag and print preview (issue 4)"


def run(data: Path, size: str, gui: bool = True) -> list[Result]:
    path = bench_gantt.database(data, size)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    results: list[Result] = []
    try:
        with ctx.uow.read() as session:
            first = session.scalar(
                select(Activity.id)
                .where(Activity.group_name == bench_gantt.CHAIN)
                .order_by(Activity.start_at)
                .limit(1)
            )
            link_id = session.scalar(select(TaskDependency.id).where(TaskDependency.predecessor_id == first))
        assert first is not None and link_id is not None
        times, pushed = [], 0
        for _ in range(5):
            started = time.perf_counter()
            change = ctx.scheduling.set_lag(link_id, 24 * 60).value
            times.append((time.perf_counter() - started) * 1000)
            pushed = len(change.reschedule.moves)
            ctx.scheduling.set_lag(link_id, change.before, change.version)
            ctx.scheduling.revert(change.reschedule)
        results.append(
            Result(
                "lag +1 day on the chain's first dependency (service)",
                statistics.median(times),
                target=200,
                note=f"{pushed:,} tasks pushed and audited in one unit of work",
            )
        )
        if gui:
            results += _gui(ctx, first)
    finally:
        ctx.close()
    return results


def _gui(ctx: AppContext, first: object) -> list[Result]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.views.common.change_relay import ChangeRelay
    from app.views.common.env import ViewEnv
    from app.views.common.printing import preview_dialog
    from app.views.schedule.page import GanttPage
    from app.views.shell.application import make_qapp
    from benchmarks.bench_gui import _PaintWatch, _until_painted

    make_qapp([])
    undo = QUndoStack()
    env = ViewEnv(ctx, undo, ChangeRelay(ctx.bus), lambda _m: None, lambda m: print("error:", m))
    page = GanttPage(env)
    page.resize(1400, 900)
    page.show()
    watch = _PaintWatch(page.chart.viewport())
    while watch.paints == 0:
        QApplication.processEvents()
    page.chart.selected = first  # type: ignore[assignment]
    moves = []
    for _ in range(5):
        moves.append(_until_painted(watch, lambda: QTest.keyClick(page.chart, Qt.Key.Key_Right)))
        undo.undo()
        page.reload()
    shown = len(page.data.tasks) if page.data else 0
    prints, pages = [], 0
    for _ in range(3):
        started = time.perf_counter()
        dialog = preview_dialog(page, page.pdf(), "Everyone's tasks")
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        prints.append((time.perf_counter() - started) * 1000)
        pages = widget.pageCount()
        dialog.deleteLater()
        QApplication.processEvents()
    page.close()
    return [
        Result(
            "Gantt: → on the chain's first task, to repainted chart",
            statistics.median(moves),
            target=1000,
            note=f"1 key press = 1 undoable move: the chain pushed, the page reloaded ({shown:,} tasks)",
        ),
        Result(
            "Gantt: print preview shown (PDF + first rendering)",
            statistics.median(prints),
            note=f"everyone's tasks at week zoom: {pages} A3 landscape pages, rendered at 300 dpi",
        ),
    ]
