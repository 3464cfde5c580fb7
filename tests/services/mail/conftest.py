"""Mail tests run against real servers on loopback (tests/services/mail/servers.py) and a file keyring."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.context import AppContext
from app.services.mail.accounts import MailAccountInfo, MailAccountInput
from tests.keyring_file import ENV as KEYRING_ENV
from tests.keyring_file import FileKeyring
from tests.services.mail.servers import PASSWORD, Dovecot, SmtpServer

_users = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    try:
        server = Dovecot().start()
    except RuntimeError as exc:  # a missing server fails the run: the mail tests never skip
        pytest.fail(str(exc))
    yield server
    server.stop()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The OS keyring of the test (and of its subprocesses)."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(KEYRING_ENV, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_file.FileKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(path))
    yield path
    keyring.set_keyring(previous)


@pytest.fixture
def mailbox_user() -> str:
    """A fresh IMAP user (an empty mailbox) for this test."""
    return f"user{next(_users)}-{id(object())}@example.com"


@pytest.fixture
def account(
    ctx: AppContext, smtp: SmtpServer, dovecot: Dovecot, file_keyring: Path, mailbox_user: str
) -> MailAccountInfo:
    return ctx.mail_accounts.add(
        MailAccountInput(
            name="Work",
            from_address="rita@example.com",
            from_name="Rita Sales",
            smtp_host="127.0.0.1",
            smtp_port=smtp.port,
            smtp_security="none",
            imap_host="127.0.0.1",
            imap_port=dovecot.port,
            imap_security="none",
            imap_username=mailbox_user,
            capture_address="leads@example.com",
            per_minute=6000,
        ),
        imap_password=PASSWORD,
    )
