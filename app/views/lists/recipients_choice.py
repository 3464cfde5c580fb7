""" "All the rows of this list" or "the selected ones": who labels, envelopes and letters are for, read a page
of rows at a time with a progress dialog that can stop the run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QRadioButton, QVBoxLayout, QWidget

from app.views.common.labels import translated

STEP = 500  # rows between progress updates


class Stopped(Exception):
    """The user cancelled the progress dialog."""


class RecipientsChoice(QWidget):
    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        selected = len(page.selected_items())
        self.every = QRadioButton(
            self.tr("All {total:,} {noun} in this list").format(
                total=page.model.total, noun=translated(page.noun)
            ),
            objectName="allRows",
        )
        chosen = (
            f"The {selected:,} selected" if selected > 1 else "The selected rows (select two or more first)"
        )
        self.selection = QRadioButton(chosen, objectName="selectedRows")
        self.selection.setEnabled(selected > 1)
        (self.selection if selected > 1 else self.every).setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.every)
        layout.addWidget(self.selection)

    def count(self) -> int:
        return len(self.page.selected_items()) if self.selection.isChecked() else int(self.page.model.total)

    def progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, max(self.count(), 1), self.window())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        return dialog

    def rows(self, progress: QProgressDialog) -> Iterator[Any]:
        """The chosen rows in the list's order; raises Stopped when the user cancels."""
        from app.services.importing.export import list_rows

        if self.selection.isChecked():
            source: Any = self.page.selected_items()
        else:
            source = list_rows(self.page.model.source, self.page.model.query)
        loop = QEventLoop()
        for done, row in enumerate(source, start=1):
            if done % STEP == 0:
                progress.setValue(done)
                loop.processEvents()
                if progress.wasCanceled():
                    raise Stopped
            yield row
