"""Live row counts kept by database triggers (migration 0002), so a list of a million rows opens without
counting them. Derived data, not user data: it carries none of the Entity columns."""

from __future__ import annotations

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class RowCount(Base):
    __tablename__ = "row_counts"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    live: Mapped[int] = mapped_column(BigInteger)
