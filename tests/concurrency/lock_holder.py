"""A second program on the same SQLite file: `python -m tests.concurrency.lock_holder DB SECONDS`.

Takes the write lock (BEGIN IMMEDIATE) through its own connection, prints "locked", holds it for SECONDS
and commits: what a long import or standardisation in another process looks like to the app.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path


def main(path: str, seconds: float) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def hold(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Start a holder and return once it holds the lock."""
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.concurrency.lock_holder", str(path), str(seconds)],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
