"""Keep saved segments' covering indexes in step with their criteria, off the GUI thread.

Every change record touching segments (a save in the builder, its undo and redo, a restore) queues the
touched segments; each is handed to `SegmentService.sync_index` in a `ThreadJob`, one at a time, which
builds the index on a list of `threshold` live rows or more, rebuilds one whose columns changed and drops
one the segment can no longer use. A QTimer polls the job; a busy bar in the status bar shows while a
job has run longer than a moment (checking a small list's segment takes milliseconds, building an index
at a million rows seconds). "Speed up this segment" queues one with no threshold and reports what stops it.
"""

from __future__ import annotations

import time
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from app.services.core.changes import ChangeKind, ChangeSet
from app.services.core.errors import RapportError
from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob

if TYPE_CHECKING:  # the segments service loads when a segment first changes, not at start-up
    from app.services.segments.service import IndexSync

SHOW_AFTER = 0.3  # seconds before the busy bar appears


class SegmentIndexer(QObject):
    """One per window; `finished(segment_id, IndexSync | None)` after each job (None: it failed)."""

    finished = Signal(object, object)

    def __init__(self, env: ViewEnv, bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.threshold: int | None = None  # None: the service's AUTO_INDEX_ROWS
        self.queue: list[tuple[uuid.UUID, bool]] = []
        self.job: ThreadJob | None = None
        self.current: tuple[uuid.UUID, bool] | None = None
        self.started = 0.0
        self.timer = QTimer(self, interval=100)
        self.timer.timeout.connect(self._poll)
        self.label = QLabel(objectName="segmentIndexLabel")
        self.busy = QProgressBar(objectName="segmentIndexBusy", maximumWidth=120, textVisible=False)
        self.busy.setRange(0, 0)  # no steps to report: CREATE INDEX is one statement
        for widget in (self.label, self.busy):
            bar.addPermanentWidget(widget)
            widget.hide()
        env.relay.changed.connect(self._on_changes)

    @property
    def idle(self) -> bool:
        return self.job is None and not self.queue

    def speed_up(self, segment_id: Any) -> None:
        """Build the segment's index whatever its list's size (the Segments menu)."""
        self._enqueue(segment_id, True)

    def _on_changes(self, changes: ChangeSet) -> None:
        for change in changes.changes:
            if change.entity == "segment" and change.kind in (
                ChangeKind.CREATED,
                ChangeKind.UPDATED,
                ChangeKind.RESTORED,
            ):
                for segment_id in sorted(change.ids):
                    self._enqueue(segment_id, False)

    def _enqueue(self, segment_id: uuid.UUID, force: bool) -> None:
        if (segment_id, force) not in self.queue:
            self.queue.append((segment_id, force))
        self._next()

    def _next(self) -> None:
        if self.job is not None or not self.queue:
            return
        segment_id, force = self.current = self.queue.pop(0)
        if force:
            threshold = None
        elif self.threshold is not None:
            threshold = self.threshold
        else:
            from app.services.segments.service import AUTO_INDEX_ROWS

            threshold = AUTO_INDEX_ROWS
        service = self.env.ctx.segments

        def work(_progress: Any) -> IndexSync:
            try:
                return service.sync_index(segment_id, threshold)
            except RapportError:
                raise
            except Exception as exc:  # a locked or unreachable database: reported like a refusal
                raise RapportError(str(exc)) from exc

        self.job = ThreadJob(work, "rapport-segment-index")
        self.started = time.monotonic()
        self.label.setText("Updating a segment's index…" if not force else "Building the segment's index…")
        self.job.thread.start()
        self.timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        if not job.finished:
            if time.monotonic() - self.started >= SHOW_AFTER and self.busy.isHidden():
                self.label.show()
                self.busy.show()
            return
        self.timer.stop()
        self.label.hide()
        self.busy.hide()
        assert self.current is not None
        (segment_id, force), self.current, self.job = self.current, None, None
        seconds = time.monotonic() - self.started
        result: IndexSync | None = job.result
        if job.error or result is None:
            message = f"Could not index the segment: {job.error or 'the worker stopped'}"
            if force:
                self.env.error(message)
            else:
                self.env.status(message)
        elif result.deferred:
            self.env.status(
                self.tr(
                    "The segment's index was not built: other programs kept writing to the database. The segment works without it; it is built after the segment's next change"
                )
            )
        elif result.built:
            self.env.status(
                self.tr(
                    "Segment index ready in {seconds:.1f} s: the segment now counts from its index"
                ).format(seconds=seconds)
            )
        elif result.dropped:
            self.env.status(self.tr("The segment's old index was dropped: its conditions no longer use it"))
        elif force:
            self.env.status(self.tr("The segment already has its index"))
        self.finished.emit(segment_id, result)
        self._next()
