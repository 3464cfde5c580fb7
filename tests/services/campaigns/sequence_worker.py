"""A sequence runner in its own process, with a slow mail sender so a test can kill it mid-run.

python -m tests.services.campaigns.sequence_worker DB_URL NOW_ISO
"""

from __future__ import annotations

import sys
import time
from datetime import datetime

from app.config import Settings
from app.context import AppContext
from app.services.campaigns.ports import OutboxSender


class SlowSender(OutboxSender):
    """The built-in sender, 20 ms a mail: like a relay that takes its time."""

    def queue(self, session, template_id, recipient, idempotency_key, unsubscribe_url=""):  # type: ignore[no-untyped-def]
        time.sleep(0.02)
        return super().queue(session, template_id, recipient, idempotency_key, unsubscribe_url)


def main() -> None:
    url, now = sys.argv[1], datetime.fromisoformat(sys.argv[2])
    ctx = AppContext.open(Settings(db_url=url, user_email="runner@example.com"))
    report = ctx.sequences.run(SlowSender(), now, chunk=10)
    print(f"done {report.emails}", flush=True)
    ctx.close()


if __name__ == "__main__":
    main()
