"""A sync in its own process, for the tests that kill one: `python -m tests.services.sync.sync_worker
SERVER_URL REPLICA_PATH [hold]`. It prints "starting" just before the sync. With `hold` it prints "server committed" between the server's commit and
the replica's, then waits to be killed."""

from __future__ import annotations

import sys
import time

from app.config import Settings
from app.context import AppContext
from app.db import make_engine
from app.services.sync.engine import run_sync


def main(server_url: str, replica_path: str, hold: bool) -> None:
    office = AppContext.open(Settings(db_url=server_url, user_email="rep@example.com"))
    engine = make_engine(f"sqlite:///{replica_path}")

    def stop_here() -> None:
        print("server committed", flush=True)
        time.sleep(600)

    print("starting", flush=True)
    report = run_sync(office.sessions, engine, after_server_commit=stop_here if hold else None)
    print(f"done {report.pushed} {report.pulled}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], len(sys.argv) > 3 and sys.argv[3] == "hold")
