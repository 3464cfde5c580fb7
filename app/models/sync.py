"""The office server's change log for laptop replicas (docs/sync.md): one row per write to a synced
row, written by a PostgreSQL trigger (migration 0024). Not user data: no Entity columns."""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class SyncLogEntry(Base):
    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_txid", "txid"),)

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    tbl: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID]
    txid: Mapped[int] = mapped_column(BigInteger)
