"""Issue 20 figures: the added cost of a save with 50 active rules, a time rule over N contacts, and an
import whose every created contact fires a rule, against the same import without rules."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.config import Settings
from app.context import AppContext
from app.models import Contact
from app.services.automation.spec import RuleInput
from app.services.importing.csv_read import read_table
from app.services.importing.engine import MatchOn, RecordImportSpec
from app.services.importing.mapping import known_headers, suggest
from app.services.records.contacts import ContactInput
from benchmarks.bench_import import SIZES, write_csv
from benchmarks.common import Result

SECTION = "Workflow automation (issue 20)"
NOTE = (
    "Save = `ContactsService.update` of one field, alternated with and without 50 enabled rules (45 on other "
    "fields or entities, 5 on contact title changes with segment conditions that do not match) against "
    "none. Time rule = `rapport automation run` with one rule (contacts whose creation anniversary is "
    "today: find by date in SQL, claim run keys, create a task each, log). Import = `rapport import "
    "contacts` of an Outlook-style CSV, with a rule creating a task for every created contact. Rescore = "
    "`ScoringService.recompute_all` over 5x the import's rows of leads, every score rewritten, with no rules "
    "and with a score-crosses rule (its changes checked, none crossing)."
)
TASK = ({"type": "create_task", "subject": "Welcome call", "due_days": 1},)


def _fifty_rules(ctx: AppContext) -> None:
    not_fr = {"match": "all", "items": [{"field": "country", "operator": "equals", "value": "XX"}]}
    for i in range(50):
        if i < 5:  # fire on the edited field, then stop at their conditions
            data = RuleInput(f"r{i}", "contact", "field_changed", {"field": "title"}, not_fr, TASK, True)
        elif i < 25:
            data = RuleInput(
                f"r{i}", "contact", "field_changed", {"field": "city", "to": f"C{i}"}, {}, TASK, True
            )
        elif i < 35:
            data = RuleInput(f"r{i}", "account", "created", {}, {}, TASK, True)
        elif i < 45:
            data = RuleInput(f"r{i}", "deal", "deal_stage", {"outcome": "won"}, {}, TASK, True)
        else:
            data = RuleInput(f"r{i}", "contact", "no_activity", {"days": 30 + i}, {}, TASK, True)
        ctx.automation.create(data)


def _saver(ctx: AppContext) -> Callable[[], None]:
    """A function that saves one contact with a new title each call."""
    c = ctx.contacts.create(ContactInput(last_name="Saver", country="DE")).value
    state = {"n": 0, "version": c.version}

    def save() -> None:
        state["n"] += 1
        data = ContactInput(last_name="Saver", country="DE", title=f"T{state['n']}")
        state["version"] = ctx.contacts.update(c.id, data, state["version"]).value.version

    return save


def save_cost(folder: Path, rounds: int = 60) -> list[Result]:
    """Saves with and without rules, alternated (one of each per round), so a busy machine slows both
    alike; the medians and the median of the per-round differences."""
    plain = AppContext.open(Settings(db_url=f"sqlite:///{folder / 'plain.db'}"))
    ruled = AppContext.open(Settings(db_url=f"sqlite:///{folder / 'ruled.db'}"))
    try:
        _fifty_rules(ruled)
        save_plain, save_ruled = _saver(plain), _saver(ruled)
        for _ in range(5):
            save_plain()
            save_ruled()
        times: list[tuple[float, float]] = []
        for _ in range(rounds):
            started = time.perf_counter()
            save_plain()
            middle = time.perf_counter()
            save_ruled()
            times.append(((middle - started) * 1000, (time.perf_counter() - middle) * 1000))
    finally:
        plain.close()
        ruled.close()
    without = statistics.median(a for a, _ in times)
    with_rules = statistics.median(b for _, b in times)
    added = statistics.median(b - a for a, b in times)
    return [
        Result("save of a contact, no rules", without),
        Result("save of a contact, 50 active rules", with_rules),
        Result(
            "added cost of a save with 50 active rules", added, target=5.0, note=f"median of {rounds} pairs"
        ),
    ]


def _fill(ctx: AppContext, count: int) -> None:
    """`count` contacts created on every day of the past two years (their anniversaries spread out)."""
    now = datetime.now(UTC)
    with ctx.uow() as work:
        work.bulk = True
        rows = [
            {
                "last_name": f"P{i}",
                "created_at": now - timedelta(days=1 + i % 730),
                "updated_at": now,
                "version": 1,
                "custom": {},
            }
            for i in range(count)
        ]
        from sqlalchemy import insert

        from app.models import uuid7_many

        for ident, row in zip(uuid7_many(count), rows, strict=True):
            row["id"] = ident
        with ctx.automation.paused():
            for start in range(0, count, 20_000):
                work.session.execute(insert(Contact), rows[start : start + 20_000])


def time_rule(db: Path | None, count: int, folder: Path) -> list[Result]:
    path = db or folder / "time.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    try:
        if db is None:
            _fill(ctx, count)
        with ctx.uow.read() as s:
            total = s.scalar(select(func.count()).select_from(Contact)) or 0
        anniversary = RuleInput(
            f"Anniversary {time.time_ns()}",
            "contact",
            "date_reached",
            {"field": "created_at", "days": 0, "yearly": True},
            {},
            TASK,
            True,
        )
        rule = ctx.automation.create(anniversary).value
        started = time.perf_counter()
        runs = ctx.automation.run_due()
        seconds = time.perf_counter() - started
        acted = sum(r.acted for r in runs)
        ctx.automation.set_enabled(rule.id, False)
        if db is not None:  # leave the given database as it was: undo the run, drop the rule
            for r in runs:
                if r.run_id:
                    ctx.automation.undo_run(r.run_id)
            ctx.automation.delete(rule.id)
    finally:
        ctx.close()
    return [
        Result(
            f"time rule over {total:,} contacts: find and act on {acted:,}",
            seconds,
            "s",
            target=10.0 if total >= 1_000_000 else None,
        ),
    ]


def _import(folder: Path, name: str, source: Path, rule: bool) -> tuple[float, int]:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{folder / f'{name}.db'}"))
    try:
        if rule:
            ctx.automation.create(RuleInput("Welcome", "contact", "created", {}, {}, TASK, True))
        started = time.perf_counter()
        table = read_table(source, known_headers=known_headers("contacts"))
        spec = RecordImportSpec(suggest("contacts", table.headers), match=MatchOn.EMAIL, source=source.name)
        report = ctx.importer.run("contacts", table, spec).value
        seconds = time.perf_counter() - started
    finally:
        ctx.close()
    return seconds, report.created


def import_cost(rows: int, folder: Path) -> list[Result]:
    source, warm = folder / "people.csv", folder / "warm.csv"
    write_csv(source, rows)
    write_csv(warm, 200, seed=9)
    _import(folder, "warm", warm, rule=True)
    plain, created = _import(folder, "plain", source, rule=False)
    ruled, created_too = _import(folder, "ruled", source, rule=True)
    assert created == created_too == rows
    return [
        Result(f"import of {rows:,} contacts, no rules", plain, "s"),
        Result(f"import of {rows:,} contacts, a rule creating a task for each", ruled, "s"),
        Result("import with a rule on every created contact / without", ruled / plain, "x", target=2.0),
    ]


def rescore_cost(leads: int, folder: Path) -> list[Result]:
    """The rescore of every lead (the scoring rules changed) with and without a "score crosses" rule:
    the bulk update now hands its score changes to the event rules (best of 3 each)."""
    from benchmarks.bench_board import build

    path = folder / "leads.db"
    build(path, 1, leads)  # (one deal: the board builder needs a row)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))

    def best() -> float:
        times = []
        for _ in range(3):
            with ctx.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE leads SET score = -1")  # every score written again
            started = time.perf_counter()
            ctx.scoring.recompute_all()
            times.append(time.perf_counter() - started)
        return min(times)

    try:
        plain = best()
        ctx.tags.create("hot", "#ff0000")
        rule = RuleInput(
            "Hot",
            "lead",
            "score_crosses",
            {"threshold": 1_000_000},
            {},
            ({"type": "add_tag", "tag": "hot"},),
            True,
        )
        ctx.automation.create(rule)
        ruled = best()
    finally:
        ctx.close()
    return [
        Result(f"rescore of {leads:,} leads, no rules", plain, "s"),
        Result(f"rescore of {leads:,} leads, a score-crosses rule watching", ruled, "s"),
        Result("rescore with a score-crosses rule / without", ruled / plain, "x", target=1.5),
    ]


def run(size: str, db: str | None = None) -> list[Result]:
    rows = SIZES.get(size, SIZES["small"]) if not size.isdigit() else int(size)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = save_cost(folder)
        results += time_rule(Path(db) if db else None, rows * 10, folder)
        results += import_cost(rows, folder)
        results += rescore_cost(rows * 5, folder)
    return results
