"""The change log laptop replicas pull from (docs/sync.md): table `sync_log` and, on PostgreSQL,
statement triggers on every synced table (app/migrations/sync_ddl.py).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 03:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.migrations.sync_ddl import (
    SYNCED_TABLES,
    create_sync_function,
    create_sync_trigger,
    drop_sync_function,
    drop_sync_trigger,
)

revision: str = '0024'
down_revision: str | None = '0023'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_log',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('tbl', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('txid', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_log')),
    )
    op.create_index('ix_sync_log_txid', 'sync_log', ['txid'])
    create_sync_function()
    for table in SYNCED_TABLES:
        create_sync_trigger(table)


def downgrade() -> None:
    for table in SYNCED_TABLES:
        drop_sync_trigger(table)
    drop_sync_function()
    op.drop_index('ix_sync_log_txid', table_name='sync_log')
    op.drop_table('sync_log')
