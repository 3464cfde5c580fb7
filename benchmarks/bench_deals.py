"""The deal editor's writes on the board's database (10,000 open deals at --size large), on a copy of it.

Each write is one user action through `ctx.deals` (validation with links and custom values, end-of-column
position, stage history, audit, rollup triggers); the editor figure is building and showing the dialog.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from itertools import count
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.services.core.custom_fields import FieldInput
from app.services.sales.deal_input import DealInput
from benchmarks import bench_board
from benchmarks.common import Result, median_ms

SECTION = "Deal editor"


def run(data: Path, size: str, gui: bool = True) -> list[Result]:
    source = bench_board.database(data, size)
    deals, _leads = bench_board.SIZES.get(size, bench_board.SIZES["small"])
    with tempfile.TemporaryDirectory(prefix="rapport-bench-deals-") as tmp:
        path = Path(tmp) / "deals.db"
        shutil.copyfile(source, path)
        ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
        try:
            return _run(ctx, deals, gui)
        finally:
            ctx.close()


def _run(ctx: AppContext, deals: int, gui: bool) -> list[Result]:
    ctx.custom_fields.create(FieldInput("deal", "Region", "choice", choices=("EMEA", "APAC")))
    pipeline = ctx.deals.pipelines()[0]
    first, second = pipeline.stages[0].id, pipeline.stages[1].id
    names = count()

    def data(stage: object = first, amount: str = "1000") -> DealInput:
        return DealInput(
            name=f"Bench deal {next(names)}",
            pipeline_id=pipeline.id,
            stage_id=stage,  # type: ignore[arg-type]
            amount=amount,
            custom={"region": "EMEA"},
        )

    created = []
    create = median_ms(lambda: created.append(ctx.deals.create(data()).value), repeat=20)
    detail = created[-1]
    edits = []
    for i in range(10):
        stage = second if i % 2 == 0 else first
        started = time.perf_counter()
        detail = ctx.deals.update(detail.id, data(stage, str(2000 + i)), detail.version).value
        edits.append((time.perf_counter() - started) * 1000)
    trash = median_ms(lambda: ctx.deals.delete([created.pop().id]), repeat=10)
    results = [
        Result(
            "Deal: create (end of column, history, custom value)", create, target=50, note=f"{deals:,} deals"
        ),
        Result("Deal: edit with a stage change", statistics.median(edits), target=50),
        Result("Deal: move to the trash", trash, target=50),
    ]
    if gui:
        results.append(_editor_open(ctx, detail.id))
    return results


def _editor_open(ctx: AppContext, deal_id: object) -> Result:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.views.board.deal_editor import DealEditor
    from app.views.common.change_relay import ChangeRelay
    from app.views.common.env import ViewEnv
    from app.views.shell.application import make_qapp

    make_qapp([])
    env = ViewEnv(ctx, QUndoStack(), ChangeRelay(ctx.bus), lambda _m: None, lambda m: print("error:", m))
    times = []
    for _ in range(5):
        started = time.perf_counter()
        dialog = DealEditor(env, ctx.deals.get(deal_id))  # type: ignore[arg-type]
        dialog.show()
        QApplication.sendPostedEvents()
        times.append((time.perf_counter() - started) * 1000)
        dialog.close()
        dialog.deleteLater()
    return Result("Deal editor: open an existing deal", statistics.median(times), target=200)
