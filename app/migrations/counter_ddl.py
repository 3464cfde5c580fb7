"""Triggers that keep `row_counts.live` equal to the number of live rows (deleted_at IS NULL) of a table.

Like the search triggers, they vanish when SQLite's batch mode rebuilds the table: such a migration
calls `drop_counter` before and `create_counter` after it (which also recounts).
"""

from __future__ import annotations

COUNTED_TABLES = ("contacts", "accounts")

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION rapport_count_live_rows() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.deleted_at IS NULL THEN
      UPDATE row_counts SET live = live + 1 WHERE table_name = TG_TABLE_NAME;
    END IF;
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD.deleted_at IS NULL THEN
      UPDATE row_counts SET live = live - 1 WHERE table_name = TG_TABLE_NAME;
    END IF;
    RETURN OLD;
  END IF;
  IF (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) THEN
    UPDATE row_counts SET live = live + CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END
      WHERE table_name = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql
"""


def create_counter(table: str) -> None:
    from alembic import op

    recount = f"SELECT '{table}', count(*) FROM {table} WHERE deleted_at IS NULL"
    op.execute(f"DELETE FROM row_counts WHERE table_name = '{table}'")
    op.execute(f"INSERT INTO row_counts (table_name, live) {recount}")
    if op.get_bind().dialect.name != "sqlite":
        op.execute(_PG_FUNCTION)
        op.execute(
            f"CREATE TRIGGER {table}_count AFTER INSERT OR DELETE OR UPDATE OF deleted_at ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION rapport_count_live_rows()"
        )
        return
    bump = f"UPDATE row_counts SET live = live + {{delta}} WHERE table_name = '{table}'"
    op.execute(
        f"CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table} WHEN new.deleted_at IS NULL "
        f"BEGIN {bump.format(delta=1)}; END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table} WHEN old.deleted_at IS NULL "
        f"BEGIN {bump.format(delta=-1)}; END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_count_au AFTER UPDATE OF deleted_at ON {table} "
        "WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) "
        f"BEGIN {bump.format(delta='CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END')}; END"
    )


def drop_counter(table: str) -> None:
    from alembic import op

    if op.get_bind().dialect.name != "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_count ON {table}")
        return
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_count_{suffix}")
