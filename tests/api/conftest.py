"""A real API server (uvicorn in a thread) on a free loopback port, over the test database."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from app.api.app import create_app
from app.context import AppContext


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(ctx: AppContext) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(ctx), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    runner = uvicorn.Server(config)
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not runner.started:
        assert time.monotonic() < deadline, "the API server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    runner.should_exit = True
    thread.join(5)


@pytest.fixture
def tokens(ctx: AppContext) -> dict[str, str]:
    """A token per scope, for Ann."""
    ann = ctx.lookups.ensure_user("Ann Api", "ann@example.com")
    return {
        scope: ctx.tokens.create(ann.id, f"{scope} key", scope)[0] for scope in ("read", "write", "leads")
    }


def client(base: str, token: str | None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=base, headers=headers, timeout=10)
