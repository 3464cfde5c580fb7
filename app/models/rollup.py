"""Rollups of the deals kept by database triggers (migration 0007, app/migrations/rollup_ddl.py), which the
KPIs read instead of the deal rows. Derived data: none of the Entity columns. Days are UTC days; an owner
of `NO_ID` means no owner."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Date, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

NO_ID = uuid.UUID(int=0)


class DealClosedDaily(Base):
    __tablename__ = "deal_closed_daily"
    __table_args__ = {"sqlite_with_rowid": False}  # rows stored in key order: a period is one range read

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    pipeline_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    stage_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    has_account: Mapped[bool] = mapped_column(primary_key=True)
    deals: Mapped[int] = mapped_column(BigInteger)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    cycle_ms: Mapped[int] = mapped_column(BigInteger)  # sum of created-to-closed times


class DealCohortDaily(Base):
    __tablename__ = "deal_cohort_daily"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(Date, primary_key=True)  # of creation
    pipeline_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    reach_stage_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    deals: Mapped[int] = mapped_column(BigInteger)


class AccountFirstWon(Base):
    __tablename__ = "account_first_won"
    __table_args__ = {"sqlite_with_rowid": False}

    account_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    first_won_at: Mapped[datetime] = mapped_column()
