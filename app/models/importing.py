"""Import batches (so a whole import can be undone) and pairs the user said are not duplicates."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Entity, utcnow


class ImportBatch(Entity):
    __tablename__ = "import_batches"

    entity_type: Mapped[str] = mapped_column(String(30))
    source: Mapped[str] = mapped_column(String(255), default="")
    created_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None] = mapped_column(default=None)


class ImportBatchItem(Base):
    """One record an import created or updated; `before` holds the updated fields' old values."""

    __tablename__ = "import_batch_items"

    batch_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(10))  # created, updated
    before: Mapped[dict[str, Any] | None] = mapped_column(default=None)


class NotDuplicate(Base):
    """A pair the user marked as different records; `id_low` < `id_high` so a pair is stored once."""

    __tablename__ = "not_duplicates"

    entity_type: Mapped[str] = mapped_column(String(30), primary_key=True)
    id_low: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    id_high: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
