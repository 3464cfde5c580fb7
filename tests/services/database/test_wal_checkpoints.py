"""A bulk unit of work commits without SQLite's automatic WAL checkpoint and checkpoints on a thread."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from sqlalchemy import text

from app.context import AppContext
from app.db import WAL_AUTOCHECKPOINT_PAGES
from app.models import uuid7
from app.services.core.errors import ValidationError


def _write_mb(ctx: AppContext, megabytes: int, bulk: bool) -> None:
    with ctx.uow() as work:
        work.bulk = bulk
        s = work.session
        s.execute(text("CREATE TABLE IF NOT EXISTS filler (data BLOB)"))
        s.execute(
            text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :rows) "
                "INSERT INTO filler SELECT randomblob(1024) FROM n"
            ),
            {"rows": megabytes * 1024},
        )


def _pooled_autocheckpoints(ctx: AppContext) -> set[int]:
    """The automatic checkpoint setting of every connection in the pool (each checked out at once)."""
    with ExitStack() as stack:
        conns = [
            stack.enter_context(ctx.engine.connect()) for _ in range(max(ctx.engine.pool.checkedin(), 1))
        ]
        return {conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() for conn in conns}


def test_bulk_commit_is_checkpointed_in_the_background_and_connections_are_restored(sqlite_ctx) -> None:
    _write_mb(sqlite_ctx, 8, bulk=True)  # 2,000 pages: more than the automatic threshold
    sqlite_ctx.uow.checkpoints.wait()
    with sqlite_ctx.engine.connect() as conn:
        busy, frames, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
        assert busy == 0 and frames == done and frames > 0  # the background thread copied every frame
        assert conn.scalar(text("SELECT count(*) FROM filler")) == 8 * 1024
    assert _pooled_autocheckpoints(sqlite_ctx) == {WAL_AUTOCHECKPOINT_PAGES}


def test_failed_bulk_commit_restores_the_automatic_checkpoint(sqlite_ctx) -> None:
    with pytest.raises(ValidationError), sqlite_ctx.uow() as work:
        work.bulk = True
        s = work.session
        s.execute(text("PRAGMA defer_foreign_keys = ON"))  # the orphan below is refused at commit
        s.execute(
            text(
                "INSERT INTO account_contacts (id, version, created_at, updated_at, custom, account_id, "
                "contact_id, role, is_primary) VALUES (:id, 1, '2026-01-01', '2026-01-01', '{}', :a, :c, '', 1)"
            ),
            {"id": uuid7().hex, "a": uuid7().hex, "c": uuid7().hex},
        )
    assert _pooled_autocheckpoints(sqlite_ctx) == {WAL_AUTOCHECKPOINT_PAGES}
    with sqlite_ctx.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM account_contacts")) == 0


def test_bulk_flag_is_harmless_on_every_database(ctx) -> None:
    with ctx.uow() as work:
        work.bulk = True
        work.session.execute(text("CREATE TABLE bulk_probe (x INTEGER)"))
        work.session.execute(text("INSERT INTO bulk_probe VALUES (1)"))
    ctx.uow.checkpoints.wait()
    with ctx.engine.connect() as conn:
        assert conn.scalar(text("SELECT x FROM bulk_probe")) == 1
        conn.execute(text("DROP TABLE bulk_probe"))
        conn.commit()
