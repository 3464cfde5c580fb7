"""Bring a database to the current schema, backing the file up first when it already holds data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.services.backup import backup_sqlite
from app.services.errors import DatabaseError


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "app:migrations")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade(engine: Engine, sqlite_path: Path | None, backup_dir: Path | None = None) -> UpgradeResult:
    """Migrate to head; an existing SQLite database is first copied with the online backup API."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return UpgradeResult(current, head, None)
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError(
            f"the database is at schema revision {current}, which this version of Rapport does not know; "
            "it was probably written by a newer Rapport"
        )
    if current is None and _has_foreign_tables(engine):
        raise DatabaseError("this database already holds tables but is not a Rapport database")
    backup = None
    if current is not None and sqlite_path is not None:
        target_dir = backup_dir or sqlite_path.parent / "backups"
        backup = backup_sqlite(engine, target_dir / f"{sqlite_path.stem}-before-{head}.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeResult(current, head, backup)


def _has_foreign_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})
