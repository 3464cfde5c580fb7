"""Customer value: status events, per-account RFM/engagement figures, product upgrades and pairs,
suggestions offered and taken.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07 03:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0028'
down_revision: str | None = '0027'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def _entity() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('custom', _json(), nullable=False),
    ]


def upgrade() -> None:
    # a purchase is an accepted quote no order was made from: the order is found by its source
    op.create_index('ix_documents_source', 'documents', ['source_id'], unique=False)
    op.create_table('product_pairs',
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('other_id', sa.Uuid(), nullable=False),
    sa.Column('together', sa.Integer(), nullable=False),
    sa.Column('product_orders', sa.Integer(), nullable=False),
    sa.Column('other_orders', sa.Integer(), nullable=False),
    sa.Column('total_orders', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('product_id', 'other_id', name=op.f('pk_product_pairs')),
    sqlite_with_rowid=False
    )
    op.create_table('segment_products',
    sa.Column('rfm_segment', sa.String(length=24), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('accounts', sa.Integer(), nullable=False),
    sa.Column('segment_accounts', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('rfm_segment', 'product_id', name=op.f('pk_segment_products')),
    sqlite_with_rowid=False
    )
    op.create_table('product_upgrades',
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('upgrade_id', sa.Uuid(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_entity(),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_upgrades_product_id_products'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['upgrade_id'], ['products.id'], name=op.f('fk_product_upgrades_upgrade_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_upgrades')),
    sa.UniqueConstraint('product_id', 'upgrade_id', name='uq_product_upgrades_pair')
    )
    op.create_table('account_values',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('first_order_on', sa.Date(), nullable=True),
    sa.Column('last_order_on', sa.Date(), nullable=True),
    sa.Column('orders', sa.Integer(), nullable=False),
    sa.Column('monetary_minor', sa.BigInteger(), nullable=False),
    sa.Column('recency_score', sa.Integer(), nullable=False),
    sa.Column('frequency_score', sa.Integer(), nullable=False),
    sa.Column('monetary_score', sa.Integer(), nullable=False),
    sa.Column('rfm_segment', sa.String(length=24), nullable=False),
    sa.Column('engagement', sa.Integer(), nullable=False),
    sa.Column('churn_risk', sa.Integer(), nullable=False),
    sa.Column('inputs', _json(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_account_values_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_account_values'))
    )
    op.create_index('ix_account_values_risk', 'account_values', ['churn_risk'], unique=False)
    op.create_index('ix_account_values_segment', 'account_values', ['rfm_segment'], unique=False)
    op.create_table('customer_status_events',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('became_customer', 'churned', 'won_back', name='statuschange', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    *_entity(),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_customer_status_events_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_status_events'))
    )
    op.create_index('ix_customer_status_events_account', 'customer_status_events', ['account_id', 'occurred_on'], unique=False)
    op.create_table('suggestion_events',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('offered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('document_id', sa.Uuid(), nullable=True),
    *_entity(),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_suggestion_events_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_suggestion_events_document_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_suggestion_events_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestion_events'))
    )
    op.create_index('ix_suggestion_events_account', 'suggestion_events', ['account_id', 'product_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_documents_source', table_name='documents')
    op.drop_index('ix_suggestion_events_account', table_name='suggestion_events')
    op.drop_table('suggestion_events')
    op.drop_index('ix_customer_status_events_account', table_name='customer_status_events')
    op.drop_table('customer_status_events')
    op.drop_index('ix_account_values_segment', table_name='account_values')
    op.drop_index('ix_account_values_risk', table_name='account_values')
    op.drop_table('account_values')
    op.drop_table('product_upgrades')
    op.drop_table('segment_products')
    op.drop_table('product_pairs')
