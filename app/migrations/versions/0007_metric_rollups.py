"""Trigger-kept rollups of the deals for the KPIs: closed deals per day, the funnel's cohort per day,
each account's first won deal (app/migrations/rollup_ddl.py), back-filled from the existing deals.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 17:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.migrations.rollup_ddl import ROLLUP_TABLES, create_rollup_triggers, drop_rollup_triggers, rebuild_rollups

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('deal_closed_daily',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('pipeline_id', sa.Uuid(), nullable=False),
    sa.Column('stage_id', sa.Uuid(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('has_account', sa.Boolean(), nullable=False),
    sa.Column('deals', sa.BigInteger(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('cycle_ms', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'pipeline_id', 'stage_id', 'owner_id', 'currency', 'has_account', name=op.f('pk_deal_closed_daily')),
    sqlite_with_rowid=False,
    )
    op.create_table('deal_cohort_daily',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('pipeline_id', sa.Uuid(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('reach_stage_id', sa.Uuid(), nullable=False),
    sa.Column('deals', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'pipeline_id', 'owner_id', 'reach_stage_id', name=op.f('pk_deal_cohort_daily')),
    sqlite_with_rowid=False,
    )
    op.create_table('account_first_won',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('first_won_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_account_first_won')),
    sqlite_with_rowid=False,
    )
    live = {'sqlite_where': sa.text('deleted_at IS NULL'), 'postgresql_where': sa.text('deleted_at IS NULL')}
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index('ix_deals_live_stage_account', **live)
        batch_op.create_index('ix_deals_live_stage_account', ['stage_id', 'account_id', 'closed_at', 'currency', 'owner_id', 'pipeline_id', 'id'], unique=False, **live)
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index('ix_leads_live_converted_deal', ['converted_deal_id', 'id'], unique=False, **live)
        batch_op.drop_index('ix_leads_live_created', **live)
        batch_op.create_index('ix_leads_live_created', ['created_at', 'source', 'owner_id', 'lifecycle', 'converted_account_id', 'id'], unique=False, **live)
    dialect = op.get_bind().dialect.name
    rebuild_rollups(op.execute, dialect)
    create_rollup_triggers(op.execute, dialect)


def downgrade() -> None:
    drop_rollup_triggers(op.execute, op.get_bind().dialect.name)
    live = {'sqlite_where': sa.text('deleted_at IS NULL'), 'postgresql_where': sa.text('deleted_at IS NULL')}
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index('ix_deals_live_stage_account', **live)
        batch_op.create_index('ix_deals_live_stage_account', ['stage_id', 'account_id', 'closed_at', 'id'], unique=False, **live)
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_live_converted_deal', **live)
        batch_op.drop_index('ix_leads_live_created', **live)
        batch_op.create_index('ix_leads_live_created', ['created_at', 'source', 'owner_id', 'lifecycle', 'id'], unique=False, **live)
    for table in reversed(ROLLUP_TABLES):
        op.drop_table(table)
