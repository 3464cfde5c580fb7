"""Logging a call or meeting from wherever the user is (Ctrl+L, C / Ctrl+L, M): linked to the record
selected on the current page, timed now, marked done, so only the subject is left to type."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from app.services.scheduling.activities import ActivityInput

DEFAULT_MINUTES = {"call": 15, "meeting": 60}


def logged_input(kind: str, owner_id: uuid.UUID | None, links: dict[str, Any] | None) -> ActivityInput:
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    return ActivityInput(
        kind=kind,
        owner_id=owner_id,
        start_at=now,
        end_at=now + timedelta(minutes=DEFAULT_MINUTES.get(kind, 30)),
        done_at=now,
        progress=100,
        **(links or {}),
    )


@runtime_checkable
class SelectsRecord(Protocol):
    """A page that can say which record is selected: record lists and the pipeline board have one."""

    def selected_record(self) -> tuple[str, uuid.UUID] | None: ...


def selected_record(page: object) -> tuple[str, uuid.UUID] | None:
    """The (entity, id) selected on a page, or None on a page without records to link to."""
    return page.selected_record() if isinstance(page, SelectsRecord) else None
