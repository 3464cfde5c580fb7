"""Alembic environment: runs on the connection the application hands over (see app.services.database.schema)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.migrations.search_ddl import is_search_object
from app.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # plain `alembic` command line use
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///rapport.db")
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_object=is_search_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
