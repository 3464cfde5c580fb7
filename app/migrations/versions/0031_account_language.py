"""Accounts get a language: the language their documents are printed in.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07 03:40:00

Empty means "the country's language when Rapport has it, else the company's default"
(app/services/documents/wording.py). A constant default keeps the column add instant on SQLite and PostgreSQL.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0031'
down_revision: str | None = '0030'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('accounts') as batch:
        batch.add_column(sa.Column('language', sa.String(length=8), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('accounts') as batch:
        batch.drop_column('language')
