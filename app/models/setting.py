"""Settings stored in the database (shared by every user of a team database), one JSON value per key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class Setting(Entity):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
