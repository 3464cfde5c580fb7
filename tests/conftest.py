"""Fixtures shared by every test: a real, migrated database on SQLite and, when configured, PostgreSQL.

Service tests take the `ctx` fixture and run once per backend. PostgreSQL is used when
RAPPORT_TEST_PG_URL is set (.ci/run starts a server and sets it); with RAPPORT_REQUIRE_PG=1 a missing
server fails the run instead of skipping those cases.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.config import Settings
from app.context import AppContext
from app.db import make_engine
from app.services.database.schema import upgrade

PG_URL = os.environ.get("RAPPORT_TEST_PG_URL", "")
REQUIRE_PG = os.environ.get("RAPPORT_REQUIRE_PG") == "1"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data directory or database from a test."""
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("RAPPORT_DB", raising=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated once; each test gets a copy (migrating per test would dominate run time)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, path)
    with engine.begin() as conn:
        # Tests start from an empty database, as on PostgreSQL (_truncate_all): without the default
        # pipeline a fresh database gets (migration 0016, tested in tests/services/sales).
        conn.exec_driver_sql("DELETE FROM stages")
        conn.exec_driver_sql("DELETE FROM pipelines")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_url() -> str:
    """A migrated PostgreSQL database (schema rebuilt once per session)."""
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("RAPPORT_REQUIRE_PG=1 but RAPPORT_TEST_PG_URL is not set")
        pytest.skip("PostgreSQL not configured: set RAPPORT_TEST_PG_URL (see README)")
    engine = create_engine(PG_URL)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # a configured but unreachable server is an error, not a skip
        pytest.fail(f"cannot reach PostgreSQL at {PG_URL}: {exc}")
    finally:
        engine.dispose()
    engine = make_engine(PG_URL)
    upgrade(engine, None)
    engine.dispose()
    return PG_URL


def _truncate_all(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        names = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname='public'"
                    " AND tablename NOT IN ('alembic_version', 'row_counts')"
                )
            )
        ]
        conn.execute(text(f"TRUNCATE {', '.join(names)} CASCADE"))
        for (index,) in conn.execute(
            text(
                "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix\\_cf\\_%'"
                " OR indexname LIKE 'ix\\_%\\_segment\\_%'"
            )
        ):
            conn.execute(text(f"DROP INDEX {index}"))  # custom field and segment indexes are made at run time
        conn.execute(text("UPDATE row_counts SET live = 0"))  # TRUNCATE fires no row triggers
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated, empty database URL on each backend."""
    if request.param == "sqlite":
        target = tmp_path / "rapport.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        yield f"sqlite:///{target}"
    else:
        url = request.getfixturevalue("pg_url")
        _truncate_all(url)
        yield url


@pytest.fixture
def ctx(db_url: str) -> Iterator[AppContext]:
    context = AppContext.open(Settings(db_url=db_url, user_email="tester@example.com"))
    yield context
    context.close()


@pytest.fixture
def sqlite_ctx(tmp_path: Path, sqlite_template: Path) -> Iterator[AppContext]:
    """SQLite only: for file-level features (backup, restore, integrity check)."""
    target = tmp_path / "rapport.db"
    shutil.copyfile(sqlite_template, target)
    context = AppContext.open(Settings(db_url=f"sqlite:///{target}", user_email="tester@example.com"))
    yield context
    context.close()
