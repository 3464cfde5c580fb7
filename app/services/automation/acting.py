"""What every rule action shares: the acting context, its result and its failure, and a record's label.

Its own module so the actions kept apart (document_action, mail_action) import it, not the registry of
actions that calls them (no import cycle, not even through the registry's deferred imports)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.models import AutomationRule
from app.services.automation import assign
from app.services.core.uow import Work


class ActionFailed(Exception):
    """One action could not be done on one record; the others go on and the log says why."""


@dataclass
class ActionResult:
    outcome: str  # done | queued | skipped
    summary: str
    undo: dict[str, Any] = field(default_factory=dict)


@dataclass
class Acting:
    """What an action needs besides its record: the work, the rule, the run and the time."""

    work: Work
    rule: AutomationRule
    run_id: uuid.UUID
    now: datetime
    turns: assign.Turns = field(default_factory=assign.Turns)  # round-robin pools, read once per run
    new_activities: list[dict[str, Any]] = field(default_factory=list)  # written by write_new_activities


def label_of(obj: Any) -> str:
    for name in ("name", "subject"):
        if getattr(obj, name, None):
            return str(getattr(obj, name))
    return f"{getattr(obj, 'first_name', '')} {getattr(obj, 'last_name', '')}".strip() or str(obj.id)
