"""Issue 4 figures: a Gantt of 5,000 tasks with 4,000 dependencies, and rescheduling a chain of 1,000.

The database is built here: one group holding a chain of `chain` tasks back to back, and groups of 20
tasks whose first 16 are chained, until there are `tasks` tasks and about `deps` dependencies.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

from sqlalchemy import insert, select

from app.config import Settings
from app.context import AppContext
from app.models import Activity, TaskDependency
from app.services.scheduling.gantt import GanttScope
from benchmarks.common import Result

SIZES = {"small": (500, 400, 100), "large": (5_000, 4_000, 1_000)}
SECTION = "Tasks and the Gantt (issue 4)"
CHAIN = "Chain"


def _base(rng: random.Random, when: datetime) -> dict[str, object]:
    return {"id": uuid.UUID(int=rng.getrandbits(128)), "created_at": when, "updated_at": when, "version": 1}


def build(path: Path, tasks: int, deps: int, chain: int) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    rng = random.Random(4)
    start = datetime.now(UTC).replace(hour=8, minute=0, second=0, microsecond=0) - timedelta(days=60)
    rows: list[dict[str, object]] = []
    links: list[dict[str, object]] = []

    def task(group: str, n: int, begin: datetime, days: int) -> uuid.UUID:
        row = {
            **_base(rng, start),
            "kind": "task",
            "subject": f"{group} task {n}",
            "body": "",
            "start_at": begin,
            "end_at": begin + timedelta(days=days),
            "occurred_at": begin,
            "progress": rng.choice([0, 0, 25, 50, 100]),
            "is_milestone": False,
            "group_name": group,
            "priority": "normal",
        }
        rows.append(row)
        return row["id"]  # type: ignore[return-value]

    def link(pred: uuid.UUID, succ: uuid.UUID) -> None:
        links.append({**_base(rng, start), "predecessor_id": pred, "successor_id": succ, "lag_minutes": 0})

    previous = None
    for n in range(chain):
        current = task(CHAIN, n, start + timedelta(hours=4 * n), 0)
        rows[-1]["end_at"] = start + timedelta(hours=4 * (n + 1))  # four-hour tasks back to back
        if previous is not None:
            link(previous, current)
        previous = current
    group = 0
    per_group_links = max(1, min(16, round((deps - len(links)) / max(1, (tasks - chain) / 20))))
    while len(rows) < tasks:
        name = f"Project {group:03d}"
        begin = start + timedelta(days=rng.randint(0, 120))
        ids = []
        for n in range(min(20, tasks - len(rows))):
            days = rng.randint(1, 5)
            ids.append(task(name, n, begin, days))
            begin += timedelta(days=days if n < per_group_links else -days)
        for pred, succ in pairwise(ids[: per_group_links + 1]):
            if len(links) < deps:
                link(pred, succ)
        group += 1
    with ctx.engine.begin() as conn:
        conn.execute(insert(Activity), rows)
        conn.execute(insert(TaskDependency), links)
    ctx.close()


def database(data: Path, size: str) -> Path:
    tasks, deps, chain = SIZES.get(size, SIZES["small"])
    path = data / f"gantt-{size}.db"
    if not path.exists():
        data.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ({tasks:,} tasks, {deps:,} dependencies) ...", flush=True)
        build(path, tasks, deps, chain)
    return path


def run(data: Path, size: str, gui: bool = True) -> list[Result]:
    path = database(data, size)
    chain = SIZES.get(size, SIZES["small"])[2]
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    results: list[Result] = []
    try:
        with ctx.uow.read() as session:
            first_id, begin, end = session.execute(
                select(Activity.id, Activity.start_at, Activity.end_at)
                .where(Activity.group_name == CHAIN)
                .order_by(Activity.start_at)
                .limit(1)
            ).one()
        times, cpu, moved = [], [], 0
        for _ in range(5):
            started, cpu_started = time.perf_counter(), time.process_time()
            outcome = ctx.scheduling.reschedule(first_id, begin + timedelta(days=1), end + timedelta(days=1))
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            moved = len(outcome.value.moves)
            ctx.scheduling.revert(outcome.value)
        results.append(
            Result(
                f"reschedule a chain of {chain:,} dependent tasks",
                statistics.median(times),
                target=200,
                note=f"{moved:,} tasks moved and audited in one unit of work (service call); "
                f"CPU {statistics.median(cpu):.0f} ms",
            )
        )
        loads, load_cpu = [], []
        for _ in range(3):
            started, cpu_started = time.perf_counter(), time.process_time()
            data_ = ctx.scheduling.load(GanttScope())
            loads.append((time.perf_counter() - started) * 1000)
            load_cpu.append((time.process_time() - cpu_started) * 1000)
        results.append(
            Result(
                "Gantt: load everyone's tasks (service)",
                statistics.median(loads),
                note=f"{len(data_.tasks):,} tasks, {len(data_.links):,} dependencies, critical path; "
                f"CPU {statistics.median(load_cpu):.0f} ms",
            )
        )
        if gui:
            results += _gui(ctx, len(data_.tasks), len(data_.links))
    finally:
        ctx.close()
    return results


def _gui(ctx: AppContext, tasks: int, links: int) -> list[Result]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.views.common.change_relay import ChangeRelay
    from app.views.common.env import ViewEnv
    from app.views.schedule.page import GanttPage
    from app.views.shell.application import make_qapp
    from benchmarks.bench_gui import _PaintWatch, _until_painted

    make_qapp([])
    undo = QUndoStack()
    env = ViewEnv(ctx, undo, ChangeRelay(ctx.bus), lambda _m: None, lambda m: print("error:", m))
    opens, open_cpu, frames = [], [], []
    for _ in range(3):
        started, cpu_started = time.perf_counter(), time.process_time()
        page = GanttPage(env)
        page.resize(1400, 900)
        page.show()
        watch = _PaintWatch(page.chart.viewport())
        while watch.paints == 0:
            QApplication.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        open_cpu.append((time.process_time() - cpu_started) * 1000)
        bar = page.chart.verticalScrollBar()
        hbar = page.chart.horizontalScrollBar()
        for step in range(1, 41):  # half a page down at a time, then three days sideways
            for scroll, value in ((bar, bar.pageStep() * step // 2), (hbar, hbar.singleStep() * 3 * step)):
                value %= scroll.maximum() + 1
                if value != scroll.value():
                    frames.append(_until_painted(watch, lambda b=scroll, v=value: b.setValue(v)))
        page.close()
        page.deleteLater()
        QApplication.processEvents()
    frames.sort()
    return [
        Result(
            "Gantt: open to first painted chart",
            statistics.median(opens),
            target=1000,
            note=f"{tasks:,} tasks, {links:,} dependencies, everyone's tasks; CPU {statistics.median(open_cpu):.0f} ms",
        ),
        Result(
            "Gantt: scroll frame (median)",
            statistics.median(frames),
            target=16,
            note="half a page down or three steps sideways, until repainted",
        ),
        Result(
            "Gantt: scroll frame (95th percentile)",
            frames[int(len(frames) * 0.95)],
            target=33,
            note=f"{len(frames)} frames",
        ),
    ]
