"""Soak test of a team on one PostgreSQL server: N people (processes) editing the same records at once.

    python -m benchmarks.soak_team --url postgresql+psycopg://... [--processes 10] [--records 1000]
        [--seconds 60] [--hot 50]

Each process signs in as its own user and, until the time is up, reads a record, thinks 0-40 ms and
saves one field changed to a value nobody else writes (its process and edit number). Most edits go to
the `hot` records, so saves race. A save refused as a conflict is merged as the editor merges it
(app.services.core.three_way): changes on one side only merge by themselves; when both changed the same
field the clash is *reported* (logged) and settled by a coin toss, as a person would choose; the merge is
saved over the newest version, again if that raced too. Every save that went through is logged with the
version it produced.

Checked at the end, from the logs and the final rows: no two saves produced the same version of a record
(nothing was written over unseen), and each record's every field holds the value of the last logged save
that set it: a lost update is an edit that was saved, not reported, and is not there. Each run adds
its `records` contacts to the database: use one of its own.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

FIELDS = ("title", "city", "notes", "region", "street")


@dataclass(frozen=True)
class Figures:
    processes: int
    records: int
    seconds: float
    edits: int  # saves that went through
    conflicts: int  # saves refused because a colleague saved first
    merged: int  # of those, merged by themselves (no field changed on both sides)
    clashes_reported: int  # a field both changed: reported, settled by a choice
    kept_theirs: int  # clashes settled for the colleague's value (this edit knowingly dropped)
    lost: int  # edits saved and not reported that are not in the final rows
    duplicate_versions: int  # two saves claiming the same version of a record
    notifications: int  # change records the processes heard from each other (live refresh)


def _worker(
    url: str, number: int, seconds: float, ids: list[str], hot: int, log_path: str, blind: bool
) -> None:
    from app.config import Settings
    from app.context import AppContext
    from app.services.core.errors import ConflictError
    from app.services.core.live import start_live
    from app.services.core.three_way import Side, input_values, three_way

    ctx = AppContext.open(Settings(db_url=url, user_email=f"soak{number}@soak.example"), migrate=False)
    ctx.sign_in(f"soak{number}@soak.example")
    heard = [0]
    ctx.bus.subscribe(lambda changes: heard.__setitem__(0, heard[0] + 1) if changes.remote else None)
    listener = start_live(ctx.engine, ctx.bus, ctx.uow.live_tag, ctx.uow.local_audit)
    rng = random.Random(number)
    record_ids = [uuid.UUID(i) for i in ids]
    deadline = time.monotonic() + seconds
    edit = 0
    with open(log_path, "w", encoding="utf-8") as log:
        while time.monotonic() < deadline:
            edit += 1
            record_id = record_ids[rng.randrange(hot)] if rng.random() < 0.8 else rng.choice(record_ids)
            field = rng.choice(FIELDS)
            token = f"p{number}e{edit}"
            base = ctx.contacts.get(record_id)
            time.sleep(rng.uniform(0, 0.04))  # the person types
            mine = replace(base.as_input(), **{field: token})
            entry: dict[str, Any] = {"id": str(record_id), "field": field, "value": token, "conflicts": 0}
            while True:
                try:
                    saved = ctx.contacts.update(record_id, mine, base.version).value
                    entry["version"] = saved.version
                    entry["wrote"] = saved.version != base.version  # a merge may leave nothing to write
                    break
                except ConflictError:
                    entry["conflicts"] += 1
                    current = ctx.contacts.get(record_id)
                    if blind:  # the classic bug, to prove the check finds it: save my form over theirs
                        base = current
                        continue
                    merge = three_way(
                        input_values(base.as_input()), input_values(current.as_input()), input_values(mine)
                    )
                    choices = {c.name: rng.choice([Side.THEIRS, Side.MINE]) for c in merge.clashes}
                    if merge.clashes:
                        entry["clash"] = True
                    if choices.get(field) == Side.THEIRS:
                        entry["kept_theirs"] = True
                    mine = replace(mine, **merge.resolve(choices))
                    base = current
            if entry.get("kept_theirs"):
                entry["value"] = None  # the edit was knowingly dropped: nothing to find in the row
            log.write(json.dumps(entry) + "\n")
    if listener is not None:
        listener.stop()
    with open(log_path, "a", encoding="utf-8") as log:
        log.write(json.dumps({"heard": heard[0]}) + "\n")
    ctx.close()


def prepare(url: str, records: int) -> list[str]:
    """`records` new contacts in a migrated database; returns their ids."""
    from app.config import Settings
    from app.context import AppContext
    from app.services.records.contacts import ContactInput

    ctx = AppContext.open(Settings(db_url=url, user_email="soak-admin@soak.example"))
    run = uuid.uuid4().hex[:6]
    ids = [
        str(ctx.contacts.create(ContactInput(last_name=f"Soak {run} {i}")).value.id) for i in range(records)
    ]
    ctx.close()
    return ids


def check(url: str, logs: list[Path], processes: int, records: int, seconds: float) -> Figures:
    """The figures, from the processes' logs and the final rows."""
    from app.config import Settings
    from app.context import AppContext

    entries: list[dict[str, Any]] = []
    heard = 0
    for path in logs:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "heard" in row:
                heard += row["heard"]
            else:
                entries.append(row)
    versions: dict[tuple[str, int], int] = defaultdict(int)
    last: dict[tuple[str, str], tuple[int, str | None]] = {}
    for e in entries:
        if e["wrote"]:
            versions[e["id"], e["version"]] += 1
        key = (e["id"], e["field"])
        if key not in last or e["version"] > last[key][0]:
            last[key] = (e["version"], e["value"])
    ctx = AppContext.open(Settings(db_url=url), migrate=False)
    lost = 0
    try:
        for (record_id, field), (_version, value) in last.items():
            if value is None:
                continue
            if getattr(ctx.contacts.get(uuid.UUID(record_id)), field) != value:
                lost += 1
    finally:
        ctx.close()
    conflicted = [e for e in entries if e["conflicts"]]
    return Figures(
        processes=processes,
        records=records,
        seconds=seconds,
        edits=len(entries),
        conflicts=sum(e["conflicts"] for e in entries),
        merged=sum(1 for e in conflicted if not e.get("clash")),
        clashes_reported=sum(1 for e in conflicted if e.get("clash")),
        kept_theirs=sum(1 for e in entries if e.get("kept_theirs")),
        lost=lost,
        duplicate_versions=sum(n - 1 for n in versions.values() if n > 1),
        notifications=heard,
    )


