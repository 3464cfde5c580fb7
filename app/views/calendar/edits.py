"""The Calendar's edits: a meeting moved or resized, a task given another day. Each is one undoable step,
the activity editor's own EditCommand over the activities service's update with the version read when the
drag ended (an edit made meanwhile elsewhere is kept: only the times change)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.core.errors import RapportError
from app.services.scheduling.calendar_range import CalendarItem
from app.views.common.commands import EditCommand
from app.views.common.env import ACTIVITY, ViewEnv


def _edit(env: ViewEnv, item: CalendarItem, verb: str, **times: Any) -> Any:
    """Run the edit; the detail from before it, or None when refused (the reason shown, nothing changed)."""
    try:
        before = env.ctx.activities.get(item.id)
        command = EditCommand(
            env, ACTIVITY, before, replace(before.as_input(), **times), f"“{before.subject}”"
        )
        command.setText(f"{verb} “{before.subject}”")
        command.execute()
    except RapportError as exc:
        env.error(
            QCoreApplication.translate("calendar.edits", "Could not move “{subject}”: {exc}").format(
                subject=item.subject, exc=exc
            )
        )
        return None
    env.undo.push(command)
    return before


def move_meeting(
    env: ViewEnv, item: CalendarItem, start: datetime, end: datetime | None, tz: tzinfo | None
) -> bool:
    """Move a call or meeting to `start` (its end to `end`); a resize keeps the start."""
    moved = start != item.start_at
    before = _edit(env, item, "Move" if moved else "Resize", start_at=start, end_at=end)
    if before is None:
        return False
    local = start.astimezone(tz)
    what = f"to {local:%a %d %b %H:%M}" if moved else f"to end at {(end or start).astimezone(tz):%H:%M}"
    env.status(
        QCoreApplication.translate("calendar.edits", "{v0} “{subject}” {what} — Ctrl+Z to undo").format(
            v0="Moved" if moved else "Resized", subject=before.subject, what=what
        )
    )
    return True


def move_task(env: ViewEnv, item: CalendarItem, due: datetime, tz: tzinfo | None) -> bool:
    """Give a task another due time."""
    before = _edit(env, item, "Move", due_at=due)
    if before is None:
        return False
    env.status(
        QCoreApplication.translate(
            "calendar.edits", "“{subject}” now due {v1:%a %d %b} — Ctrl+Z to undo"
        ).format(subject=before.subject, v1=due.astimezone(tz))
    )
    return True
