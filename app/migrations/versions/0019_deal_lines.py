"""Product lines on a deal (issue 17).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 00:10:00

`deal_lines` holds what a deal is expected to sell: product (optional), description, quantity in
thousandths, unit price in minor units of the deal's currency, discount and tax rate in basis points, and
the line's net. The lines belong to the deal (saved, trashed and restored with it); a purged deal takes
its lines with it (ON DELETE CASCADE) and a purged product leaves the line's text (SET NULL). A new,
empty table: nothing existing is rewritten.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deal_lines",
        sa.Column("deal_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger(), nullable=False),
        sa.Column("discount_bp", sa.Integer(), nullable=False),
        sa.Column("tax_rate_bp", sa.Integer(), nullable=False),
        sa.Column("net_minor", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "custom",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_lines_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_deal_lines_product_id_products"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_lines")),
    )
    with op.batch_alter_table("deal_lines", schema=None) as batch_op:
        batch_op.create_index("ix_deal_lines_deal", ["deal_id", "position"], unique=False)
        batch_op.create_index("ix_deal_lines_product", ["product_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("deal_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_deal_lines_product")
        batch_op.drop_index("ix_deal_lines_deal")
    op.drop_table("deal_lines")