def soak(
    url: str,
    processes: int = 10,
    records: int = 1000,
    seconds: float = 60,
    hot: int = 50,
    blind: bool = False,
) -> Figures:
    """Run the soak; `blind` makes the clients overwrite on a conflict instead of merging (a broken client)."""
    ids = prepare(url, records)
    hot = min(hot, records)
    with tempfile.TemporaryDirectory() as tmp:
        logs = [Path(tmp) / f"worker-{n}.jsonl" for n in range(processes)]
        spawn = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing shared but the server
        workers = [
            spawn.Process(target=_worker, args=(url, n, seconds, ids, hot, str(logs[n]), blind))
            for n in range(processes)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join(seconds + 120)
        failed = [w.exitcode for w in workers if w.exitcode != 0]
        if failed:
            raise RuntimeError(f"{len(failed)} soak process(es) failed: exit codes {failed}")
        return check(url, logs, processes, records, seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak_team")
    parser.add_argument(
        "--url", required=True, help="a PostgreSQL database of its own (each run adds its contacts)"
    )
    parser.add_argument("--processes", type=int, default=10)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--hot", type=int, default=50, help="most edits go to this many records, so they race"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    figures = soak(args.url, args.processes, args.records, args.seconds, args.hot)
    for name, value in vars(figures).items():
        print(f"{name:20} {value:,}" if isinstance(value, int) else f"{name:20} {value}")
    print(f"{'edits per second':20} {figures.edits / figures.seconds:,.1f}")
    print(f"{'wall time':20} {time.monotonic() - started:,.1f} s")
    ok = figures.lost == 0 and figures.duplicate_versions == 0
    print("OK: 0 lost updates" if ok else "FAILED: updates were lost")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
