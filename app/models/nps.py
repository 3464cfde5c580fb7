"""Survey answers: net promoter (how likely a contact is to recommend us, 0 to 10) and, since migration
0027, customer satisfaction after a ticket (CSAT, 1 to 5) in the same table, told apart by `kind`."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class NpsResponse(Entity):
    __tablename__ = "nps_responses"

    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    score: Mapped[int] = mapped_column()
    answered_on: Mapped[date] = mapped_column()
    comment: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(10), default="nps", server_default="nps")  # nps, csat
    # the ticket a CSAT answer rates; a plain reference (an ADD COLUMN cannot add a key on SQLite without
    # rebuilding the table), read through ix_nps_responses_ticket
    ticket_id: Mapped[uuid.UUID | None] = mapped_column()

    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 10", name="score_range"),
        Index("ix_nps_responses_answered", "answered_on"),
        Index("ix_nps_responses_contact", "contact_id"),
        Index("ix_nps_responses_kind_answered", "kind", "answered_on"),
        Index("ix_nps_responses_ticket", "ticket_id"),
    )
