"""Small pieces the import wizard's pages share: a combo of (text, data) items, a refusal report's lines,
the base of the pages that run an import in a worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWizardPage

from app.services.core.errors import ValidationError
from app.views.common.thread_job import ThreadJob


def combo_of(items: list[tuple[str, Any]], name: str) -> QComboBox:
    """A combo of (text, data) items."""
    box = QComboBox(objectName=name)
    for text, value in items:
        box.addItem(text, value)
    return box


def report_lines(error: ValidationError, limit: int = 200) -> list[str]:
    lines = [str(e) for e in error.errors[:limit]]
    if len(error.errors) > limit:
        lines.append(f"… and {len(error.errors) - limit} more")
    return lines


class JobPage(QWizardPage):
    """A page running a ThreadJob, polled by `_poll`; `stop` cancels it and waits for the rollback."""

    job: ThreadJob | None = None

    def stop(self) -> None:
        """Cancel a running import and wait for it to roll back (the wizard is closing)."""
        job = self.job
        if job is not None and not job.finished:
            job.cancelled = True
            job.thread.join()
            self._poll()

    def _poll(self) -> None:
        raise NotImplementedError
