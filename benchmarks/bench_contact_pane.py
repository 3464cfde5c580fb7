"""A contact's timeline and detail pane on a big database: `python -m benchmarks.bench_contact_pane DB`.

Not part of `python -m benchmarks` yet (docs/benchmarks.md, issue 17, has its figures): DB is a migrated
demo database such as benchmarks/data/contacts-large.db. Prints medians over 20 contacts on a deal: the
service read, the pane shown and painted (wall and CPU), a list row selected until its pane is painted.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time


def main(db: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from app.config import Settings
    from app.context import AppContext
    from app.models import Deal
    from app.views.common.style import apply_style

    app = QApplication([])
    apply_style(app)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    with ctx.sessions() as session:
        ids = list(
            session.scalars(
                select(Deal.contact_id)
                .where(Deal.contact_id.is_not(None), Deal.deleted_at.is_(None))
                .limit(20)
            )
        )
    reads = []
    for contact_id in ids:
        started = time.perf_counter()
        ctx.timeline.for_contact(contact_id)
        reads.append((time.perf_counter() - started) * 1000)
    from app.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show()
    window.show_page(1)
    app.processEvents()
    page = window.contacts
    walls, cpus = [], []
    for contact_id in ids:
        started, cpu = time.perf_counter(), time.process_time()
        page.detail.show_contact(contact_id)
        app.processEvents()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    selects = []
    for row in range(30):
        started = time.perf_counter()
        page.select_row(row)
        app.processEvents()
        selects.append((time.perf_counter() - started) * 1000)
    print(f"for_contact: median {statistics.median(reads):.1f} ms, max {max(reads):.1f} ms")
    print(f"pane shown: median {statistics.median(walls):.1f} ms wall, {statistics.median(cpus):.1f} ms CPU")
    print(f"row selected to pane painted: median {statistics.median(selects):.1f} ms")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    window.relay.close()
    ctx.close()


if __name__ == "__main__":
    main(sys.argv[1])
