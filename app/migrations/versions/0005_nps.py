"""NPS survey answers; indexes of deals for the metrics (by close time, creation time, won stage).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 15:50:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('nps_responses',
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('custom', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.CheckConstraint('score BETWEEN 0 AND 10', name=op.f('ck_nps_responses_score_range')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_nps_responses_contact_id_contacts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nps_responses'))
    )
    with op.batch_alter_table('nps_responses', schema=None) as batch_op:
        batch_op.create_index('ix_nps_responses_answered', ['answered_on'], unique=False)
        batch_op.create_index('ix_nps_responses_contact', ['contact_id'], unique=False)

    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.create_index('ix_deals_live_closed', ['closed_at', 'stage_id', 'currency', 'amount_minor', 'owner_id', 'pipeline_id', 'account_id', 'created_at', 'expected_close', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_deals_live_created', ['pipeline_id', 'created_at', 'stage_id', 'owner_id', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_deals_live_stage_account', ['stage_id', 'account_id', 'closed_at', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))


    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index('ix_activities_live_occurred', ['occurred_at', 'owner_id', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index('ix_leads_live_created', ['created_at', 'source', 'owner_id', 'lifecycle', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    with op.batch_alter_table('deal_stage_history', schema=None) as batch_op:
        batch_op.create_index('ix_deal_stage_history_path', ['deal_id', 'to_stage_id', 'from_stage_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deal_stage_history', schema=None) as batch_op:
        batch_op.drop_index('ix_deal_stage_history_path')

    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_live_created', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index('ix_activities_live_occurred', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index('ix_deals_live_stage_account', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_deals_live_created', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_deals_live_closed', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    with op.batch_alter_table('nps_responses', schema=None) as batch_op:
        batch_op.drop_index('ix_nps_responses_contact')
        batch_op.drop_index('ix_nps_responses_answered')

    op.drop_table('nps_responses')
