"""Import batches (undo of a whole import) and remembered "not duplicates" pairs.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 15:55:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    op.create_table('import_batches',
    sa.Column('entity_type', sa.String(length=30), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('created_count', sa.Integer(), nullable=False),
    sa.Column('updated_count', sa.Integer(), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('custom', JSON, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('import_batch_items',
    sa.Column('batch_id', sa.Uuid(), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('before', JSON, nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'], name=op.f('fk_import_batch_items_batch_id_import_batches'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('batch_id', 'entity_id', name=op.f('pk_import_batch_items'))
    )
    op.create_table('not_duplicates',
    sa.Column('entity_type', sa.String(length=30), nullable=False),
    sa.Column('id_low', sa.Uuid(), nullable=False),
    sa.Column('id_high', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('entity_type', 'id_low', 'id_high', name=op.f('pk_not_duplicates'))
    )


def downgrade() -> None:
    op.drop_table('not_duplicates')
    op.drop_table('import_batch_items')
    op.drop_table('import_batches')
