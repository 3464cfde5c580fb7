"""Consent and its history, campaigns and members, drip sequences, their enrolments and step run keys, the
marketing outbox; campaign attribution on leads and deals.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 03:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0026'
down_revision: str | None = '0025'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text('deleted_at IS NULL')


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


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=24, create_constraint=True)


CHANNEL = ('email', 'phone', 'post')
STATUS = ('granted', 'withdrawn', 'unknown')


def upgrade() -> None:
    op.create_table('consents',
    sa.Column('subject_type', sa.String(length=10), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=False),
    sa.Column('channel', _enum('consentchannel', *CHANNEL), nullable=False),
    sa.Column('status', _enum('consentstatus', *STATUS), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('text_shown', sa.Text(), nullable=False),
    sa.Column('given_at', sa.DateTime(timezone=True), nullable=False),
    *_entity(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents')),
    sa.UniqueConstraint('subject_type', 'subject_id', 'channel', name='uq_consents_subject'),
    )
    op.create_table('consent_history',
    sa.Column('subject_type', sa.String(length=10), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=False),
    sa.Column('channel', _enum('consentchannel', *CHANNEL), nullable=False),
    sa.Column('status', _enum('consentstatus', *STATUS), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('text_shown', sa.Text(), nullable=False),
    sa.Column('given_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    *_entity(),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_consent_history_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_history')),
    )
    op.create_index('ix_consent_history_subject', 'consent_history', ['subject_type', 'subject_id', 'given_at'])
    op.create_table('campaigns',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', _enum('campaigntype', 'email', 'event', 'webinar', 'print', 'ads', 'other'), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('budget_minor', sa.BigInteger(), nullable=False),
    sa.Column('actual_cost_minor', sa.BigInteger(), nullable=False),
    sa.Column('template_id', sa.String(length=100), nullable=False),
    sa.Column('segment_id', sa.Uuid(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    *_entity(),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_campaigns_segment_id_segments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns')),
    sa.UniqueConstraint('name', name=op.f('uq_campaigns_name')),
    )
    op.create_index('ix_campaigns_live_starts', 'campaigns', ['starts_on', 'id'], sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_table('campaign_members',
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('subject_type', sa.String(length=10), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=False),
    sa.Column('status', _enum('memberstatus', 'pending', 'sent', 'bounced', 'replied', 'unsubscribed', 'converted', 'suppressed'), nullable=False),
    sa.Column('status_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=False),
    *_entity(),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_members_campaign_id_campaigns'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_members')),
    sa.UniqueConstraint('campaign_id', 'subject_type', 'subject_id', name='uq_campaign_members_subject'),
    )
    op.create_index('ix_campaign_members_subject', 'campaign_members', ['subject_type', 'subject_id'])
    op.create_index('ix_campaign_members_status', 'campaign_members', ['campaign_id', 'status'])
    op.create_table('sequences',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('steps', _json(), nullable=False),
    sa.Column('window', _json(), nullable=False),
    sa.Column('per_hour', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Uuid(), nullable=True),
    *_entity(),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_sequences_campaign_id_campaigns')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sequences')),
    sa.UniqueConstraint('name', name=op.f('uq_sequences_name')),
    )
    op.create_table('sequence_enrolments',
    sa.Column('sequence_id', sa.Uuid(), nullable=False),
    sa.Column('subject_type', sa.String(length=10), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=False),
    sa.Column('status', _enum('enrolmentstatus', 'active', 'completed', 'left'), nullable=False),
    sa.Column('left_reason', sa.String(length=40), nullable=False),
    sa.Column('next_step', sa.Integer(), nullable=False),
    sa.Column('next_due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('source', sa.String(length=40), nullable=False),
    *_entity(),
    sa.ForeignKeyConstraint(['sequence_id'], ['sequences.id'], name=op.f('fk_sequence_enrolments_sequence_id_sequences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sequence_enrolments')),
    sa.UniqueConstraint('sequence_id', 'subject_type', 'subject_id', name='uq_sequence_enrolments_subject'),
    )
    op.create_index('ix_sequence_enrolments_due', 'sequence_enrolments', ['status', 'next_due_at'])
    op.create_index('ix_sequence_enrolments_subject', 'sequence_enrolments', ['subject_type', 'subject_id'])
    op.create_table('sequence_step_runs',
    sa.Column('enrolment_id', sa.Uuid(), nullable=False),
    sa.Column('step_index', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    *_entity(),
    sa.ForeignKeyConstraint(['enrolment_id'], ['sequence_enrolments.id'], name=op.f('fk_sequence_step_runs_enrolment_id_sequence_enrolments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sequence_step_runs')),
    sa.UniqueConstraint('enrolment_id', 'step_index', name='uq_sequence_step_runs_step'),
    )
    op.create_index('ix_sequence_step_runs_created', 'sequence_step_runs', ['kind', 'created_at'])
    op.create_table('marketing_outbox',
    sa.Column('idempotency_key', sa.String(length=200), nullable=False),
    sa.Column('template_id', sa.String(length=100), nullable=False),
    sa.Column('subject_type', sa.String(length=10), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=False),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('unsubscribe_url', sa.Text(), nullable=False),
    *_entity(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_marketing_outbox')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_marketing_outbox_idempotency_key')),
    )
    for table in ('leads', 'deals'):
        # added in place (no table rebuild: the deals' rollup triggers stay); the reference is inline
        fk = f'fk_{table}_campaign_id_campaigns'
        if op.get_bind().dialect.name == 'sqlite':  # Alembic adds no reference in place on SQLite
            op.execute(f'ALTER TABLE {table} ADD COLUMN campaign_id CHAR(32) '
                       f'CONSTRAINT {fk} REFERENCES campaigns (id)')
        else:
            op.add_column(table, sa.Column('campaign_id', sa.Uuid(), nullable=True))
            op.create_foreign_key(op.f(fk), table, 'campaigns', ['campaign_id'], ['id'])
        op.create_index(op.f(f'ix_{table}_campaign_id'), table, ['campaign_id'], unique=False)


def downgrade() -> None:
    for table in ('deals', 'leads'):
        op.drop_index(op.f(f'ix_{table}_campaign_id'), table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(op.f(f'fk_{table}_campaign_id_campaigns'), type_='foreignkey')
            batch_op.drop_column('campaign_id')
    for table in ('marketing_outbox', 'sequence_step_runs', 'sequence_enrolments', 'sequences',
                  'campaign_members', 'campaigns', 'consent_history', 'consents'):
        op.drop_table(table)
