"""Issue 3 figures: the pipeline board with 10,000 open deals on one pipeline, and rescoring 100,000 leads.

The database is built here (not by the demo generator, whose deals spread over six stages): one pipeline,
`deals` open deals over its four open stages, `leads` leads with a few activities each.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, insert

from app.config import Settings
from app.context import AppContext
from app.models import Activity, Deal, Lead, Pipeline, Stage, User
from app.services.sales.deals import GAP
from benchmarks.common import Result

SIZES = {"small": (500, 2_000), "large": (10_000, 100_000)}
STAGES = [("Qualification", 10), ("Needs analysis", 25), ("Proposal", 50), ("Negotiation", 75)]


def _row(rng: random.Random, when: datetime) -> dict[str, object]:
    return {
        "id": uuid.UUID(int=rng.getrandbits(128)),
        "created_at": when,
        "updated_at": when,
        "version": 1,
        "custom": {},
    }


def build(path: Path, deals: int, leads: int) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    rng = random.Random(3)
    now = datetime.now(UTC)
    with ctx.engine.begin() as conn:
        users = [
            {**_row(rng, now), "name": f"Rep {i}", "email": f"rep{i}@bench.example", "is_active": True}
            for i in range(8)
        ]
        conn.execute(insert(User.__table__), users)
        pipeline = {**_row(rng, now), "name": "Bench", "position": 0, "is_default": True}
        conn.execute(delete(Stage.__table__))  # the bench's pipeline replaces a fresh database's default one
        conn.execute(delete(Pipeline.__table__))
        conn.execute(insert(Pipeline.__table__), [pipeline])
        stages = [
            {
                **_row(rng, now),
                "pipeline_id": pipeline["id"],
                "name": n,
                "position": i,
                "probability": p,
                "is_won": False,
                "is_lost": False,
            }
            for i, (n, p) in enumerate([*STAGES])
        ]
        stages += [
            {
                **_row(rng, now),
                "pipeline_id": pipeline["id"],
                "name": "Won",
                "position": 4,
                "probability": 100,
                "is_won": True,
                "is_lost": False,
            },
            {
                **_row(rng, now),
                "pipeline_id": pipeline["id"],
                "name": "Lost",
                "position": 5,
                "probability": 0,
                "is_won": False,
                "is_lost": True,
            },
        ]
        conn.execute(insert(Stage.__table__), stages)
        rows = []
        for i in range(deals):
            stage = stages[i % 4]
            when = now - timedelta(days=rng.randint(1, 200))
            rows.append(
                {
                    **_row(rng, when),
                    "name": f"Deal {i}",
                    "pipeline_id": pipeline["id"],
                    "stage_id": stage["id"],
                    "amount_minor": rng.randint(1, 500) * 10000,
                    "currency": "EUR",
                    "expected_close": (now + timedelta(days=rng.randint(-10, 200))).date(),
                    "lost_reason": "",
                    "owner_id": rng.choice(users)["id"],
                    "position": (i // 4) * GAP,
                    "stage_entered_at": when,
                }
            )
        conn.execute(insert(Deal.__table__), rows)
        industries = ["Software", "Retail", "Manufacturing", "Finance"]
        lead_rows, activities = [], []
        for i in range(leads):
            when = now - timedelta(days=rng.randint(1, 400))
            lead_rows.append(
                {
                    **_row(rng, when),
                    "first_name": "Lee",
                    "last_name": f"Lead {i}",
                    "company": f"Company {i % 5000}",
                    "title": rng.choice(["CEO", "Head of IT", "Buyer", "Engineer"]),
                    "email": f"lead{i}@bench.example",
                    "phone": "",
                    "phone_display": "",
                    "source": rng.choice(["web_form", "referral", "event"]),
                    "status": "new",
                    "score": 0,
                    "notes": "",
                    "lifecycle": "lead",
                    "disqualified_reason": "",
                    "industry": rng.choice(industries),
                    "company_size": rng.choice([10, 100, 1000]),
                    "website": "",
                }
            )
            for _ in range(rng.choice([0, 0, 1, 2])):
                at = when + timedelta(days=rng.randint(0, 60))
                activities.append(
                    {
                        **_row(rng, at),
                        "kind": rng.choice(["call", "email"]),
                        "subject": "x",
                        "body": "",
                        "lead_id": lead_rows[-1]["id"],
                        "occurred_at": min(at, now),
                    }
                )
            if len(lead_rows) >= 5000:
                conn.execute(insert(Lead.__table__), lead_rows)
                lead_rows = []
        if lead_rows:
            conn.execute(insert(Lead.__table__), lead_rows)
        for start in range(0, len(activities), 5000):
            conn.execute(insert(Activity.__table__), activities[start : start + 5000])
    ctx.close()


def database(data: Path, size: str) -> Path:
    deals, leads = SIZES.get(size, SIZES["small"])
    path = data / f"board-{size}.db"
    if not path.exists():
        data.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ({deals:,} deals, {leads:,} leads) ...", flush=True)
        build(path, deals, leads)
    return path


def run(data: Path, size: str, gui: bool = True) -> list[Result]:
    path = database(data, size)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    deals, leads = SIZES.get(size, SIZES["small"])
    results: list[Result] = []
    try:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            ctx.scoring.recompute_all()
            times.append(time.perf_counter() - started)
            # the next run must do the full work again: make every score differ
            with ctx.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE leads SET score = -1")
        results.append(
            Result(
                "recompute the scores of every lead",
                statistics.median(times) * 1000,
                target=10_000,
                note=f"{leads:,} leads, every score written",
            )
        )
        if gui:
            results += _gui(ctx, deals)
    finally:
        ctx.close()
    return results


def _gui(ctx: AppContext, deals: int) -> list[Result]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.views.board.page import BoardPage
    from app.views.common.change_relay import ChangeRelay
    from app.views.common.env import ViewEnv
    from app.views.shell.application import make_qapp
    from benchmarks.bench_gui import _PaintWatch, _until_painted

    make_qapp([])
    undo = QUndoStack()
    env = ViewEnv(ctx, undo, ChangeRelay(ctx.bus), lambda _m: None, lambda m: print("error:", m))
    opens, drops, undos = [], [], []
    for _ in range(3):
        started = time.perf_counter()
        page = BoardPage(env)
        page.resize(1400, 900)
        page.show()  # the cards are read on first show; nothing is painted before the events run below
        first = next(iter(page.columns.values()))
        watch = _PaintWatch(first.view.viewport())
        while watch.paints == 0:
            QApplication.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        stages = list(page.columns)
        for i in range(5):
            card = page.columns[stages[0]].model.cards[i]
            target = page.columns[stages[1]]
            before = target.model.cards[3].id
            watch_target = _PaintWatch(target.view.viewport())
            drops.append(
                _until_painted(
                    watch_target, lambda p=page, c=card, t=target, b=before: p.move(c, t.stage.id, b)
                )
            )
            undos.append(_until_painted(watch_target, undo.undo))
        page.close()
        page.deleteLater()
        QApplication.processEvents()
    return [
        Result(
            "Pipeline board: open to first painted cards",
            statistics.median(opens),
            target=1000,
            note=f"{deals:,} open deals, one pipeline",
        ),
        Result(
            "Pipeline board: drop persisted and repainted",
            statistics.median(drops),
            target=50,
            note="move to another column, between two cards",
        ),
        Result("Pipeline board: undo of a drop, repainted", statistics.median(undos), target=50),
    ]
