"""Activities get a location and an all-day flag.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 00:10:00

iCalendar's LOCATION and all-day (DATE-valued) events, and Salesforce's Event.Location and
IsAllDayEvent, had nowhere to go: LOCATION was dropped and all-day events became timed events at
midnight UTC. An all-day activity keeps start_at at 00:00 UTC of its first day and end_at at 00:00 UTC
of the day after its last (iCalendar's exclusive DTEND), so its dates do not move with the viewer's zone.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('activities') as batch:
        batch.add_column(sa.Column('location', sa.String(length=255), nullable=False, server_default=''))
        batch.add_column(
            sa.Column('all_day', sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table('activities') as batch:
        batch.drop_column('all_day')
        batch.drop_column('location')
