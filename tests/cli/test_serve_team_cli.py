"""`rapport serve` on a team database: it refuses to start without a service account (saying how), and
with `--as` it serves, each call acting as its token's user, not as the service account."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid

import httpx

from app.config import Settings
from app.context import AppContext
from app.services.access.signin import Credentials
from tests.concurrency.cli_process import ROOT, rapport

PASSWORD = "correct horse battery"


def _team(db_url: str, tmp_path) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n")
    done = rapport(
        "server", "init", db_url, "--admin-email", "admin@example.com", "--password-file", str(secret)
    )
    assert done.returncode == 0, done.stderr
    admin = ("--db", db_url, "--as", "admin@example.com", "--password-file", str(secret))
    added = rapport(
        *admin, "user", "add", "api@example.com", "--name", "API service", "--role", "read_only",
        "--user-password-file", str(secret),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return admin


def test_serve_on_a_team_database_without_a_service_account_says_how(db_url, tmp_path):
    _team(db_url, tmp_path)
    refused = rapport("serve", "--port", "1", "--db", db_url, timeout=60)
    assert refused.returncode != 0
    assert "this is a team database, so the server signs in as a service account" in refused.stderr
    assert "rapport serve --as" in refused.stderr and "--password-file" in refused.stderr


def test_serve_signs_in_as_the_service_account_and_calls_act_as_the_token_user(db_url, tmp_path):
    _team(db_url, tmp_path)
    admin = AppContext.open(Settings(db_url=db_url), user=Credentials("admin@example.com", PASSWORD))
    try:
        token, _info = admin.tokens.create(admin.current_user.id, "script", "write")
    finally:
        admin.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port), "--db", db_url,
         "--as", "api@example.com", "--password-file", str(tmp_path / "pw")],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "rapport serve --as did not answer"
                time.sleep(0.1)
        assert httpx.get(f"{base}/contacts", timeout=10).status_code == 401  # a token is still needed
        made = httpx.post(
            f"{base}/contacts", json={"last_name": "Served"}, headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )  # fmt: skip
        assert made.status_code == 201, made.text  # the read-only service account could not have
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=15)
    assert "signed in as the service account api@example.com" in out
    check = AppContext.open(Settings(db_url=db_url), user=Credentials("admin@example.com", PASSWORD))
    try:
        history = check.audit_log.history("contact", uuid.UUID(made.json()["id"]))
        assert {row.user for row in history} == {"Admin"}  # the token's user, not the service account
    finally:
        check.close()
