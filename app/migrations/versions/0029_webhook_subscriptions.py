"""Webhook subscriptions: a URL subscribed to record events, delivered signed through the outbox.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07 03:20:00

The outbox (0021) carried only rules' webhooks; a row now belongs to a rule or to a subscription (with
the event it reports), so one deliverer sends both, with the same retries and crash safety.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0029'
down_revision: str | None = '0028'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        'webhook_subscriptions',
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('url', sa.String(length=2000), nullable=False),
        sa.Column('record_types', JSON, nullable=False),
        sa.Column('events', JSON, nullable=False),
        sa.Column('secret', sa.String(length=100), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('failure_count', sa.Integer(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', WHEN, nullable=False),
        sa.Column('updated_at', WHEN, nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', WHEN, nullable=True),
        sa.Column('custom', JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ['created_by'], ['users.id'], name=op.f('fk_webhook_subscriptions_created_by_users')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_webhook_subscriptions')),
    )
    with op.batch_alter_table('automation_outbox', schema=None) as batch_op:
        batch_op.alter_column('rule_id', existing_type=sa.Uuid(), nullable=True)
        batch_op.add_column(sa.Column('subscription_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('event', sa.String(length=60), nullable=False, server_default=''))
        batch_op.create_foreign_key(
            batch_op.f('fk_automation_outbox_subscription_id_webhook_subscriptions'),
            'webhook_subscriptions', ['subscription_id'], ['id'], ondelete='CASCADE',
        )
        batch_op.create_index('ix_automation_outbox_subscription', ['subscription_id', 'created_at'])
    with op.batch_alter_table('automation_outbox', schema=None) as batch_op:
        batch_op.alter_column('event', server_default=None)


def downgrade() -> None:
    op.execute('DELETE FROM automation_outbox WHERE rule_id IS NULL')
    with op.batch_alter_table('automation_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_automation_outbox_subscription')
        batch_op.drop_constraint(
            batch_op.f('fk_automation_outbox_subscription_id_webhook_subscriptions'), type_='foreignkey'
        )
        batch_op.drop_column('event')
        batch_op.drop_column('subscription_id')
        batch_op.alter_column('rule_id', existing_type=sa.Uuid(), nullable=False)
    op.drop_table('webhook_subscriptions')
