"""A sales rep's list as fast as an administrator's at a million rows on PostgreSQL (issue 18).

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07 03:00:00

Two costs a rep paid that an administrator did not, measured at 1,000,000 contacts (250,000 visible):
- The count: the administrator's is the trigger-kept `row_counts` row; the rep's was an index-only
  scan of their owners' 250,000 entries (~85 ms). `owner_row_counts` keeps the live rows per owner by
  triggers (owner_counter_ddl), so the rep's count sums five counters.
- Pages away from the ends: the sort indexes held no owner, so PostgreSQL could not test a row's owner
  inside the index and sorted the rep's 250,000 rows instead (730 ms for the middle page). The sort
  indexes of contacts, accounts and leads now carry `owner_id` as an INCLUDE column (PostgreSQL only):
  the page is an index-only scan that skips other owners' entries (114 ms), as the administrator's is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.migrations.owner_counter_ddl import (
    OWNER_COUNTED_TABLES,
    PG_OWNER_FUNCTION,
    create_owner_counter,
    drop_owner_counter,
)

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "WHERE deleted_at IS NULL"
# index name -> its key columns (each ends with the id), as declared by the models' live_index(owned=True)
SORT_INDEXES = {
    "contacts": {
        "ix_contacts_live_last_first": "last_name, first_name",
        "ix_contacts_live_first": "first_name",
        "ix_contacts_live_email": "email",
        "ix_contacts_live_company": "company_name",
        "ix_contacts_live_city": "city",
        "ix_contacts_live_country": "country",
        "ix_contacts_live_updated": "updated_at",
    },
    "accounts": {
        "ix_accounts_live_name": "name",
        "ix_accounts_live_city": "city",
        "ix_accounts_live_country": "country",
        "ix_accounts_live_industry": "industry",
        "ix_accounts_live_status": "status",
        "ix_accounts_live_updated": "updated_at",
    },
    "leads": {
        "ix_leads_live_score": "score",
        "ix_leads_live_last_first": "last_name, first_name",
        "ix_leads_live_company": "company",
        "ix_leads_live_status": "status",
        "ix_leads_live_updated": "updated_at",
    },
}


def upgrade() -> None:
    op.create_table(
        "owner_row_counts",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("live", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "owner_id", name=op.f("pk_owner_row_counts")),
    )
    for table in OWNER_COUNTED_TABLES:
        create_owner_counter(table)
    _rebuild_sort_indexes(" INCLUDE (owner_id)")


def downgrade() -> None:
    _rebuild_sort_indexes("")
    for table in OWNER_COUNTED_TABLES:
        drop_owner_counter(table)
    op.drop_table("owner_row_counts")
    if op.get_bind().dialect.name != "sqlite":
        op.execute(f"DROP FUNCTION IF EXISTS {PG_OWNER_FUNCTION}()")


def _rebuild_sort_indexes(include: str) -> None:
    """PostgreSQL only: SQLite has no INCLUDE, and a rep's list there is a single-file team's (small)."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, indexes in SORT_INDEXES.items():
        for name, columns in indexes.items():
            op.execute(f"DROP INDEX IF EXISTS {name}")
            op.execute(f"CREATE INDEX {name} ON {table} ({columns}, id){include} {LIVE}")
