"""API tokens: a user's key to the HTTP API, stored as a hash, with scopes, revocable."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class ApiToken(Entity):
    __tablename__ = "api_tokens"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16))  # the first characters, shown to tell tokens apart
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the whole token
    scopes: Mapped[str] = mapped_column(String(200))  # space-separated: read, write, leads
    last_used_at: Mapped[datetime | None] = mapped_column()
    expires_at: Mapped[datetime | None] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (Index("ix_api_tokens_user", "user_id"),)
