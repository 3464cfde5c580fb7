"""Engine creation: one place that knows the SQLite pragmas and PostgreSQL options."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from app.private_files import private_dir, private_file

SQLITE_BUSY_TIMEOUT_MS = 5000
WAL_AUTOCHECKPOINT_PAGES = 1000  # SQLite's default

log = logging.getLogger(__name__)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # WAL lets the GUI read while a worker writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache per connection
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


ENV_PASSWORD_FILE = "RAPPORT_DB_PASSWORD_FILE"


class ConnectionSettingsError(Exception):
    """The connection settings themselves are unusable (an unreadable password file)."""


LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}


def make_engine(
    url: str, *, echo: bool = False, first_connection: sqlite3.Connection | None = None
) -> Engine:
    """Create an engine for a Rapport database URL (SQLite file or PostgreSQL).

    A new SQLite database file is created 0600 before SQLite opens it (its -wal and -shm then get the same
    mode). A PostgreSQL URL gets its password from $RAPPORT_DB_PASSWORD_FILE when it has none, and
    `sslmode=verify-full` when the server is not on this machine and the URL does not choose a mode.
    `first_connection`, an open connection to the same SQLite file (start-up's first page read), becomes the
    pool's first connection instead of a new handle being opened beside it.
    """
    if url.startswith("sqlite"):
        extra: dict[str, Any] = {"poolclass": NullPool} if ":memory:" in url else {}
        path = sqlite_file(url)
        if path is not None and not path.exists():
            private_dir(path.parent)
            private_file(path)  # no connection holds it yet: this handle drops no lock
        if first_connection is not None and path is not None:
            extra["creator"] = _adopting(first_connection, path)
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False}, **extra)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(server_url(url, os.environ), echo=echo, pool_pre_ping=True)


def _adopting(connection: sqlite3.Connection, path: Path) -> Any:
    """A pool creator handing out `connection` first, then new connections to `path` as SQLAlchemy would."""
    waiting = [connection]

    def create() -> sqlite3.Connection:
        return waiting.pop() if waiting else sqlite3.connect(str(path), check_same_thread=False)

    return create


def sqlite_file(url: str) -> Path | None:
    """The database file of an SQLite URL (None for memory databases)."""
    parsed = make_url(url)
    database = parsed.database
    if (
        parsed.get_backend_name() != "sqlite"
        or not database
        or database == ":memory:"
        or database.startswith("file:")
    ):
        return None
    return Path(database)


def server_url(url: str | URL, env: Mapping[str, str]) -> URL:
    """A server URL with the password from the password file and TLS verification for remote hosts.

    Without a password in the URL or a password file, libpq's own ~/.pgpass (or $PGPASSFILE) applies.
    """
    parsed = make_url(url)
    password_file = env.get(ENV_PASSWORD_FILE)
    if parsed.password is None and password_file:
        try:
            password = Path(password_file).expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConnectionSettingsError(
                f"cannot read the password file {password_file} (${ENV_PASSWORD_FILE}): {exc.strerror}"
            ) from exc
        parsed = parsed.set(password=password)
    if parsed.get_backend_name() == "postgresql" and "sslmode" not in parsed.query:
        host = parsed.host or ""
        if host and not host.startswith("/") and host.lower() not in LOOPBACK_HOSTS:
            parsed = parsed.update_query_dict({"sslmode": "verify-full"})
    return parsed


def redact(url: str | URL) -> str:
    """A database URL fit to print or show: the password replaced by ***; a plain path stays as it is."""
    text = str(url) if isinstance(url, URL) else url
    if "://" not in text:
        return text
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not parseable: show the scheme and host part only, never the credentials
        scheme, _, rest = text.partition("://")
        return f"{scheme}://***@{rest.rpartition('@')[2]}" if "@" in rest else text


class WalCheckpoints:
    """Moves SQLite's WAL checkpoint off a bulk commit onto a background thread.

    A commit that leaves more than 1,000 pages in the write-ahead log copies them into the database
    file before it returns (the automatic checkpoint): 0.3-0.6 s after a 100,000-row import, while the
    data is already safely committed in the log. `deferred` turns that off for one commit and runs the
    same (passive) checkpoint on a thread of its own; readers and writers carry on meanwhile. `wait`
    joins those threads (closing the database waits for them). Other databases: no effect.
    """

    def __init__(self) -> None:
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    @contextmanager
    def deferred(self, session: Session) -> Iterator[None]:
        """Wrap the commit of `session`'s transaction."""
        engine = session.get_bind()
        if not isinstance(engine, Engine) or engine.dialect.name != "sqlite":
            yield
            return
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA wal_autocheckpoint=0")
        try:
            yield
        finally:
            raw.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        thread = threading.Thread(target=_checkpoint, args=(engine,), name="wal-checkpoint", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def wait(self) -> None:
        with self._lock:
            threads, self._threads = self._threads, []
        for thread in threads:
            thread.join()


def _checkpoint(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    except Exception:  # the next automatic checkpoint does the same work; nothing is lost
        log.warning("background WAL checkpoint failed", exc_info=True)
