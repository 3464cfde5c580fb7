"""Migrations: an empty database upgrades to head and matches the models; upgrades back up first."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.db import make_engine
from app.migrations import HEAD
from app.migrations.search_ddl import is_search_object
from app.models import Base
from app.services.core.errors import DatabaseError
from app.services.database.schema import head_revision, upgrade


def test_migrated_schema_matches_the_models(db_url):
    engine = create_engine(db_url)
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_object": is_search_object}
        diffs = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    engine.dispose()
    assert diffs == []


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(sqlite_ctx):
    with sqlite_ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_empty_file_is_created_and_migrated(tmp_path):
    path = tmp_path / "new.db"
    engine = make_engine(f"sqlite:///{path}")
    result = upgrade(engine, path)
    assert (result.from_revision, result.to_revision, result.backup) == (None, head_revision(), None)
    assert {"contacts", "accounts", "contacts_fts", "accounts_fts"} <= set(inspect(engine).get_table_names())
    assert upgrade(engine, path).backup is None  # already at head: nothing to do
    engine.dispose()


def test_an_outdated_database_is_backed_up_before_migrating(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, path)
    with engine.begin() as conn:  # pretend this file was written by an older schema
        conn.execute(text("UPDATE alembic_version SET version_num = 'base0'"))
        conn.execute(
            text(
                "INSERT INTO users (id, name, email, is_active, created_at, updated_at, version, custom)"
                " VALUES ('00000000000000000000000000000001', 'Old', 'old@x.example', 1,"
                " '2020-01-01', '2020-01-01', 1, '{}')"
            )
        )
    with pytest.raises(DatabaseError, match="made by a newer Rapport"):
        upgrade(engine, path)
    engine.dispose()


def test_upgrade_from_a_previous_revision_writes_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "prev.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, path)
    # Simulate a later head: the current file is then one revision behind it.
    monkeypatch.setattr("app.services.database.schema.HEAD", "9999")
    monkeypatch.setattr("app.services.database.schema._alembic_upgrade", lambda engine: None)
    result = upgrade(engine, path)
    engine.dispose()
    assert result.backup is not None and result.backup.exists()
    conn = sqlite3.connect(result.backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    conn.close()


def test_a_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(DatabaseError, match="not a Rapport database"):
        upgrade(engine, path)
    engine.dispose()


def test_the_head_constant_matches_the_migration_scripts():
    from app.migrations import HEAD

    assert head_revision() == HEAD


def test_a_real_upgrade_from_0001_backs_up_and_counts_existing_rows(tmp_path):
    from alembic import command

    from app.services.database.schema import alembic_config

    path = tmp_path / "v1.db"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        for i, deleted in enumerate([None, None, "2026-01-01"]):
            conn.execute(
                text(
                    "INSERT INTO contacts (id, first_name, last_name, email, phone, phone_display, title, city, country,"
                    " status, company_name, notes, created_at, updated_at, version, deleted_at, custom) VALUES"
                    f" ('{i:032x}', '', 'N{i}', '', '', '', '', '', '', 'active', '', '', '2026-01-01', '2026-01-01',"
                    " 1, :deleted, '{}')"
                ),
                {"deleted": deleted},
            )
    result = upgrade(engine, path)
    assert (result.from_revision, result.to_revision) == ("0001", HEAD)
    assert result.backup is not None and result.backup.exists()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT live FROM row_counts WHERE table_name='contacts'")).scalar() == 2
        assert conn.execute(text("SELECT live FROM row_counts WHERE table_name='accounts'")).scalar() == 0
    engine.dispose()


def test_live_counters_follow_multi_row_statements(ctx):
    """One statement inserting, trashing, restoring or deleting many rows moves the counter by exactly
    their live change (on PostgreSQL a statement-level trigger, on SQLite row triggers)."""
    from app.models import uuid7

    def live(conn):
        counted = conn.execute(text("SELECT live FROM row_counts WHERE table_name = 'contacts'")).scalar()
        actual = conn.execute(text("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")).scalar()
        assert counted == actual
        return counted

    rows, params = [], {}
    for i in range(12):  # every fourth row arrives trashed
        rows.append(
            f"(:id{i}, '2026-01-01', '2026-01-01', 1, '{{}}', '', :n{i}, '', '', '', '', '', '', "
            f"'active', '', '', :d{i})"
        )
        params |= {f"id{i}": uuid7().hex, f"n{i}": f"N{i}", f"d{i}": None if i % 4 else "2026-01-02"}
    with ctx.engine.begin() as conn:
        assert live(conn) == 0
        conn.execute(
            text(
                "INSERT INTO contacts (id, created_at, updated_at, version, custom, first_name, last_name, "
                "email, phone, phone_display, title, city, country, status, company_name, notes, deleted_at) "
                f"VALUES {', '.join(rows)}"
            ),
            params,
        )
        assert live(conn) == 9
        conn.execute(
            text("UPDATE contacts SET deleted_at = '2026-02-01' WHERE last_name IN ('N1', 'N2', 'N4')")
        )
        assert live(conn) == 7  # N4 was already in the trash
        conn.execute(text("UPDATE contacts SET deleted_at = NULL WHERE last_name IN ('N0', 'N1')"))
        assert live(conn) == 9
        conn.execute(text("UPDATE contacts SET first_name = 'x'"))  # no live change at all
        assert live(conn) == 9
        conn.execute(text("DELETE FROM contacts WHERE last_name IN ('N3', 'N8', 'N5')"))
        assert live(conn) == 7  # N8 was trashed
    if ctx.engine.dialect.name == "postgresql":
        with ctx.engine.connect() as conn:
            kinds = conn.execute(
                text(
                    "SELECT DISTINCT action_orientation FROM information_schema.triggers "
                    "WHERE event_object_table IN ('contacts', 'accounts') AND trigger_name LIKE '%count%'"
                )
            ).scalars()
            assert list(kinds) == ["STATEMENT"]  # a row trigger made bulk writes quadratic
