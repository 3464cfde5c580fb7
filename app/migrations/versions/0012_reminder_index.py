"""A partial index of reminders not yet shown, for the reminder poll.

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-23 17:40:00

The app asks every 30 s, on the GUI thread, which reminders have fallen due. Through the open-task
index that read every open activity of the user (about 30 ms with 200,000 activities); this index holds
only pending reminders, so the poll is a seek on `reminder_at`.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text('reminder_at IS NOT NULL AND reminded_at IS NULL AND done_at IS NULL AND deleted_at IS NULL')


def upgrade() -> None:
    op.create_index('ix_activities_pending_reminder', 'activities', ['reminder_at'], unique=False,
                    sqlite_where=PENDING, postgresql_where=PENDING)


def downgrade() -> None:
    op.drop_index('ix_activities_pending_reminder', table_name='activities')
