"""Before connecting the app to a team server: build its URL from the parts a person types, and check it
(reachable, a PostgreSQL new enough, a login it accepts, a schema this Rapport can use) with one sentence
for the answer. Every failure is a DatabaseOpenError saying what happened and what to do."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import URL, create_engine, inspect, make_url, text
from sqlalchemy.pool import NullPool

from app.db import server_url
from app.services.database.open_errors import DatabaseOpenError, explain
from app.services.database.verify import newer_revision_message

MIN_SERVER = 120000  # statement triggers with transition tables and EXECUTE FUNCTION (migrations 0015, 0030)
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")


def team_server_url(
    host: str, port: int, database: str, user: str, password: str = "", sslmode: str = "prefer"
) -> str:
    """The SQLAlchemy URL of a PostgreSQL team database (the password is kept only in the keyring)."""
    if sslmode not in SSL_MODES:
        raise ValueError(f"sslmode must be one of {', '.join(SSL_MODES)}, not {sslmode!r}")
    for label, value in (("host", host), ("database", database), ("user", user)):
        if not value.strip():
            raise ValueError(f"the {label} is empty")
    url = URL.create(
        "postgresql+psycopg",
        username=user.strip(),
        password=password or None,
        host=host.strip(),
        port=port,
        database=database.strip(),
        query={"sslmode": sslmode},
    )
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class ServerCheck:
    """What a reachable team database holds."""

    server_version: str  # "PostgreSQL 15.4"
    revision: str | None  # the Rapport schema revision; None for an empty database
    people: int  # users who sign in with a password
    head: str  # the revision this Rapport brings it to

    @property
    def empty(self) -> bool:
        """Nothing of Rapport's is there yet, or no one signs in: it can be initialised."""
        return self.people == 0

    @property
    def summary(self) -> str:
        found = f"Connected to {self.server_version}"
        if self.revision is None:
            return f"{found}. The database is empty: initialise it as a new team database."
        if self.people == 0:
            return f"{found}. It holds a Rapport database without sign-in: initialise it to add its first administrator."
        upgrade = (
            f" Opening it upgrades its schema from {self.revision} to {self.head}; every colleague then needs "
            "this version of Rapport."
            if self.revision != self.head
            else ""
        )
        who = "person signs" if self.people == 1 else "people sign"
        return f"{found}: a Rapport team database where {self.people} {who} in.{upgrade}"


def check_server(url: str, timeout_seconds: int = 5) -> ServerCheck:
    """Connect to `url` once and say what is there; raise DatabaseOpenError when it cannot be used."""
    from app.migrations import HEAD
    from app.services.database.revisions import known_revisions

    try:
        parsed = make_url(url)
    except Exception:  # not a URL at all
        raise DatabaseOpenError(
            url, "That is not a database URL.", "Fill in the host, database and user."
        ) from None
    if not parsed.drivername.startswith("postgresql"):
        raise DatabaseOpenError(
            parsed.render_as_string(hide_password=True),
            "A team server is a PostgreSQL database.",
            "Give the address of a PostgreSQL server.",
        )
    where = parsed.render_as_string(hide_password=True)
    engine = create_engine(
        server_url(url, os.environ), poolclass=NullPool, connect_args={"connect_timeout": timeout_seconds}
    )
    try:
        with engine.connect() as conn:
            number = int(conn.execute(text("SHOW server_version_num")).scalar_one())
            version = f"PostgreSQL {conn.execute(text('SHOW server_version')).scalar_one()}".split(" (")[0]
            if number < MIN_SERVER:
                raise DatabaseOpenError(
                    where,
                    f"The server runs {version}; Rapport needs PostgreSQL 12 or newer.",
                    "Ask whoever runs the server to upgrade it, or use another server.",
                )
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision is not None and revision not in known_revisions():
                raise DatabaseOpenError(where, newer_revision_message(where, revision), "")
            people = 0
            if "users" in tables and revision is not None:
                people = int(
                    conn.execute(
                        text("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")
                    ).scalar_one()
                )
    except DatabaseOpenError:
        raise
    except Exception as exc:  # unreachable, refused login, no such database, TLS
        raise explain(exc, url) from exc
    finally:
        engine.dispose()
    return ServerCheck(version, revision, people, HEAD)
