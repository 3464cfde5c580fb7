"""Leads (lifecycle, disqualification, scoring inputs, search), deal stage times, database settings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from app.migrations.search_ddl import create_search, drop_search

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
LEAD_INDEXES = {
    "ix_leads_live_score": ["score", "id"],
    "ix_leads_live_last_first": ["last_name", "first_name", "id"],
    "ix_leads_live_company": ["company", "id"],
    "ix_leads_live_status": ["status", "id"],
    "ix_leads_live_updated": ["updated_at", "id"],
}


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("custom", sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_settings_key")),
    )
    # Plain ADD COLUMNs (no table rebuild on SQLite); the server defaults fill existing rows.
    with op.batch_alter_table("leads", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "lifecycle",
                sa.Enum("subscriber", "lead", "marketing_qualified", "sales_qualified", "opportunity", "customer",
                        "evangelist", name="leadlifecycle", native_enum=False, create_constraint=False, length=24),
                nullable=False,
                server_default="lead",
            )
        )
        batch_op.add_column(sa.Column("disqualified_reason", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("industry", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("company_size", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("website", sa.String(length=200), nullable=False, server_default=""))
        for name, cols in LEAD_INDEXES.items():
            batch_op.create_index(name, cols, unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    if op.get_bind().dialect.name != "sqlite":  # SQLite cannot add a CHECK without rebuilding the table
        op.create_check_constraint(
            "ck_leads_leadlifecycle",
            "leads",
            "lifecycle IN ('subscriber', 'lead', 'marketing_qualified', 'sales_qualified', 'opportunity', "
            "'customer', 'evangelist')",
        )
    with op.batch_alter_table("deals", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("stage_entered_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_deals_board", ["stage_id", "position", "id"], unique=False)
    create_search("leads")


def downgrade() -> None:
    drop_search("leads")
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index("ix_deals_board")
        batch_op.drop_column("stage_entered_at")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        for name in LEAD_INDEXES:
            batch_op.drop_index(name, sqlite_where=LIVE, postgresql_where=LIVE)
        for col in ("website", "company_size", "industry", "disqualified_reason", "lifecycle"):
            batch_op.drop_column(col)
    op.drop_table("settings")
