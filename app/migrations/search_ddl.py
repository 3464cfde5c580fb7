"""Full-text search DDL per dialect, used by migrations.

SQLite: FTS5 external-content tables keyed by the base table's rowid and kept in step by triggers.
A batch migration that rebuilds `contacts` or `accounts` (SQLite's copy-and-rename ALTER) drops the
triggers and renumbers rowids: such a migration must call `drop_search` before and `create_search`
after it, which also refills the index.

PostgreSQL: a GIN index on the same tsvector expression that app.services.core.search queries, so the
table schema stays identical on both dialects.
"""

from __future__ import annotations

# table -> the columns that search-as-you-type looks in
SEARCH_COLUMNS: dict[str, tuple[str, ...]] = {
    "contacts": ("first_name", "last_name", "email", "phone", "company_name"),
    "accounts": ("name", "domain", "email", "phone", "city"),
    "leads": ("first_name", "last_name", "email", "phone", "company"),
    "kb_articles": ("title", "category", "body"),  # ranked (bm25 / ts_rank) by service_desk.knowledge
}


def pg_vector_sql(table: str, qualified: bool = False) -> str:
    """The tsvector expression; queries qualify the columns, the index (same expression) does not."""
    prefix = f"{table}." if qualified else ""
    joined = " || ' ' || ".join(prefix + c for c in SEARCH_COLUMNS[table])
    # Punctuation becomes a word break, as in FTS5's unicode61 tokenizer, so that both dialects find
    # 'plant' in an email address and '1415' in '+1415...'.
    return f"to_tsvector('simple', regexp_replace({joined}, '[^[:alnum:]]+', ' ', 'g'))"


def _sqlite_create(table: str) -> None:
    from alembic import op

    # The index holds live rows only (deleted_at IS NULL): counting matches then needs no join back to the
    # table, and trashed records drop out of search. Every trigger must delete exactly what was inserted.
    cols = SEARCH_COLUMNS[table]
    names = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    fts = f"{table}_fts"
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='rowid', "
        "prefix='2 3', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} WHEN new.deleted_at IS NULL BEGIN "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} WHEN old.deleted_at IS NULL BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {names}, deleted_at ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) SELECT 'delete', old.rowid, {old} "
        "WHERE old.deleted_at IS NULL; "
        f"INSERT INTO {fts}(rowid, {names}) SELECT new.rowid, {new} WHERE new.deleted_at IS NULL; END"
    )
    op.execute(
        f"INSERT INTO {fts}(rowid, {names}) SELECT rowid, {names} FROM {table} WHERE deleted_at IS NULL"
    )


def create_search(table: str) -> None:
    from alembic import op  # imported here so that the app's start-up does not load Alembic

    if op.get_bind().dialect.name == "sqlite":
        _sqlite_create(table)
    else:
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin ({pg_vector_sql(table)})")


def drop_search(table: str) -> None:
    from alembic import op

    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    else:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")


def is_search_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic include_object hook: False for the search tables and indexes, which models don't declare."""
    if not name:
        return True
    is_fts_table = type_ == "table" and any(name.startswith(f"{t}_fts") for t in SEARCH_COLUMNS)
    is_search_index = type_ == "index" and name in {f"ix_{t}_search" for t in SEARCH_COLUMNS}
    return not (is_fts_table or is_search_index)
