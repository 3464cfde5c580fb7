"""Teams on a server: roles, teams, territories, passwords and "remember me" tokens (issue 18).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 00:00:00

Users gain a role, a team, a territory, an argon2id password hash (NULL: the user signs in as the OS
user, as before) and a failed-sign-in counter with a lock time. Every existing user becomes an
administrator, so a single-user database works exactly as it did. The new columns are plain ADD
COLUMNs with server defaults (no rebuild of the users table, which every owned record references).
Contacts, accounts and leads get a partial index on their live rows' owner: a sales rep's list counts
the rows of their team's owners from it (12 ms instead of 42 ms for 25,000 of 100,000 contacts on
PostgreSQL).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0020"
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
# A rep's list counts the rows of their team's owners: an index-only range per owner, not a heap scan.
OWNER_INDEXES = ("contacts", "accounts", "leads")
ROLES = ("administrator", "sales_manager", "sales_rep", "service_agent", "read_only")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("custom", JSON, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "teams",
        *_entity_columns(),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    op.create_table(
        "territories",
        *_entity_columns(),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("countries", JSON, nullable=False),
        sa.Column("regions", JSON, nullable=False),
        sa.Column("postcode_ranges", JSON, nullable=False),
        sa.Column("industries", JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_territories")),
        sa.UniqueConstraint("name", name=op.f("uq_territories_name")),
    )
    role = sa.Enum(*ROLES, name="role", native_enum=False, create_constraint=False, length=24)
    with op.batch_alter_table("users", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("role", role, nullable=False, server_default="administrator"))
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    for column, target in (("team_id", "teams"), ("territory_id", "territories")):
        _add_reference(column, target)
    op.create_index(op.f("ix_users_team_id"), "users", ["team_id"], unique=False)
    op.create_index(op.f("ix_users_territory_id"), "users", ["territory_id"], unique=False)
    if op.get_bind().dialect.name != "sqlite":  # SQLite cannot add a CHECK without rebuilding the table
        op.create_check_constraint("ck_users_role", "users", f"role IN {ROLES!r}")
    op.create_table(
        "sign_in_tokens",
        *_entity_columns(),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sign_in_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sign_in_tokens_token_hash")),
    )
    op.create_index(op.f("ix_sign_in_tokens_user_id"), "sign_in_tokens", ["user_id"], unique=False)
    for table in OWNER_INDEXES:
        op.create_index(
            f"ix_{table}_live_owner", table, ["owner_id", "id"], sqlite_where=LIVE, postgresql_where=LIVE
        )


def _add_reference(column: str, target: str) -> None:
    """A nullable reference column on users: SQLite takes REFERENCES inside ADD COLUMN (alembic would
    rebuild the table to add the constraint), PostgreSQL a named foreign key."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE users ADD COLUMN {column} CHAR(32) REFERENCES {target} (id)")
        return
    op.add_column("users", sa.Column(column, sa.Uuid(), nullable=True))
    op.create_foreign_key(op.f(f"fk_users_{column}_{target}"), "users", target, [column], ["id"])


def downgrade() -> None:
    for table in OWNER_INDEXES:
        op.drop_index(f"ix_{table}_live_owner", table_name=table)
    op.drop_index(op.f("ix_sign_in_tokens_user_id"), table_name="sign_in_tokens")
    op.drop_table("sign_in_tokens")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("ck_users_role", "users", type_="check")
    op.drop_index(op.f("ix_users_territory_id"), table_name="users")
    op.drop_index(op.f("ix_users_team_id"), table_name="users")
    with op.batch_alter_table("users") as batch_op:
        for name in ("locked_until", "failed_logins", "password_hash", "territory_id", "team_id", "role"):
            batch_op.drop_column(name)
    op.drop_table("territories")
    op.drop_table("teams")
