"""The office server's change log for laptop replicas (migration 0024, docs/sync.md).

PostgreSQL only: statement triggers on every synced table append (table, row id, transaction id) to
`sync_log` for each row written; a replica's pull reads the entries of transactions it may not have seen yet. A table that
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

# Statement-level triggers over the statement's transition tables: one INSERT ... SELECT per statement,
# not one per row (an import of 100,000 contacts by COPY pays one extra statement, as counter_ddl does).
PG_FUNCTIONS = {"new_rows": "rapport_sync_log_new", "old_rows": "rapport_sync_log_old"}
_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
BEGIN
  INSERT INTO sync_log (tbl, row_id, txid)
    SELECT TG_TABLE_NAME, id, pg_current_xact_id()::text::bigint FROM {rows};
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""
_PG_TRIGGERS = {  # name suffix: (event, transition table)
    "ins": ("INSERT", "NEW TABLE AS new_rows", "new_rows"),
    "upd": ("UPDATE", "NEW TABLE AS new_rows", "new_rows"),
    "del": ("DELETE", "OLD TABLE AS old_rows", "old_rows"),
}


def create_sync_function() -> None:
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        for rows, name in PG_FUNCTIONS.items():
            op.execute(_PG_FUNCTION.format(name=name, rows=rows))


def drop_sync_function() -> None:
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        for name in PG_FUNCTIONS.values():
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")


def create_sync_trigger(table: str) -> None:
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        for suffix, (event, transition, rows) in _PG_TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {table}_sync_{suffix} AFTER {event} ON {table} REFERENCING {transition} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTIONS[rows]}()"
            )


def drop_sync_trigger(table: str) -> None:
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        for suffix in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_sync_{suffix} ON {table}")
