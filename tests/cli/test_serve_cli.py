"""`rapport token` and `rapport serve` as a user runs them: a real server process on 127.0.0.1."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import httpx

from app.cli import main
from app.config import Settings
from app.context import AppContext


def test_tokens_are_shown_once_listed_without_their_secret_and_revoked(tmp_path, capsys):
    db = tmp_path / "api.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    assert main(["token", "create", "web shop", "--scope", "leads", "--db", str(db)]) == 0
    said = capsys.readouterr().out
    secret = re.search(r"rpt_\S+", said).group(0)
    assert "copy it now, it is not shown again" in said
    assert main(["token", "list", "--db", str(db)]) == 0
    listed = capsys.readouterr().out
    assert "web shop" in listed and "[leads]" in listed and "never used" in listed and secret not in listed
    token_id = listed.split()[0]
    assert main(["token", "revoke", token_id, "--db", str(db)]) == 0
    assert "revoked" in capsys.readouterr().out
    assert main(["token", "create", "bad", "--scope", "admin", "--db", str(db)]) == 1
    assert "say one or more of read, write, leads (not admin)" in capsys.readouterr().err


def test_rapport_serve_answers_on_loopback(tmp_path, capsys):
    db = tmp_path / "api.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    assert main(["token", "create", "script", "--scope", "write", "--db", str(db)]) == 0
    secret = re.search(r"rpt_\S+", capsys.readouterr().out).group(0)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port), "--db", str(db)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "rapport serve did not answer"
                time.sleep(0.1)
        headers = {"Authorization": f"Bearer {secret}"}
        made = httpx.post(f"{base}/contacts", json={"last_name": "Served"}, headers=headers, timeout=10)
        assert made.status_code == 201, made.text
    finally:
        server.terminate()
        server.wait(10)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        from app.services.core.listing import ListQuery

        assert (
            ctx.contacts.count(ListQuery(search="Served")) == 1
        )  # written to the file, seen by another process
    finally:
        ctx.close()


def test_rapport_form_creates_lists_and_prints_the_snippet(tmp_path, capsys):
    db = tmp_path / "forms.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    args = ["form", "create", "Contact us", "--consent", "I agree", "--origin", "https://www.example.com"]
    assert main([*args, "--db", str(db)]) == 0
    form_id = re.search(r"form (\w+) \(Contact us\) created", capsys.readouterr().out).group(1)
    assert main(["form", "list", "--db", str(db)]) == 0
    assert f"{form_id}  Contact us  [first_name, last_name, email, company, notes]" in capsys.readouterr().out
    assert main(["form", "snippet", form_id, "--base-url", "https://crm.example.com", "--db", str(db)]) == 0
    html = capsys.readouterr().out
    assert html.startswith(f'<form method="post" action="https://crm.example.com/forms/{form_id}"')
    assert main(["form", "create", "Bad", "--fields", "last_name,shoe_size", "--db", str(db)]) == 1
    assert "no such field: shoe_size" in capsys.readouterr().err


def test_rapport_serve_with_two_workers_shares_one_database(tmp_path, capsys):
    db = tmp_path / "api.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    assert main(["token", "create", "script", "--scope", "write", "--db", str(db)]) == 0
    secret = re.search(r"rpt_\S+", capsys.readouterr().out).group(0)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port), "--workers", "2", "--db", str(db)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
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
                assert time.monotonic() < deadline, "rapport serve --workers 2 did not answer"
                time.sleep(0.1)
        headers = {"Authorization": f"Bearer {secret}"}
        for n in range(6):  # spread over both processes by the kernel
            assert (
                httpx.post(
                    f"{base}/contacts", json={"last_name": f"W{n}"}, headers=headers, timeout=10
                ).status_code
                == 201
            )
        listed = httpx.get(f"{base}/contacts", params={"search": "W"}, headers=headers, timeout=10).json()
        assert listed["total"] == 6
    finally:
        server.terminate()
        server.wait(15)
