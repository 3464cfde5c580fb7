"""Custom field definitions, saved segments and saved views.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 17:25:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')
FIELD_KINDS = ('text', 'long_text', 'number', 'money', 'date', 'checkbox', 'choice', 'multi_choice', 'url',
               'email', 'phone')


def _entity_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('custom', JSON, nullable=False),
    ]


def upgrade() -> None:
    op.create_table('custom_fields',
    sa.Column('entity_type', sa.String(length=30), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.Enum(*FIELD_KINDS, name='fieldkind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('default_value', JSON, nullable=True),
    sa.Column('options', JSON, nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    *_entity_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custom_fields')),
    sa.UniqueConstraint('entity_type', 'key', name='uq_custom_fields_entity_key')
    )
    op.create_table('saved_views',
    sa.Column('page', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('state', JSON, nullable=False),
    *_entity_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_views')),
    sa.UniqueConstraint('page', 'name', name='uq_saved_views_page_name')
    )
    op.create_table('segments',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('entity_type', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('criteria', JSON, nullable=False),
    sa.Column('is_builtin', sa.Boolean(), nullable=False),
    *_entity_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segments')),
    sa.UniqueConstraint('entity_type', 'name', name='uq_segments_entity_name')
    )


def downgrade() -> None:
    op.drop_table('segments')
    op.drop_table('saved_views')
    op.drop_table('custom_fields')
