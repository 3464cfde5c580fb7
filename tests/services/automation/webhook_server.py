"""A real HTTP server on 127.0.0.1 in a thread that records the webhooks it receives."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    bodies: list[dict[str, Any]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    raw: list[bytes] = field(default_factory=list)  # the bodies as sent (a signature covers these bytes)
    headers: list[dict[str, str]] = field(default_factory=list)
    status: int = 200  # what the server answers; a test sets 500 to make deliveries fail
    url: str = ""


@contextmanager
def webhook_server() -> Iterator[Received]:
    received = Received()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if received.status == 200:
                received.bodies.append(json.loads(body))
                received.keys.append(self.headers["Idempotency-Key"])
                received.raw.append(body)
                received.headers.append(dict(self.headers.items()))
            self.send_response(received.status)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    received.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield received
    finally:
        server.shutdown()
        server.server_close()
