"""Live row counts kept by triggers, so the big lists open without counting a million rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.migrations.counter_ddl import COUNTED_TABLES, PG_FUNCTION, create_counter, drop_counter

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "row_counts",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("live", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", name=op.f("pk_row_counts")),
    )
    for table in COUNTED_TABLES:
        create_counter(table)


def downgrade() -> None:
    for table in COUNTED_TABLES:
        drop_counter(table)
    op.drop_table("row_counts")
    if op.get_bind().dialect.name != "sqlite":
        op.execute(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}()")
