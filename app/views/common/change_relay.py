"""Bridge the plain-Python change bus onto a Qt signal, so views refresh on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.services.core.changes import ChangeBus, ChangeSet


class ChangeRelay(QObject):
    """Re-emit every ChangeSet published on the bus; Qt queues the emission when it comes from a worker."""

    changed = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)

    def _on_change(self, changes: ChangeSet) -> None:
        try:
            self.changed.emit(changes)
        except RuntimeError:  # the Qt object is gone but close() was not called: stop listening
            self.close()

    def close(self) -> None:
        """Stop listening (the bus outlives the window in tests)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
