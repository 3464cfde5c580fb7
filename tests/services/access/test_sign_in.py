"""Sign-in: argon2id passwords, failures slowed then locked, deactivated users refused, revocable
"remember me" tokens kept in the keyring, and a team database that nobody opens unsigned."""

from __future__ import annotations

import time
from datetime import timedelta

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from app.config import Settings
from app.context import AppContext
from app.models import User
from app.services.access import keyring_store
from app.services.access.signin import FREE_FAILURES, Credentials, SignInError, lock_time
from app.services.core.errors import ValidationError
from tests.keyring_file import FileKeyring
from tests.services.access.conftest import PASSWORD


def test_a_right_password_signs_in_within_half_a_second(ctx, office):
    started = time.perf_counter()
    signed = ctx.access.sign_in("RITA@example.com ", PASSWORD)
    elapsed = time.perf_counter() - started
    assert (signed.name, signed.role.value) == ("Rita", "sales_rep")
    assert elapsed < 0.5, f"sign-in took {elapsed * 1000:.0f} ms"
    with ctx.uow.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.email == "rita@example.com"))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_wrong_passwords_are_slowed_then_locked_and_a_right_one_resets_the_count(ctx, office):
    for _ in range(FREE_FAILURES):
        with pytest.raises(SignInError, match="the email or password is wrong"):
            ctx.access.sign_in("rita@example.com", "guess")
    assert ctx.access.sign_in("rita@example.com", PASSWORD).name == "Rita"  # no lock yet; count reset
    for _ in range(FREE_FAILURES + 1):
        with pytest.raises(SignInError):
            ctx.access.sign_in("rita@example.com", "guess")
    with pytest.raises(
        SignInError, match=r"too many wrong passwords for rita@example.com; try again in \d+ s"
    ):
        ctx.access.sign_in("rita@example.com", PASSWORD)  # even the right password waits
    assert [lock_time(n).total_seconds() for n in (3, 4, 5, 6)] == [0, 2, 4, 8]
    assert lock_time(40) == timedelta(minutes=15)


def test_an_unknown_email_and_a_deactivated_user_are_refused(ctx, office):
    with pytest.raises(SignInError, match="the email or password is wrong"):
        ctx.access.sign_in("nobody@example.com", PASSWORD)
    ctx.users.deactivate(office.ids["erin"], reassign_to=office.ids["rita"])
    with pytest.raises(SignInError, match=r"erin@example\.com is deactivated; ask an administrator"):
        ctx.access.sign_in("erin@example.com", PASSWORD)


def test_a_remembered_token_signs_in_until_it_is_revoked(ctx, office):
    signed = ctx.access.sign_in("rita@example.com", PASSWORD, remember=True, device="laptop")
    assert signed.token
    assert ctx.access.sign_in_with_token(signed.token).email == "rita@example.com"
    with pytest.raises(SignInError, match="expired or was revoked"):
        ctx.access.sign_in_with_token(signed.token + "x")
    assert ctx.access.revoke_tokens(office.ids["rita"]) == 1
    with pytest.raises(SignInError, match="expired or was revoked"):
        ctx.access.sign_in_with_token(signed.token)


def test_a_team_database_refuses_to_open_without_a_sign_in(ctx, office):
    with pytest.raises(SignInError, match="this is a team database"):
        AppContext.open(Settings(db_url=ctx.settings.db_url, user_email="tester@example.com"))
    with pytest.raises(SignInError, match="the email or password is wrong"):
        AppContext.open(Settings(db_url=ctx.settings.db_url), user=Credentials("rita@example.com", "nope"))
    with pytest.raises(SignInError, match="must sign in with a password"):
        AppContext.open(Settings(db_url=ctx.settings.db_url), user=Credentials("rita@example.com"))


def test_a_short_password_is_refused(ctx, office):
    with pytest.raises(ValidationError, match="at least 8 characters"):
        ctx.access.set_password(office.ids["rita"], "short")
    ctx.access.set_password(office.ids["rita"], "a much longer one")
    assert ctx.access.sign_in("rita@example.com", "a much longer one").name == "Rita"


def test_the_token_is_kept_in_the_keyring(tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))
    try:
        keyring_store.save_server("postgresql+psycopg://rapport:secret@db.example/crm")
        keyring_store.save_token("db.example/crm", "rita@example.com", "t0k3n")
        assert keyring_store.load_server() == "postgresql+psycopg://rapport:secret@db.example/crm"
        assert keyring_store.load_token("db.example/crm") == ("rita@example.com", "t0k3n")
        keyring_store.forget_token("db.example/crm")
        assert keyring_store.load_token("db.example/crm") is None
    finally:
        keyring.set_keyring(previous)


def test_without_an_os_keyring_nothing_is_saved_and_the_message_says_why(tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not keyring_store.available()
        with pytest.raises(
            keyring_store.KeyringUnavailableError, match="this computer has no usable keyring"
        ):
            keyring_store.save_token("db.example/crm", "rita@example.com", "t0k3n")
    finally:
        keyring.set_keyring(previous)
    assert list(tmp_path.iterdir()) == []
