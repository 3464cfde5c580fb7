"""A team database through the real `rapport` command in child processes: server init, user add,
sign-in with --as, and a rep who cannot list, export or change another team's accounts by the CLI."""

from __future__ import annotations

import csv

import pytest

from app.config import Settings
from app.context import AppContext
from app.services.access.signin import Credentials
from app.services.records.accounts import AccountInput
from tests.concurrency.cli_process import rapport

PASSWORD = "correct horse battery"


@pytest.fixture
def team_db(db_url, tmp_path):  # type: ignore[no-untyped-def]
    """A database set up by `rapport server init`, with reps Rita (East) and Walter (West) added by the
    administrator, and one account each."""
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n")
    done = rapport(
        "server", "init", db_url, "--admin-email", "admin@example.com", "--password-file", str(secret)
    )
    assert done.returncode == 0, done.stderr
    assert "admin@example.com" in done.stdout and "is its administrator" in done.stdout
    admin = ("--db", db_url, "--as", "admin@example.com", "--password-file", str(secret))
    for name, team in (("rita", "East"), ("walter", "West")):
        added = rapport(
            *admin, "user", "add", f"{name}@example.com", "--name", name.title(), "--role", "sales_rep",
            "--team", team, "--user-password-file", str(secret),
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert f"sales rep, team {team}" in added.stdout
        ctx = AppContext.open(Settings(db_url=db_url), user=Credentials(f"{name}@example.com", PASSWORD))
        ctx.accounts.create(AccountInput(name=f"{name.title()} Trading", city=team))
        ctx.close()
    return db_url, secret, admin


def as_rep(team_db, *args):  # type: ignore[no-untyped-def]
    db_url, secret, _ = team_db
    return rapport("--db", db_url, "--as", "rita@example.com", "--password-file", str(secret), *args)


def test_a_rep_lists_and_exports_only_their_teams_accounts(team_db, tmp_path):
    listed = as_rep(team_db, "account", "list")
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["Rita Trading"]
    out = tmp_path / "accounts.csv"
    exported = as_rep(team_db, "export", "accounts", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    with out.open(newline="", encoding="utf-8-sig") as f:
        assert [row["name"] for row in csv.DictReader(f)] == ["Rita Trading"]
    admin = team_db[2]
    everyone = rapport(*admin, "account", "list")
    assert sorted(line.split("\t")[0] for line in everyone.stdout.splitlines()) == [
        "Rita Trading",
        "Walter Trading",
    ]


def test_the_cli_refuses_an_unsigned_start_a_wrong_password_and_a_rep_managing_users(team_db, tmp_path):
    db_url, _, _ = team_db
    unsigned = rapport("--db", db_url, "account", "list")
    assert unsigned.returncode == 1 and "this is a team database" in unsigned.stderr
    wrong = tmp_path / "wrong"
    wrong.write_text("not it at all")
    refused = rapport(
        "--db", db_url, "--as", "rita@example.com", "--password-file", str(wrong), "account", "list"
    )
    assert refused.returncode == 1 and "the email or password is wrong" in refused.stderr
    denied = as_rep(team_db, "user", "deactivate", "walter@example.com", "--reassign-to", "rita@example.com")
    assert denied.returncode == 1
    assert "You (Rita, sales rep) cannot edit users" in denied.stderr


def test_deactivation_reassigns_and_stops_the_sign_in(team_db):
    db_url, secret, admin = team_db
    done = rapport(*admin, "user", "deactivate", "walter@example.com", "--reassign-to", "rita@example.com")
    assert done.returncode == 0, done.stderr
    assert "1 records now belong to rita@example.com" in done.stdout
    walter = rapport(
        "--db", db_url, "--as", "walter@example.com", "--password-file", str(secret), "account", "list"
    )
    assert walter.returncode == 1 and "walter@example.com is deactivated" in walter.stderr
    assert sorted(as_rep(team_db, "account", "list").stdout.split("\n")[0:2]) == [
        "Rita Trading\tRita\tEast\t",
        "Walter Trading\tRita\tWest\t",
    ]
    listed = rapport(*admin, "user", "list").stdout
    assert "walter@example.com\tWalter\tsales rep\tWest\t\tdeactivated" in listed


def test_server_init_twice_and_an_unreachable_server_say_so(team_db, tmp_path):
    db_url, secret, _ = team_db
    again = rapport(
        "server", "init", db_url, "--admin-email", "x@example.com", "--password-file", str(secret)
    )
    assert again.returncode == 1 and "is already set up" in again.stderr
    nowhere = "postgresql+psycopg://rapport:secret@127.0.0.1:1/rapport"
    down = rapport(
        "server", "init", nowhere, "--admin-email", "x@example.com", "--password-file", str(secret)
    )
    assert down.returncode == 1
    assert "secret" not in down.stderr
    assert "127.0.0.1" in down.stderr


def test_remember_keeps_a_token_in_the_keyring_until_it_is_revoked(tmp_path, monkeypatch):
    """--remember stores the token in the OS keyring (here the tests' file keyring, chosen the way a
    user would: PYTHON_KEYRING_BACKEND), the next command needs no password, a new password ends it."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_file.FileKeyring")
    monkeypatch.setenv("RAPPORT_TEST_KEYRING", str(tmp_path / "keyring.json"))
    db = str(tmp_path / "team.db")
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD)
    assert (
        rapport(
            "server", "init", db, "--admin-email", "admin@example.com", "--password-file", str(secret)
        ).returncode
        == 0
    )
    admin = ("--db", db, "--as", "admin@example.com", "--password-file", str(secret))
    assert (
        rapport(
            *admin, "user", "add", "rita@example.com", "--name", "Rita", "--user-password-file", str(secret)
        ).returncode
        == 0
    )
    first = rapport(
        "--db",
        db,
        "--as",
        "rita@example.com",
        "--password-file",
        str(secret),
        "--remember",
        "account",
        "list",
    )
    assert first.returncode == 0, first.stderr
    stored = (tmp_path / "keyring.json").read_text()
    assert "rita@example.com" in stored and PASSWORD not in stored
    again = rapport("--db", db, "--as", "rita@example.com", "account", "list")
    assert again.returncode == 0, again.stderr
    new = tmp_path / "new"
    new.write_text("another long password")
    assert (
        rapport(*admin, "user", "password", "rita@example.com", "--user-password-file", str(new)).returncode
        == 0
    )
    revoked = rapport("--db", db, "--as", "rita@example.com", "account", "list")
    assert revoked.returncode == 1 and "expired or was revoked" in revoked.stderr
