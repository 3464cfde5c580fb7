"""Checking a team server before connecting the app to it, against the real PostgreSQL: an empty
database, one already set up, one made by a newer Rapport, a refused login and an unreachable host."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text

from app.config import Settings
from app.migrations import HEAD
from app.services.access.server import init_server
from app.services.access.server_check import check_server, team_server_url
from app.services.database.open_errors import DatabaseOpenError


@pytest.fixture
def empty_schema(pg_url: str) -> Iterator[str]:
    """A URL whose tables live in a fresh, empty schema of the test database (a new team database)."""
    name = f"probe_{uuid.uuid4().hex[:8]}"
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    yield (
        make_url(pg_url)
        .update_query_dict({"options": f"-csearch_path={name}"})
        .render_as_string(hide_password=False)
    )
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
    engine.dispose()


def test_the_url_is_built_from_the_parts_a_person_types() -> None:
    url = make_url(team_server_url(" db.example.com ", 5433, "crm", "anna", "p@ss:word", "require"))
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "db.example.com", 5433, "crm", "anna", "p@ss:word",
    )  # fmt: skip
    assert url.query["sslmode"] == "require"
    with pytest.raises(ValueError, match="the host is empty"):
        team_server_url("", 5432, "crm", "anna")
    with pytest.raises(ValueError, match="sslmode must be one of"):
        team_server_url("h", 5432, "crm", "anna", sslmode="sometimes")


def test_an_empty_database_asks_to_be_initialised_then_reports_its_people(empty_schema: str) -> None:
    found = check_server(empty_schema)
    assert found.revision is None and found.empty
    assert found.server_version.startswith("PostgreSQL ")
    assert "The database is empty: initialise it" in found.summary
    init_server(
        Settings(db_url=empty_schema, explicit=True), "Ada Admin", "ada@example.com", "long password 1"
    )
    ready = check_server(empty_schema)
    assert (ready.revision, ready.people, ready.empty) == (HEAD, 1, False)
    assert ready.summary.endswith("a Rapport team database where 1 person signs in.")


def test_a_database_of_a_newer_rapport_is_refused_in_words(empty_schema: str) -> None:
    engine = create_engine(empty_schema)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999')"))
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match=r"made by a newer Rapport \(schema revision 9999"):
        check_server(empty_schema)


def test_a_refused_login_and_an_unreachable_server_say_so(pg_url: str) -> None:
    wrong = make_url(pg_url).set(password="not the password").render_as_string(hide_password=False)
    with pytest.raises(DatabaseOpenError, match="The server refused the user name or password") as refused:
        check_server(wrong)
    assert "not the password" not in str(refused.value)
    closed = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(DatabaseOpenError, match="Rapport cannot reach the database"):
        check_server(closed, timeout_seconds=2)
    with pytest.raises(DatabaseOpenError, match="A team server is a PostgreSQL database"):
        check_server("sqlite:///somewhere.db")
