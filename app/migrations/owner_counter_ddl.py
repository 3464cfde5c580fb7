"""Triggers that keep `owner_row_counts.live` equal to the live rows of a table per owner, so a sales
rep's list counts their team's rows by summing a few counters instead of scanning 250,000 index entries.

Rows without an owner are not counted: no rep sees them (visibility is `owner_id IN (...)`). Like the
table counters (counter_ddl), the SQLite triggers vanish when batch mode rebuilds the table: such a
migration calls `drop_owner_counter` before and `create_owner_counter` after it (which also recounts).
"""

from __future__ import annotations

OWNER_COUNTED_TABLES = ("contacts", "accounts")

# PostgreSQL: statement-level, over the transition tables (see counter_ddl for why not row-level). An
# edit that changes neither the owner nor the trash state nets to zero and writes nothing, so ordinary
# saves never queue behind each other on a counter row; ORDER BY keeps the row locks in one order.
PG_OWNER_FUNCTION = "rapport_count_owned_statement"
_UPSERT = (
    "INSERT INTO owner_row_counts (table_name, owner_id, live) SELECT TG_TABLE_NAME, owner_id, sum(d) FROM ({rows}) c"
    " GROUP BY owner_id HAVING sum(d) <> 0 ORDER BY owner_id"
    " ON CONFLICT (table_name, owner_id) DO UPDATE SET live = owner_row_counts.live + excluded.live"
)
_NEW = "SELECT owner_id, 1 AS d FROM new_rows WHERE deleted_at IS NULL AND owner_id IS NOT NULL"
_OLD = "SELECT owner_id, -1 AS d FROM old_rows WHERE deleted_at IS NULL AND owner_id IS NOT NULL"
_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {PG_OWNER_FUNCTION}() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {_UPSERT.format(rows=_NEW)};
  ELSIF TG_OP = 'DELETE' THEN
    {_UPSERT.format(rows=_OLD)};
  ELSE
    {_UPSERT.format(rows=f"{_NEW} UNION ALL {_OLD}")};
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""
_PG_TRIGGERS = {
    "ins": ("INSERT", "NEW TABLE AS new_rows"),
    "del": ("DELETE", "OLD TABLE AS old_rows"),
    "upd": ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
}


def create_owner_counter(table: str) -> None:
    from alembic import op

    op.execute(f"DELETE FROM owner_row_counts WHERE table_name = '{table}'")
    op.execute(
        f"INSERT INTO owner_row_counts (table_name, owner_id, live) SELECT '{table}', owner_id, count(*)"
        f" FROM {table} WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id"
    )
    if op.get_bind().dialect.name != "sqlite":
        op.execute(_PG_FUNCTION)
        for suffix, (event, tables) in _PG_TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {table}_owned_{suffix} AFTER {event} ON {table} REFERENCING {tables} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_OWNER_FUNCTION}()"
            )
        return
    add = (
        f"INSERT INTO owner_row_counts (table_name, owner_id, live) SELECT '{table}', new.owner_id, 1"
        " WHERE new.deleted_at IS NULL AND new.owner_id IS NOT NULL"
        " ON CONFLICT (table_name, owner_id) DO UPDATE SET live = live + 1"
    )
    remove = (
        f"UPDATE owner_row_counts SET live = live - 1 WHERE table_name = '{table}' AND owner_id = old.owner_id"
        " AND old.deleted_at IS NULL"
    )
    op.execute(f"CREATE TRIGGER {table}_owned_ai AFTER INSERT ON {table} BEGIN {add}; END")
    op.execute(f"CREATE TRIGGER {table}_owned_ad AFTER DELETE ON {table} BEGIN {remove}; END")
    op.execute(
        f"CREATE TRIGGER {table}_owned_au AFTER UPDATE OF owner_id, deleted_at ON {table} "
        "WHEN old.owner_id IS NOT new.owner_id OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) "
        f"BEGIN {remove}; {add}; END"
    )


def drop_owner_counter(table: str) -> None:
    from alembic import op

    if op.get_bind().dialect.name != "sqlite":
        for suffix in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_owned_{suffix} ON {table}")
        return
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_owned_{suffix}")
