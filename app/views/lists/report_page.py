"""What the read-only report pages (Forecast, Dashboard, Schedule) share: reload on first show after a
change, and the main window's page protocol with nothing to create, open or delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReportPage(QWidget):
    """Subclasses set `self._stale` and implement `_fill_boxes` (filter choices) and `reload`."""

    _stale = True

    def _fill_boxes(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._fill_boxes()
            self.reload()
        super().showEvent(event)

    # --- the main window's page protocol ----------------------------------------------------------
    def status_text(self) -> str:
        return ""

    def refresh(self) -> None:
        self._fill_boxes()
        self.reload()

    def new_record(self) -> None:
        """Nothing to create here."""

    def _open_current(self) -> None:
        """Nothing to open here."""

    def delete_selected(self) -> None:
        """Nothing to delete here."""

    def open_id(self, record_id: Any) -> None:
        """Not a record page."""
