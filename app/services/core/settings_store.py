"""Database-wide settings (scoring rules, board options): one JSON value per key in the settings table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Setting
from app.services.core import writes
from app.services.core.uow import Work

ENTITY = "setting"


def load(session: Session, key: str) -> dict[str, Any] | None:
    """The stored value, or None when the key was never saved."""
    value = session.scalar(select(Setting.value).where(Setting.key == key, Setting.deleted_at.is_(None)))
    return dict(value) if value is not None else None


def store(work: Work, key: str, value: dict[str, Any]) -> None:
    """Save a value (audited like any field change)."""
    row = work.session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        writes.create(work, Setting(key=key, value=value), ENTITY)
    else:
        writes.apply_fields(work, row, ENTITY, {"value": value, "deleted_at": None})
