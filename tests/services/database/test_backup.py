"""Backup, restore and the integrity check on the embedded database."""

from __future__ import annotations

import sqlite3

import pytest

from app.migrations import HEAD
from app.services.core.errors import DatabaseError
from app.services.core.listing import ListQuery
from app.services.database.backup import backup_sqlite, describe_rapport_file, restore_sqlite
from app.services.database.checks import check_database
from app.services.records.contacts import ContactInput


def test_backup_then_restore_round_trip(sqlite_ctx, tmp_path):
    db_path = sqlite_ctx.settings.sqlite_path
    sqlite_ctx.contacts.create(ContactInput(last_name="Before"))
    backup = backup_sqlite(sqlite_ctx.engine, tmp_path / "copy.db")
    assert describe_rapport_file(backup) == HEAD
    sqlite_ctx.contacts.create(ContactInput(last_name="After"))
    sqlite_ctx.engine.dispose()
    result = restore_sqlite(backup, db_path)
    assert result.safety_copy is not None and result.safety_copy.exists()
    rows = sqlite_ctx.contacts.page(ListQuery(), 0, 10, 1).rows
    assert [r.last_name for r in rows] == ["Before"]
    safety = sqlite3.connect(result.safety_copy)
    assert safety.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
    safety.close()


@pytest.mark.parametrize("content", [b"hello, not a database", b""])
def test_restore_refuses_a_file_that_is_not_sqlite(sqlite_ctx, tmp_path, content):
    db_path = sqlite_ctx.settings.sqlite_path
    sqlite_ctx.contacts.create(ContactInput(last_name="Kept"))
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        restore_sqlite(bogus, db_path)
    assert sqlite_ctx.contacts.count(ListQuery()) == 1


def test_restore_refuses_an_sqlite_file_of_another_program(sqlite_ctx, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER)")
    conn.close()
    with pytest.raises(DatabaseError, match="not a Rapport database"):
        restore_sqlite(other, sqlite_ctx.settings.sqlite_path)


def test_check_is_clean_on_a_healthy_database(sqlite_ctx):
    sqlite_ctx.contacts.create(ContactInput(last_name="Smith"))
    report = check_database(sqlite_ctx.engine)
    assert report.ok, report.problems


def test_check_reports_a_broken_foreign_key(sqlite_ctx):
    with sqlite_ctx.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql(
            "INSERT INTO contacts (id, first_name, last_name, email, phone, phone_display, title, city, country,"
            " status, owner_id, company_name, notes, created_at, updated_at, version, custom) VALUES"
            " ('00000000000000000000000000000009', '', 'Orphan', '', '', '', '', '', '', 'active',"
            " 'ffffffffffffffffffffffffffffffff', '', '', '2020-01-01', '2020-01-01', 1, '{}')"
        )
        conn.commit()
    report = check_database(sqlite_ctx.engine)
    assert not report.ok
    assert any("foreign key: contacts" in p for p in report.problems)


def test_backup_refuses_postgresql(ctx, tmp_path):
    if ctx.engine.dialect.name == "sqlite":
        assert backup_sqlite(ctx.engine, tmp_path / "b.db").exists()
    else:
        with pytest.raises(DatabaseError, match="pg_dump"):
            backup_sqlite(ctx.engine, tmp_path / "b.db")


def test_check_reports_a_drifted_row_counter(sqlite_ctx):
    sqlite_ctx.contacts.create(ContactInput(last_name="Smith"))
    assert check_database(sqlite_ctx.engine).ok
    with sqlite_ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE row_counts SET live = 99 WHERE table_name = 'contacts'")
    report = check_database(sqlite_ctx.engine)
    assert report.problems == ("row count of contacts: kept 99, actual 1",)


def test_check_reports_a_drifted_per_owner_counter(ctx):
    from app.services.access.users import UserInput

    owner = ctx.users.add(UserInput("Olga", "olga@example.com")).value.id
    ctx.contacts.create(ContactInput(last_name="Smith", owner_id=owner))
    assert check_database(ctx.engine).ok
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE owner_row_counts SET live = 7 WHERE table_name = 'contacts'")
    problems = check_database(ctx.engine).problems
    assert len(problems) == 1 and problems[0].startswith(
        "row counts per owner of contacts: 1 owner(s) differ"
    )
