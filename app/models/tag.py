"""Tags and their attachment to any record (entity type + id)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class Tag(Entity):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(60), unique=True)
    color: Mapped[str] = mapped_column(String(7), default="#607d8b")


class Tagging(Entity):
    __tablename__ = "taggings"

    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"))
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[uuid.UUID] = mapped_column()

    __table_args__ = (
        UniqueConstraint("tag_id", "entity_type", "entity_id", name="uq_taggings_triple"),
        Index("ix_taggings_entity", "entity_type", "entity_id"),
    )
