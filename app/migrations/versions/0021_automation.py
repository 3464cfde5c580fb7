"""Workflow automation: rules, runs and their items, the outbox of webhooks, run keys, notifications.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 00:20:00

A rule is when + if + then (app/services/automation). Each firing is a run with one item per action and
record (with what undoing it takes); external actions go through the outbox, written in the triggering
transaction and delivered after commit; a time rule's (rule, record, period) key is UNIQUE so two runners
never act twice; notifications are the in-app messages a rule sends.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0021'
down_revision: str | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')
WHEN = sa.DateTime(timezone=True)
PENDING = sa.text('delivered_at IS NULL AND deleted_at IS NULL')


def _base(table: str) -> list[sa.Column]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', WHEN, nullable=False),
        sa.Column('updated_at', WHEN, nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', WHEN, nullable=True),
        sa.Column('custom', JSON, nullable=False),
    ]


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}'))


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f'{target}.id'], name=op.f(f'fk_{table}_{column}_{target}'), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        'automation_rules',
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('entity_type', sa.String(length=30), nullable=False),
        sa.Column('trigger', sa.String(length=40), nullable=False),
        sa.Column('trigger_params', JSON, nullable=False),
        sa.Column('conditions', JSON, nullable=False),
        sa.Column('actions', JSON, nullable=False),
        sa.Column('paused_reason', sa.Text(), nullable=False),
        sa.Column('failure_count', sa.Integer(), nullable=False),
        sa.Column('builtin_key', sa.String(length=60), nullable=False),
        *_base('automation_rules'),
        _pk('automation_rules'),
        sa.UniqueConstraint('name', name=op.f('uq_automation_rules_name')),
    )
    op.create_table(
        'automation_runs',
        sa.Column('rule_id', sa.Uuid(), nullable=False),
        sa.Column('trigger', sa.String(length=40), nullable=False),
        sa.Column('started_at', WHEN, nullable=False),
        sa.Column('depth', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('user_id', sa.Uuid(), nullable=True),
        *_base('automation_runs'),
        _fk('automation_runs', 'rule_id', 'automation_rules', 'CASCADE'),
        _fk('automation_runs', 'user_id', 'users'),
        _pk('automation_runs'),
    )
    op.create_index('ix_automation_runs_rule_started', 'automation_runs', ['rule_id', 'started_at'])
    op.create_table(
        'notifications',
        sa.Column('user_id', sa.Uuid(), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('record_type', sa.String(length=30), nullable=False),
        sa.Column('record_id', sa.Uuid(), nullable=True),
        sa.Column('read_at', WHEN, nullable=True),
        *_base('notifications'),
        _fk('notifications', 'user_id', 'users'),
        _pk('notifications'),
    )
    op.create_index('ix_notifications_user_unread', 'notifications', ['user_id', 'read_at'])
    op.create_table(
        'automation_outbox',
        sa.Column('rule_id', sa.Uuid(), nullable=False),
        sa.Column('run_id', sa.Uuid(), nullable=True),
        sa.Column('unique_key', sa.String(length=100), nullable=False),
        sa.Column('url', sa.String(length=2000), nullable=False),
        sa.Column('payload', JSON, nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', WHEN, nullable=False),
        sa.Column('delivered_at', WHEN, nullable=True),
        sa.Column('gave_up_at', WHEN, nullable=True),
        sa.Column('last_error', sa.Text(), nullable=False),
        *_base('automation_outbox'),
        _fk('automation_outbox', 'rule_id', 'automation_rules', 'CASCADE'),
        _fk('automation_outbox', 'run_id', 'automation_runs', 'SET NULL'),
        _pk('automation_outbox'),
        sa.UniqueConstraint('unique_key', name=op.f('uq_automation_outbox_unique_key')),
    )
    op.create_index(
        'ix_automation_outbox_pending', 'automation_outbox', ['next_attempt_at'],
        sqlite_where=PENDING, postgresql_where=PENDING,
    )
    op.create_table(
        'automation_run_items',
        sa.Column('run_id', sa.Uuid(), nullable=False),
        sa.Column('record_type', sa.String(length=30), nullable=False),
        sa.Column('record_id', sa.Uuid(), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('error', sa.Text(), nullable=False),
        sa.Column('undo', JSON, nullable=False),
        *_base('automation_run_items'),
        _fk('automation_run_items', 'run_id', 'automation_runs', 'CASCADE'),
        _pk('automation_run_items'),
    )
    op.create_index('ix_automation_run_items_run_id', 'automation_run_items', ['run_id'])
    op.create_table(
        'automation_run_keys',
        sa.Column('rule_id', sa.Uuid(), nullable=False),
        sa.Column('record_id', sa.Uuid(), nullable=False),
        sa.Column('period_key', sa.String(length=40), nullable=False),
        sa.Column('run_id', sa.Uuid(), nullable=True),
        *_base('automation_run_keys'),
        _fk('automation_run_keys', 'rule_id', 'automation_rules', 'CASCADE'),
        _fk('automation_run_keys', 'run_id', 'automation_runs', 'SET NULL'),
        _pk('automation_run_keys'),
        sa.UniqueConstraint('rule_id', 'record_id', 'period_key', name='uq_automation_run_keys_key'),
    )


def downgrade() -> None:
    op.drop_table('automation_run_keys')
    op.drop_index('ix_automation_run_items_run_id', table_name='automation_run_items')
    op.drop_table('automation_run_items')
    op.drop_index('ix_automation_outbox_pending', table_name='automation_outbox')
    op.drop_table('automation_outbox')
    op.drop_index('ix_notifications_user_unread', table_name='notifications')
    op.drop_table('notifications')
    op.drop_index('ix_automation_runs_rule_started', table_name='automation_runs')
    op.drop_table('automation_runs')
    op.drop_table('automation_rules')
