"""Pipelines, stages, deals and the history of their stage changes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, live_index
from app.models.money import from_minor

_OPEN = text("deleted_at IS NULL AND closed_at IS NULL")


class Pipeline(Entity):
    __tablename__ = "pipelines"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    is_default: Mapped[bool] = mapped_column(default=False)


class Stage(Entity):
    __tablename__ = "stages"

    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int] = mapped_column(default=0)  # percent, 0..100
    is_won: Mapped[bool] = mapped_column(default=False)
    is_lost: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),
        CheckConstraint("NOT (is_won AND is_lost)", name="won_or_lost"),
    )


class Deal(Entity):
    __tablename__ = "deals"

    name: Mapped[str] = mapped_column(String(200))
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger, default=0)  # money in minor units
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close: Mapped[date | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    lost_reason: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # order of the card within its board column
    stage_entered_at: Mapped[datetime | None] = mapped_column()  # when it entered its current stage
    external_id: Mapped[str] = mapped_column(String(100), default="")  # id in the source system (0016)
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaigns.id"), index=True)  # 0026

    __table_args__ = (
        Index("ix_deals_pipeline_stage", "pipeline_id", "stage_id"),
        Index("ix_deals_board", "stage_id", "position", "id"),
        # The metrics (docs/metrics.md) read deals by close time, creation time and won stage; the
        # covering columns spare a visit to each row (see the issue 6 section of docs/benchmarks.md).
        live_index(
            "closed_at",
            "stage_id",
            "currency",
            "amount_minor",
            "owner_id",
            "pipeline_id",
            "account_id",
            "created_at",
            "expected_close",
            name="ix_deals_live_closed",
        ),
        live_index("pipeline_id", "created_at", "stage_id", "owner_id", name="ix_deals_live_created"),
        # ACV: does an account have a won deal closed in the period (in this currency, owner, pipeline)?
        live_index(
            "stage_id",
            "account_id",
            "closed_at",
            "currency",
            "owner_id",
            "pipeline_id",
            name="ix_deals_live_stage_account",
        ),
        # The same for one owner or a team: their won deals in close-time order (migration 0013).
        live_index(
            "stage_id",
            "owner_id",
            "closed_at",
            "currency",
            "pipeline_id",
            "account_id",
            name="ix_deals_live_stage_owner",
        ),
        # Open deals of one owner or a team (pipeline by stage, forecast by month), migration 0013.
        Index(
            "ix_deals_open_owner",
            "owner_id",
            "expected_close",
            "stage_id",
            "currency",
            "pipeline_id",
            "amount_minor",
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        ),
        live_index("external_id", name="ix_deals_live_external_id"),
    )

    @property
    def amount(self) -> Decimal:
        return from_minor(self.amount_minor, self.currency)


class DealStageHistory(Entity):
    __tablename__ = "deal_stage_history"

    deal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stages.id"))
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"))
    changed_at: Mapped[datetime] = mapped_column()
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    # The funnel reads the stages a deal went through without visiting each history row.
    __table_args__ = (Index("ix_deal_stage_history_path", "deal_id", "to_stage_id", "from_stage_id"),)
