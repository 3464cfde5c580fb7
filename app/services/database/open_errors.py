"""Why a database cannot be opened, in words, with what to do, and never with a password in it."""

from __future__ import annotations

import sqlite3

from sqlalchemy import URL, make_url
from sqlalchemy.exc import DBAPIError

from app.db import ConnectionSettingsError, redact, sqlite_file
from app.services.core.errors import DatabaseError


class DatabaseOpenError(DatabaseError):
    """The database named `where` cannot be used: `what` happened, `todo` says what the user can do."""

    def __init__(self, where: str, what: str, todo: str) -> None:
        what = what[:1].upper() + what[1:]
        super().__init__(f"{what} {todo}".strip())
        self.where = where
        self.what = what
        self.todo = todo


SQLITE_DAMAGED = ("file is not a database", "malformed", "disk image", "not a database")
SQLITE_NO_ACCESS = ("unable to open database file", "readonly database", "permission denied", "access denied")
RESTORE_HINT = (
    "Restore a backup with `rapport restore BACKUP` (automatic backups are in the backups folder beside the "
    "database), or run `rapport check` for details."
)


def explain(exc: BaseException, url: str | URL) -> DatabaseOpenError:
    """Turn an exception met while opening the database at `url` into a DatabaseOpenError."""
    where = _where(url)
    password = _password(url)
    if isinstance(exc, DatabaseOpenError):
        return exc
    if isinstance(exc, DatabaseError):  # our own checks: not Rapport, newer revision, wrong schema
        return DatabaseOpenError(where, str(exc), _todo_for_our_check(str(exc)))
    detail = _scrub(str(exc.orig) if isinstance(exc, DBAPIError) else str(exc), url, password)
    low = detail.lower()
    if isinstance(exc, ConnectionSettingsError):
        return DatabaseOpenError(where, detail + ".", "Check the file's path and that you may read it.")
    if isinstance(exc, PermissionError) or any(s in low for s in SQLITE_NO_ACCESS):
        return DatabaseOpenError(
            where,
            f"Rapport may not read or write the database ({detail}).",
            "Check that the file and its folder belong to you and are writable, and that the disk is mounted.",
        )
    if any(s in low for s in SQLITE_DAMAGED) or isinstance(getattr(exc, "orig", None), sqlite3.DatabaseError):
        return DatabaseOpenError(
            where, f"The database file is damaged or is not a database ({detail}).", RESTORE_HINT
        )
    if "password authentication failed" in low or "no password supplied" in low:
        return DatabaseOpenError(
            where,
            "The server refused the user name or password.",
            "Check the password in the file named by RAPPORT_DB_PASSWORD_FILE or in ~/.pgpass (PGPASSFILE), "
            "and the user name in the database URL.",
        )
    if "certificate" in low or "ssl" in low:
        return DatabaseOpenError(
            where,
            f"The server's TLS certificate could not be verified ({detail}).",
            "If your company uses its own certificate authority, add sslrootcert=/path/to/ca.pem to the URL; "
            "see docs/reliability.md.",
        )
    if "does not exist" in low and "database" in low:
        return DatabaseOpenError(
            where, f"The server has no such database ({detail}).", "Check the database name."
        )
    if isinstance(exc, (DBAPIError, OSError)):
        return DatabaseOpenError(
            where,
            f"Rapport cannot reach the database ({detail}).",
            "Check that the server is running, the host name and port, and your network or VPN.",
        )
    return DatabaseOpenError(where, f"The database cannot be opened ({detail}).", RESTORE_HINT)


def _where(url: str | URL) -> str:
    """The database file's path, or the server URL without its password."""
    try:
        path = sqlite_file(str(url) if isinstance(url, str) else url.render_as_string(hide_password=True))
    except Exception:  # not a URL
        return redact(url)
    return str(path) if path is not None else redact(url)


def _password(url: str | URL) -> str | None:
    try:
        found = make_url(url).password
    except Exception:  # a plain path, or not a URL at all
        return None
    return str(found) if found else None


def _todo_for_our_check(message: str) -> str:
    if "newer Rapport" in message:
        return ""  # the message says it
    return RESTORE_HINT


def _scrub(text: str, url: str | URL, password: str | None) -> str:
    """Remove the URL's password (and the raw URL) from a driver's message."""
    if password:
        text = text.replace(password, "***")
    raw = url if isinstance(url, str) else url.render_as_string(hide_password=False)
    if "@" in raw:
        text = text.replace(raw, redact(raw))
    return text.strip().splitlines()[0] if text.strip() else type(text).__name__
