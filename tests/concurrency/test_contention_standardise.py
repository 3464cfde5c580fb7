"""Standardise + editor: two real processes on one SQLite file; the editor's saves wait under a second.

Before the batches (one transaction for the whole standardisation) an editor's save beside a 20,000-contact
standardisation waited 5.4 s and 19 of 213 saves failed with "database is locked"; see docs/benchmarks.md.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.db import make_engine
from app.services.database.schema import upgrade
from app.services.demo import dataset

ROOT = Path(__file__).resolve().parents[2]
CONTACTS = 3000


def test_an_editor_beside_a_standardisation_never_waits_a_second(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, db)
    dataset.generate(engine, CONTACTS)
    engine.dispose()
    with sqlite3.connect(db) as conn:  # what a careless import leaves: every contact needs changes
        conn.execute("UPDATE contacts SET first_name = upper(first_name), email = upper(email)")
    stop = tmp_path / "stop"
    saver = subprocess.Popen(
        [sys.executable, "-m", "tests.concurrency.saver", str(db), str(stop)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert saver.stdout is not None and saver.stdout.readline().strip() == "ready"
    start = time.monotonic()
    std = subprocess.run(
        [sys.executable, "-m", "app", "standardise", "contacts", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    took = time.monotonic() - start
    stop.touch()
    report = json.loads(saver.communicate(timeout=60)[0].strip().splitlines()[-1])
    print(f"standardise {took:.1f} s; editor: {report}")
    assert std.returncode == 0 and std.stdout.endswith(" contact(s) standardised\n"), std.stderr
    assert int(std.stdout.splitlines()[-1].split()[0].replace(",", "")) > CONTACTS * 0.9  # the live ones
    assert report["saves"] >= 10
    busy = [e for e in report["errors"] if "ConflictError" not in e]  # a conflict is honest: both wrote
    assert busy == [] and report["max_wait_s"] < 1.5, report
