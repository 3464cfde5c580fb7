"""Start live refresh for an open database and stop it with the window.

The live source (app/services/core/live) publishes other processes' change records on the context's bus
from its own thread; ChangeRelay's signal, emitted there, is queued to the GUI thread, so every open view
refreshes as it does for a local change. RAPPORT_LIVE=0 turns it off (a benchmark of a single client).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject

from app.context import AppContext
from app.services.core.live import LiveSource, start_live


class LiveRefresh(QObject):
    """Owns the context's live source for as long as it (or `close()`) lasts."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source: LiveSource | None = None
        if os.environ.get("RAPPORT_LIVE", "1") != "0":
            self.source = start_live(ctx.engine, ctx.bus, ctx.uow.live_tag, ctx.uow.local_audit)
        source = self.source
        # Stopped when the owner goes even if close() was never called (a window dropped by a test).
        self.destroyed.connect(lambda *_: source.stop() if source is not None else None)

    def close(self) -> None:
        if self.source is not None:
            self.source.stop()
            self.source = None
