"""`rapport sync` end to end in child processes against the PostgreSQL team server of the test run: a
rep's replica holds only what she may see, her offline work goes up, a conflict is settled by
`sync resolve`, and an account reassigned away from her leaves the replica."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Settings
from app.context import AppContext
from app.db import make_engine
from app.models import Account
from app.services.access.signin import Credentials
from app.services.records.accounts import AccountInput
from tests.concurrency.cli_process import rapport
from tests.conftest import _truncate_all

PASSWORD = "correct horse battery"


@pytest.fixture
def team(pg_url, tmp_path):  # type: ignore[no-untyped-def]
    _truncate_all(pg_url)
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n")
    assert (
        rapport(
            "server", "init", pg_url, "--admin-email", "admin@example.com", "--password-file", str(secret)
        ).returncode
        == 0
    )
    admin = ("--db", pg_url, "--as", "admin@example.com", "--password-file", str(secret))
    for name in ("rita", "walter"):
        added = rapport(
            *admin, "user", "add", f"{name}@example.com", "--name", name.title(), "--role", "sales_rep",
            "--user-password-file", str(secret),
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        ctx = AppContext.open(Settings(db_url=pg_url), user=Credentials(f"{name}@example.com", PASSWORD))
        ctx.accounts.create(AccountInput(name=f"{name.title()} Trading"))
        ctx.close()
    return pg_url, secret


def _as(who: str, pg_url: str, secret, *args: str):  # type: ignore[no-untyped-def]
    return rapport("--as", f"{who}@example.com", "--password-file", str(secret), *args)


def _accounts(url: str) -> dict[str, Account]:
    """Every live account row in the database file or server, read past any guard."""
    engine = make_engine(url)
    try:
        with Session(engine) as s:
            return {a.name: a for a in s.scalars(select(Account).where(Account.deleted_at.is_(None)))}
    finally:
        engine.dispose()


def _set(url: str, who: str, name: str, **fields: object) -> None:
    ctx = AppContext.open(Settings(db_url=url), user=Credentials(f"{who}@example.com", PASSWORD))
    try:
        account = ctx.accounts.get(_accounts(url)[name].id)
        data = {
            f.name: getattr(account, f.name)
            for f in dataclasses.fields(AccountInput)
            if hasattr(account, f.name)
        }
        data.update(fields, tag_ids=None, custom=None, annual_revenue=data.get("annual_revenue") or "")
        ctx.accounts.update(account.id, AccountInput(**data), expected_version=account.version)
    finally:
        ctx.close()


def test_a_reps_replica_syncs_through_the_command(team, tmp_path):
    pg_url, secret = team
    laptop = tmp_path / "laptop.db"
    made = _as("rita", pg_url, secret, "sync", "setup", pg_url, "--db", str(laptop))
    assert made.returncode == 0, made.stderr
    replica = f"sqlite:///{laptop}"
    assert set(_accounts(replica)) == {"Rita Trading"}  # Walter's account is not on her laptop

    ctx = AppContext.open(Settings(db_url=replica), user=Credentials("rita@example.com", PASSWORD))
    ctx.accounts.create(AccountInput(name="Made Offline"))
    ctx.close()
    _set(replica, "rita", "Rita Trading", city="Rita's city")
    _set(pg_url, "admin", "Rita Trading", city="Office city")
    status = rapport("sync", "status", "--db", str(laptop))
    assert status.returncode == 0 and "changes waiting: 0" not in status.stdout, status.stdout

    synced = _as("rita", pg_url, secret, "sync", "--server", pg_url, "--db", str(laptop))
    assert synced.returncode == 0, synced.stderr
    assert "1 new conflicts" in synced.stdout
    assert "Made Offline" in _accounts(pg_url)

    listed = rapport("sync", "conflicts", "--db", str(laptop))
    (line,) = listed.stdout.splitlines()
    assert "city" in line and "Rita's city" in line and "Office city" in line
    settled = rapport("sync", "resolve", line.split("\t")[0], "--value", "Agreed city", "--db", str(laptop))
    assert settled.returncode == 0, settled.stderr
    assert _as("rita", pg_url, secret, "sync", "--server", pg_url, "--db", str(laptop)).returncode == 0
    assert _accounts(pg_url)["Rita Trading"].city == "Agreed city"  # type: ignore[attr-defined]
    assert rapport("sync", "conflicts", "--db", str(laptop)).stdout.strip() == "no conflicts"

    admin = AppContext.open(Settings(db_url=pg_url), user=Credentials("admin@example.com", PASSWORD))
    walter_id = next(u.id for u in admin.users.list_users() if u.email == "walter@example.com")
    admin.close()
    _set(pg_url, "admin", "Rita Trading", owner_id=walter_id)
    assert _as("rita", pg_url, secret, "sync", "--server", pg_url, "--db", str(laptop)).returncode == 0
    assert set(_accounts(replica)) == {"Made Offline"}  # reassigned away: gone from her laptop


def test_resolve_names_a_missing_conflict_and_setup_refuses_an_existing_file(team, tmp_path):
    pg_url, secret = team
    laptop = tmp_path / "laptop.db"
    assert _as("rita", pg_url, secret, "sync", "setup", pg_url, "--db", str(laptop)).returncode == 0
    again = _as("rita", pg_url, secret, "sync", "setup", pg_url, "--db", str(laptop))
    assert again.returncode == 1 and "already exists" in again.stderr
    missing = rapport("sync", "resolve", "42", "--mine", "--db", str(laptop))
    assert missing.returncode == 1 and "open conflict 42" in missing.stderr


def test_sync_on_a_database_that_is_not_a_replica_says_so(team, tmp_path):
    pg_url, _secret = team
    plain = tmp_path / "plain.db"
    AppContext.open(Settings(db_url=f"sqlite:///{plain}", user_email="me@example.com")).close()
    refused = rapport("sync", "--server", pg_url, "--db", str(plain))
    assert refused.returncode == 1 and "is not a replica" in refused.stderr
