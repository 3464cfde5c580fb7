"""Logging a call or meeting from wherever the user is (Ctrl+L, C / Ctrl+L, M): linked to the record
selected on the current page, timed now, marked done, so only the subject is left to type."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

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


def selected_record(page: Any) -> tuple[str, uuid.UUID] | None:
    """The record selected on a page: a row of a record list, or a card on the pipeline board."""
    kind = getattr(page, "kind", None)
    if kind is not None and hasattr(page, "selected_items"):
        items = page.selected_items()
        return (kind.name, items[0].id) if items else None
    columns = getattr(page, "columns", None)
    if isinstance(columns, dict):  # the board: the card that has the keyboard focus, else any current one
        from app.views.board.model import CARD_ROLE

        current = [c.view.currentIndex() for c in columns.values() if c.view.currentIndex().isValid()]
        focused = [c.view.currentIndex() for c in columns.values() if c.view.hasFocus()]
        for index in focused + current:
            if index.isValid():
                return ("deal", index.data(CARD_ROLE).id)
    return None
