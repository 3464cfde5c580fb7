"""The office server's change log for laptop replicas (migration 0024, docs/sync.md).

PostgreSQL only: a row trigger on every synced table appends (table, row id, transaction id) to
`sync_log`; a replica's pull reads the entries of transactions it may not have seen yet. A table that
joins SYNCED_TABLES later needs a migration calling `create_sync_trigger` for it.
"""

from __future__ import annotations

# User data and shared reference data. Left out: secrets (api_tokens, sign_in_tokens), per-device
# counters (number_sequences), derived data (row counts, rollups), server machinery (automation runs,
# outbox, notifications), local import history, and the audit log (each side keeps its own).
SYNCED_TABLES = (
    "users",
    "teams",
    "territories",
    "settings",
    "custom_fields",
    "tags",
    "segments",
    "saved_views",
    "pipelines",
    "stages",
    "products",
    "price_lists",
    "price_list_items",
    "sla_policies",
    "automation_rules",
    "accounts",
    "contacts",
    "account_contacts",
    "taggings",
    "leads",
    "deals",
    "deal_lines",
    "deal_stage_history",
    "documents",
    "document_lines",
    "activities",
    "task_dependencies",
    "tickets",
    "ticket_entries",
    "nps_responses",
)

PG_FUNCTION = "rapport_sync_log_row"
_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO sync_log (tbl, row_id, txid)
      VALUES (TG_TABLE_NAME, OLD.id, pg_current_xact_id()::text::bigint);
  ELSE
    INSERT INTO sync_log (tbl, row_id, txid)
      VALUES (TG_TABLE_NAME, NEW.id, pg_current_xact_id()::text::bigint);
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""


def create_sync_function() -> None:
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)


def create_sync_trigger(table: str) -> None:
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {table}_sync_log AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
        )


def drop_sync_trigger(table: str) -> None:
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_sync_log ON {table}")
