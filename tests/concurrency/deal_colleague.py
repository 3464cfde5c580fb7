"""A colleague saving a deal in another program: `python -m tests.concurrency.deal_colleague URL DEAL_ID SECONDS`.

Renames the deal and moves its version on inside a transaction, prints "saving" (its write lock on SQLite,
its row lock on PostgreSQL now held), waits SECONDS and commits: a save that lands while ours is under way.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, create_engine, update

from app.models import Deal


def main(url: str, deal_id: str, seconds: float) -> None:
    deals = cast(Table, cast(Any, Deal).__table__)
    engine = create_engine(url)
    with engine.connect() as conn:
        conn.execute(
            update(deals)
            .where(deals.c.id == uuid.UUID(deal_id))
            .values(name="Colleague's name", version=deals.c.version + 1)
        )
        print("saving", flush=True)
        time.sleep(seconds)
        conn.commit()
    engine.dispose()


def start(url: str, deal_id: uuid.UUID, seconds: float) -> subprocess.Popen[str]:
    """Start the colleague and return once its write holds the lock."""
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.concurrency.deal_colleague", url, str(deal_id), str(seconds)],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "saving"
    return proc


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
