"""The hook that gives a new record without an owner one by the office's standing rule (by territory, or
round-robin in a team), set by an administrator in Settings. Core knows no rule: the automation package
registers its picker (app/extensions.py), which reuses the "assign the owner" action's round-robin."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

OwnerPicker = Callable[[Session, str, dict[str, Any]], uuid.UUID | None]
_PICKERS: list[OwnerPicker] = []


def register_owner_picker(picker: OwnerPicker) -> None:
    """`picker(session, entity, values)` names the owner of a new record, or None to leave it alone."""
    if picker not in _PICKERS:
        _PICKERS.append(picker)


def pick_owner(session: Session, entity: str, values: dict[str, Any]) -> uuid.UUID | None:
    for picker in _PICKERS:
        owner = picker(session, entity, values)
        if owner is not None:
            return owner
    return None
