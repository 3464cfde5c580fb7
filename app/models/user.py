"""Users: the people who own records and appear in the audit trail."""

from __future__ import annotations

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class User(Entity):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    is_active: Mapped[bool] = mapped_column(default=True)
    external_id: Mapped[str] = mapped_column(String(100), default="")  # an imported owner's source id

    __table_args__ = (Index("ix_users_external_id", "external_id"),)
