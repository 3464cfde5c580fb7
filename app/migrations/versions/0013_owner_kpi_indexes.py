"""Partial indexes for the KPIs of one owner or a team: won deals by owner and close time (the ACV),
activities by owner and time (activities per owner), open deals by owner (pipeline, forecast).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-23 18:30:00

The ACV counts the distinct accounts that won a deal in the period. For everyone it asks each account's
range of `ix_deals_live_stage_account`; for one owner that read every won deal of the period of every
account (about 80 ms at 1,000,000 deals). This index holds an owner's won deals in close-time order with
the account, so the count reads only that owner's won deals of the period (about 15 ms). Likewise the
activities of one owner were picked out of all the period's activities (about 15 ms); they are now a
range of the owner's, and so are the owner's open deals (about 20 ms picked out of all open deals).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text('deleted_at IS NULL')
OPEN = sa.text('deleted_at IS NULL AND closed_at IS NULL')


def upgrade() -> None:
    op.create_index('ix_deals_live_stage_owner', 'deals',
                    ['stage_id', 'owner_id', 'closed_at', 'currency', 'pipeline_id', 'account_id', 'id'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_activities_live_owner', 'activities', ['owner_id', 'occurred_at', 'id'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_deals_open_owner', 'deals',
                    ['owner_id', 'expected_close', 'stage_id', 'currency', 'pipeline_id', 'amount_minor'],
                    unique=False, sqlite_where=OPEN, postgresql_where=OPEN)


def downgrade() -> None:
    op.drop_index('ix_deals_open_owner', table_name='deals')
    op.drop_index('ix_activities_live_owner', table_name='activities')
    op.drop_index('ix_deals_live_stage_owner', table_name='deals')
