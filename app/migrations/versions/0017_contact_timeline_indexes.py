"""The contact's timeline reads by indexes: documents by their contact, leads by what they became.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 23:00:00

A contact's documents and the lead it was converted from (and the leads converted into an account)
were found by scanning the documents and leads tables; three partial indexes over live rows make each a
range read.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text('deleted_at IS NULL')
INDEXES = (
    ('ix_documents_live_contact', 'documents', 'contact_id'),
    ('ix_leads_live_converted_contact', 'leads', 'converted_contact_id'),
    ('ix_leads_live_converted_account', 'leads', 'converted_account_id'),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column, 'id'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    for name, table, _column in reversed(INDEXES):
        op.drop_index(name, table_name=table)
