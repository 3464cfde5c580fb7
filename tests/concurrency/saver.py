"""An editor-like second program: `python -m tests.concurrency.saver DB STOP_FILE`.

Saves one field of one contact every 50 ms (read, then update with the version read: what the editor's
Save does) until STOP_FILE exists, timing each save. Prints one JSON line: saves, failures (a save that
gave up on the lock), the longest save and the errors seen.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from app.config import Settings
from app.context import AppContext
from app.models import Contact


def main(db: str, stop_file: str) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}", user_email="saver@example.com"), migrate=False)
    with ctx.uow.read() as session:
        contact_id = session.scalars(select(Contact.id).order_by(Contact.id.desc()).limit(1)).one()
    longest, saves, errors = 0.0, 0, []
    print("ready", flush=True)
    while not Path(stop_file).exists():
        start = time.monotonic()
        try:
            detail = ctx.contacts.get(contact_id)
            ctx.contacts.update(
                contact_id, replace(detail.as_input(), title=f"Saver {saves}"), detail.version
            )
            saves += 1
        except Exception as exc:  # the measurement: report every kind of failure
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
        longest = max(longest, time.monotonic() - start)
        time.sleep(0.05)
    ctx.close()
    print(
        json.dumps(
            {"saves": saves, "failures": len(errors), "max_wait_s": round(longest, 3), "errors": errors[:5]}
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
