"""Two imports of one file started together: the second matches the first's rows instead of creating
them again (issue 15, item 2). Real processes on one database, SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from app.cli import main

ROOT = Path(__file__).resolve().parents[3]

ROWS = 10_000


def _start(db_url: str, csv_path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "import", "contacts", str(csv_path), "--db", db_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def test_two_imports_of_one_file_started_together_create_each_contact_once(db_url, tmp_path):
    big = tmp_path / "big.csv"
    lines = ["First Name,Last Name,Email"] + [f"Ann{i},Lee{i},ann{i}@example.com" for i in range(ROWS)]
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["pipeline", "list", "--db", db_url]) == 0  # the local user exists before both start
    first = _start(db_url, big)
    time.sleep(0.3)
    second = _start(db_url, big)
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    engine = create_engine(db_url)
    with engine.connect() as conn:
        total, distinct = conn.execute(
            text("SELECT count(*), count(DISTINCT email) FROM contacts WHERE deleted_at IS NULL")
        ).one()
    engine.dispose()
    assert (total, distinct) == (ROWS, ROWS)
    said = sorted(out for out, _err in outputs)
    assert f"imported 0 new, 0 updated, {ROWS:,} matched unchanged, 0 skipped contacts" in said[0]
    assert f"imported {ROWS:,} new, 0 updated, 0 skipped contacts" in said[1]
