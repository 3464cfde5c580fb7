"""Bring a database to the current schema, backing the file up first when it already holds data.

Start-up compares the stored revision with `app.migrations.HEAD` in plain SQL; Alembic is imported
only when there is something to migrate, which keeps it out of the everyday start-up time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from app.migrations import HEAD
from app.services.core.errors import DatabaseError
from app.services.database.backup import backup_sqlite
from app.services.database.open_errors import explain
from app.services.database.revisions import alembic_config, head_revision, known_revisions
from app.services.database.verify import model_schema_problems, newer_revision_message


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError as exc:
            raise DatabaseError(f"cannot read the schema revision: {exc.orig}") from exc


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade(engine: Engine, sqlite_path: Path | None, backup_dir: Path | None = None) -> UpgradeResult:
    """Migrate to head (an existing SQLite database is first copied with the online backup API), then
    check the tables and columns against the models.

    Any failure is a DatabaseOpenError saying what happened and what to do, with no password in it.
    """
    try:
        result = _upgrade(engine, sqlite_path, backup_dir)
        problems = model_schema_problems(engine)
    except (DatabaseError, DBAPIError, OSError) as exc:
        raise explain(exc, engine.url) from exc
    if problems:
        raise explain(
            DatabaseError(
                f"the database is not a Rapport database at revision {HEAD}: " + "; ".join(problems[:5])
            ),
            engine.url,
        )
    return result


def _upgrade(engine: Engine, sqlite_path: Path | None, backup_dir: Path | None) -> UpgradeResult:
    current = current_revision(engine)
    if current == HEAD:
        return UpgradeResult(current, HEAD, None)
    if current is not None and current not in known_revisions():
        raise DatabaseError(newer_revision_message("the database", current))
    if current is None and _has_foreign_tables(engine):
        raise DatabaseError("this database already holds tables but is not a Rapport database")
    backup = None
    if current is not None and sqlite_path is not None:
        target_dir = backup_dir or sqlite_path.parent / "backups"
        backup = backup_sqlite(engine, target_dir / f"{sqlite_path.stem}-before-{HEAD}.db")
    _alembic_upgrade(engine)
    return UpgradeResult(current, HEAD, backup)


def _alembic_upgrade(engine: Engine) -> None:
    """Run the migrations in one transaction; on SQLite its commit is synced to disk (synchronous=FULL)
    before start-up goes on, so a power cut cannot take back a migration the app has already used."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection if engine.dialect.name == "sqlite" else None
        if raw is not None:  # on the driver's connection: SQLAlchemy's would open a transaction first
            raw.execute("PRAGMA synchronous=FULL")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        finally:
            if raw is not None:
                raw.execute("PRAGMA synchronous=NORMAL")


def _has_foreign_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})


__all__ = [
    "UpgradeResult",
    "alembic_config",
    "current_revision",
    "head_revision",
    "known_revisions",
    "upgrade",
]
