"""Secrets and TLS of a server connection: passwords never printed, read from a file, and certificates
verified for servers on other machines (issue 15, item 6)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from app.cli import main
from app.db import ENV_PASSWORD_FILE, ConnectionSettingsError, make_engine, redact, server_url
from app.services.database.open_errors import explain
from tests.conftest import PG_URL

SECRET = "s3cr3t-Pa55"


@pytest.mark.parametrize(
    ("url", "sslmode"),
    [
        ("postgresql+psycopg://u:p@db.example.com/crm", "verify-full"),
        ("postgresql+psycopg://u:p@10.0.0.5:5432/crm", "verify-full"),
        ("postgresql+psycopg://u:p@db.example.com/crm?sslmode=require", "require"),
        (
            "postgresql+psycopg://u:p@db.example.com/crm?sslmode=verify-ca&sslrootcert=/etc/ca.pem",
            "verify-ca",
        ),
        ("postgresql+psycopg://u:p@localhost/crm", None),
        ("postgresql+psycopg://u:p@127.0.0.1/crm", None),
        ("postgresql+psycopg://u:p@[::1]/crm", None),
        ("postgresql+psycopg://u@/crm?host=/var/run/postgresql", None),
    ],
)
def test_remote_servers_get_certificate_verification_unless_the_url_chooses(url, sslmode):
    assert server_url(url, {}).query.get("sslmode") == sslmode


def test_a_company_ca_is_kept_beside_the_default_mode():
    built = server_url("postgresql+psycopg://u@db.example.com/crm?sslrootcert=/etc/company-ca.pem", {})
    assert built.query == {"sslrootcert": "/etc/company-ca.pem", "sslmode": "verify-full"}


def test_the_password_comes_from_the_password_file(tmp_path):
    secret = tmp_path / "pw"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    built = server_url("postgresql+psycopg://u@localhost/crm", {ENV_PASSWORD_FILE: str(secret)})
    assert built.password == SECRET
    assert SECRET not in str(built) and SECRET not in redact(built)
    # a password in the URL wins; a missing file is a clear error
    assert server_url(
        f"postgresql+psycopg://u:{SECRET}x@localhost/crm", {ENV_PASSWORD_FILE: "/nope"}
    ).password
    with pytest.raises(ConnectionSettingsError, match="cannot read the password file /nope"):
        server_url("postgresql+psycopg://u@localhost/crm", {ENV_PASSWORD_FILE: "/nope"})


def test_redaction_hides_the_password_and_keeps_paths():
    assert (
        redact(f"postgresql+psycopg://rapport:{SECRET}@db:5432/crm")
        == "postgresql+psycopg://rapport:***@db:5432/crm"
    )
    assert redact("/home/me/rapport.db") == "/home/me/rapport.db"


def _pg_parts() -> tuple[str, str]:
    if not PG_URL:
        pytest.fail("these tests need PostgreSQL: set RAPPORT_TEST_PG_URL")
    url = make_url(PG_URL)
    return url._replace(password=None).render_as_string(hide_password=False), str(url.password)


def test_the_password_file_and_pgpass_connect_without_a_password_in_the_url(tmp_path, monkeypatch):
    bare, password = _pg_parts()
    secret = tmp_path / "pw"
    secret.write_text(password, encoding="utf-8")
    monkeypatch.setenv(ENV_PASSWORD_FILE, str(secret))
    engine = make_engine(bare)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1
    engine.dispose()
    # libpq's own password file, for those who keep passwords there
    monkeypatch.delenv(ENV_PASSWORD_FILE)
    url = make_url(bare)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port or 5432}:{url.database}:{url.username}:{password}\n")
    os.chmod(pgpass, 0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    engine = make_engine(bare)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1
    engine.dispose()


def test_a_refused_password_is_explained_without_the_password():
    bare, _password = _pg_parts()
    wrong = make_url(bare).set(password=SECRET)
    engine = make_engine(wrong.render_as_string(hide_password=False))
    with pytest.raises(Exception) as caught:
        engine.connect()
    engine.dispose()
    error = explain(caught.value, wrong.render_as_string(hide_password=False))
    assert "refused the user name or password" in error.what and "pgpass" in error.todo
    assert SECRET not in str(error) and SECRET not in error.where


def test_check_prints_the_server_url_without_its_password(capsys, pg_url):
    assert main(["check", "--db", pg_url]) in (0, 1)
    out = capsys.readouterr()
    url = make_url(pg_url)
    assert f":{url.password}@" not in out.out + out.err
    assert f"database: {url.drivername}://{url.username}:***@{url.host}" in out.out


def test_a_missing_password_file_is_a_message_not_a_traceback(capsys, tmp_path, monkeypatch):
    bare, _password = _pg_parts()
    monkeypatch.setenv(ENV_PASSWORD_FILE, str(tmp_path / "missing"))
    assert main(["check", "--db", bare]) == 1
    assert "cannot read the password file" in capsys.readouterr().err


def test_cli_errors_on_an_unreachable_server_hide_the_password(capsys):
    url = f"postgresql+psycopg://rapport:{SECRET}@127.0.0.1:1/rapport?connect_timeout=2"
    assert main(["document", "list", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "cannot reach the database" in err and SECRET not in err


def test_private_file_mode_of_a_path(tmp_path: Path):
    from app.private_files import mode, private_file

    assert mode(private_file(tmp_path / "x")) == 0o600
