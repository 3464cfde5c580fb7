"""Tasks and the Gantt view: priority, progress, milestones, reminders, groups, iCalendar UIDs, dependencies.

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-23 17:20:00

The new `activities` columns are added in place (ALTER TABLE ADD COLUMN with a default), not by a batch
rebuild, so a large activities table migrates in a moment.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


revision: str = '0009'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')
PRIORITY_CHECK = "priority IN ('low', 'normal', 'high', 'urgent')"
PROGRESS_CHECK = "progress BETWEEN 0 AND 100"
OPEN = sa.text('deleted_at IS NULL AND done_at IS NULL')
LIVE = sa.text('deleted_at IS NULL')


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite accepts a CHECK in ADD COLUMN; alembic would otherwise rebuild the whole table.
        op.execute(f"ALTER TABLE activities ADD COLUMN priority VARCHAR(24) DEFAULT 'normal' NOT NULL "
                   f"CONSTRAINT ck_activities_priority CHECK ({PRIORITY_CHECK})")
        op.execute(f"ALTER TABLE activities ADD COLUMN progress INTEGER DEFAULT 0 NOT NULL "
                   f"CONSTRAINT ck_activities_progress_range CHECK ({PROGRESS_CHECK})")
    else:
        op.add_column('activities', sa.Column('priority', sa.String(24), server_default='normal', nullable=False))
        op.add_column('activities', sa.Column('progress', sa.Integer(), server_default='0', nullable=False))
        op.create_check_constraint('ck_activities_priority', 'activities', PRIORITY_CHECK)
        op.create_check_constraint('ck_activities_progress_range', 'activities', PROGRESS_CHECK)
    op.add_column('activities', sa.Column('is_milestone', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('activities', sa.Column('reminder_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('activities', sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('activities', sa.Column('group_name', sa.String(length=120), server_default='', nullable=False))
    op.add_column('activities', sa.Column('external_uid', sa.String(length=255), nullable=True))
    op.create_index('ix_activities_external_uid', 'activities', ['external_uid'], unique=False)
    op.create_index('ix_activities_live_group', 'activities', ['group_name', 'start_at', 'id'], unique=False,
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_activities_open_due', 'activities', ['owner_id', 'due_at'], unique=False,
                    sqlite_where=OPEN, postgresql_where=OPEN)

    op.create_table('task_dependencies',
    sa.Column('predecessor_id', sa.Uuid(), nullable=False),
    sa.Column('successor_id', sa.Uuid(), nullable=False),
    sa.Column('lag_minutes', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('custom', JSON, nullable=False),
    sa.CheckConstraint('predecessor_id <> successor_id', name=op.f('ck_task_dependencies_not_self')),
    sa.ForeignKeyConstraint(['predecessor_id'], ['activities.id'], name=op.f('fk_task_dependencies_predecessor_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['successor_id'], ['activities.id'], name=op.f('fk_task_dependencies_successor_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_dependencies')),
    sa.UniqueConstraint('predecessor_id', 'successor_id', name='uq_task_dependencies_pair')
    )
    op.create_index('ix_task_dependencies_successor', 'task_dependencies', ['successor_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_task_dependencies_successor', table_name='task_dependencies')
    op.drop_table('task_dependencies')
    op.drop_index('ix_activities_open_due', table_name='activities')
    op.drop_index('ix_activities_live_group', table_name='activities')
    op.drop_index('ix_activities_external_uid', table_name='activities')
    with op.batch_alter_table('activities') as batch_op:
        for column in ('external_uid', 'group_name', 'reminded_at', 'reminder_at', 'is_milestone', 'progress',
                       'priority'):
            batch_op.drop_column(column)
