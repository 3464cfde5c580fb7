"""Live row counts kept by database triggers (migration 0002), so a list of a million rows opens without
counting them. Derived data, not user data: it carries none of the Entity columns."""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class RowCount(Base):
    __tablename__ = "row_counts"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    live: Mapped[int] = mapped_column(BigInteger)


class OwnerRowCount(Base):
    """Live rows of a table per owner (migration 0030): a sales rep's list count sums their team's."""

    __tablename__ = "owner_row_counts"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    live: Mapped[int] = mapped_column(BigInteger)
