"""Leads found by email and phone: the likely-duplicate warning before a lead is saved or imported, and
an import matched on email, read one index range instead of every lead.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 02:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text('deleted_at IS NULL')


def upgrade() -> None:
    op.create_index('ix_leads_live_email', 'leads', ['email', 'id'], unique=False,
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_leads_live_phone', 'leads', ['phone', 'id'], unique=False,
                    sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index('ix_leads_live_phone', table_name='leads')
    op.drop_index('ix_leads_live_email', table_name='leads')
