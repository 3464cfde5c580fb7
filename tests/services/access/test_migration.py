"""Migration 0020 on an existing single-user database: its users become administrators, nobody has a
password, and the app opens as before without any sign-in."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from app.config import Settings
from app.context import AppContext
from app.db import make_engine
from app.services.core.listing import ListQuery
from app.services.database.schema import alembic_config, upgrade


def test_existing_users_become_administrators_and_the_file_opens_unsigned(tmp_path):
    path = tmp_path / "before.db"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0017")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, name, email, is_active, external_id, created_at, updated_at, version, custom)"
                " VALUES ('0000000000007000800000000000000a', 'Owner', 'owner@localhost', 1, '', '2026-01-01',"
                " '2026-01-01', 1, '{}')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO accounts (id, name, domain, industry, email, phone, phone_display, address, city,"
                " country, status, notes, owner_id, created_at, updated_at, version, custom) VALUES"
                " ('0000000000007000800000000000000b', 'Acme', '', '', '', '', '', '', '', '', 'customer', '',"
                " '0000000000007000800000000000000a', '2026-01-01', '2026-01-01', 1, '{}')"
            )
        )
    upgrade(engine, path)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT role, password_hash, failed_logins FROM users")).one()
    engine.dispose()
    assert tuple(row) == ("administrator", None, 0)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}", user_email="owner@localhost"))
    try:
        assert ctx.current_user.email == "owner@localhost"
        assert [r.name for r in ctx.accounts.page(ListQuery(), 0, 10, 1).rows] == ["Acme"]
        assert ctx.users.may_manage()
    finally:
        ctx.close()
