"""Net promoter survey answers: how likely a contact is to recommend us, 0 to 10."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class NpsResponse(Entity):
    __tablename__ = "nps_responses"

    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    score: Mapped[int] = mapped_column()
    answered_on: Mapped[date] = mapped_column()
    comment: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 10", name="score_range"),
        Index("ix_nps_responses_answered", "answered_on"),
        Index("ix_nps_responses_contact", "contact_id"),
    )
