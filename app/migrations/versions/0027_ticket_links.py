"""Ticket links (a ticket's deals, documents, articles, and the ticket it was merged into), account tiers,
and knowledge-base articles with their full-text index (FTS5 on SQLite, GIN tsvector on PostgreSQL).

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07 03:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from app.migrations.search_ddl import create_search, drop_search

revision: str = '0027'
down_revision: str | None = '0026'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text('deleted_at IS NULL')


def _entity() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('custom', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('ticket_links',
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('target_type', sa.String(length=20), nullable=False),
    sa.Column('target_id', sa.Uuid(), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    *_entity(),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_links_ticket_id_tickets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_links'))
    )
    with op.batch_alter_table('ticket_links', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_links_ticket', ['ticket_id'], unique=False)
        batch_op.create_index('ix_ticket_links_target', ['target_type', 'target_id'], unique=False)
    with op.batch_alter_table('accounts', recreate='never') as batch_op:  # a plain ADD COLUMN, no rebuild
        batch_op.add_column(sa.Column('tier', sa.String(length=20), server_default='standard', nullable=False))


    # tickets.next_due: the target the clock runs to, and the partial indexes the queues read
    with op.batch_alter_table('tickets', recreate='never') as batch_op:
        batch_op.add_column(sa.Column('next_due', sa.DateTime(timezone=True), nullable=True))
    op.execute(
        "UPDATE tickets SET next_due = CASE WHEN first_response_at IS NULL AND first_response_due IS NOT NULL "
        "AND status NOT IN ('resolved', 'closed') THEN first_response_due ELSE resolution_due END"
    )
    op.create_index('ix_tickets_live_due', 'tickets', ['next_due', 'id'], sqlite_where=LIVE, postgresql_where=LIVE)
    # the queues' partial indexes; on SQLite "+status" (see app/models/ticket.py, which these must match)
    for name, statuses in (('open', "'new', 'open', 'waiting'"), ('running', "'new', 'open'")):
        op.create_index(
            f'ix_tickets_{name}_due', 'tickets', ['next_due', 'id'],
            sqlite_where=sa.text(f"deleted_at IS NULL AND +status IN ({statuses})"),
            postgresql_where=sa.text(f"deleted_at IS NULL AND status IN ({statuses})"),
        )
    op.create_index('ix_tickets_live_status_due', 'tickets', ['status', 'next_due', 'id'], sqlite_where=LIVE, postgresql_where=LIVE)
    # CSAT answers live beside the NPS answers (kind), tied to the ticket they rate
    with op.batch_alter_table('nps_responses', recreate='never') as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), server_default='nps', nullable=False))
        batch_op.add_column(sa.Column('ticket_id', sa.Uuid(), nullable=True))
    op.create_index('ix_nps_responses_kind_answered', 'nps_responses', ['kind', 'answered_on'])
    op.create_index('ix_nps_responses_ticket', 'nps_responses', ['ticket_id'])
    op.create_table('kb_articles',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    *_entity(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kb_articles'))
    )
    with op.batch_alter_table('kb_articles', schema=None) as batch_op:
        batch_op.create_index('ix_kb_articles_live_title', ['title', 'id'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
        batch_op.create_index('ix_kb_articles_category', ['category'], unique=False)
    create_search('kb_articles')


def downgrade() -> None:
    op.drop_index('ix_nps_responses_ticket', table_name='nps_responses')
    op.drop_index('ix_nps_responses_kind_answered', table_name='nps_responses')
    with op.batch_alter_table('nps_responses', recreate='never') as batch_op:
        batch_op.drop_column('ticket_id')
        batch_op.drop_column('kind')
    drop_search('kb_articles')
    op.drop_table('kb_articles')
    for name in ('ix_tickets_live_due', 'ix_tickets_open_due', 'ix_tickets_running_due', 'ix_tickets_live_status_due'):
        op.drop_index(name, table_name='tickets')
    with op.batch_alter_table('tickets', recreate='never') as batch_op:
        batch_op.drop_column('next_due')
    with op.batch_alter_table('accounts', recreate='never') as batch_op:  # SQLite 3.35+ drops a column
        batch_op.drop_column('tier')
    op.drop_table('ticket_links')
