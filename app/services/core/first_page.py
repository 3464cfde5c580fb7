"""The first page of contacts read straight from the SQLite file, before the ORM has been imported.

Start-up shows these rows while SQLAlchemy, the models and the services load (importing them is most of
a cold start: docs/benchmarks.md), then the Contacts page takes over with the same rows in the same order.
Plain `sqlite3` only: this module imports neither SQLAlchemy nor Qt.

The connection is not closed after the read: `FirstPageReader.connection` becomes the engine's first
pooled connection (`app.db.make_engine(url, first_connection=...)`), so the app never opens and closes an
extra handle on its database file (docs/reliability.md). Anything unusual (no file, another revision, a
sort this module does not know) gives None and start-up takes the normal path.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.migrations import HEAD

BUSY_TIMEOUT_MS = 5000  # as app/db.py's pragmas, which the engine sets again when it adopts the connection
PAGE_SIZE = 200  # a first screen of rows, and the paged model's page size

# The Contacts list's sort keys (app/services/records/contacts.py SORTS): columns, the id breaking ties.
CONTACT_SORTS: dict[str, tuple[str, ...]] = {
    "name": ("last_name", "first_name", "id"),
    "first_name": ("first_name", "id"),
    "email": ("email", "id"),
    "company": ("company_name", "id"),
    "city": ("city", "id"),
    "country": ("country", "id"),
    "updated": ("updated_at", "id"),
}
DEFAULT_SORT = "name"

# What a row shows, by column key of the Contacts list (app/views/common/columns.py CONTACT_COLUMNS).
_ROW_SQL = (
    "SELECT c.id, c.first_name, c.last_name, c.email, c.phone_display, c.company_name, c.title, c.city, c.country,"
    " c.status, coalesce(u.name, ''), c.updated_at, c.street, c.postal_code, c.region, c.external_id,"
    " c.salutation, c.birthday, c.other_phone_display, c.other_email"
    " FROM contacts AS c LEFT OUTER JOIN users AS u ON u.id = c.owner_id"
    " WHERE c.deleted_at IS NULL ORDER BY {order} LIMIT ?"
)
_ROW_KEYS = (
    "id",  # as stored: the UUID's 32 hex digits
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "title",
    "city",
    "country",
    "status",
    "owner",
    "updated_at",
    "street",
    "postal_code",
    "region",
    "external_id",
    "salutation",
    "birthday",
    "other_phone",
    "other_email",
)


@dataclass(frozen=True)
class FirstPage:
    """The first rows of a list (plain values by field name) and its live row count."""

    total: int
    rows: tuple[dict[str, Any], ...]
    sort: str
    descending: bool


class FirstPageReader:
    """One connection to the SQLite file, kept open for the app's life (handed on to the engine)."""

    def __init__(self, path: Path) -> None:
        # mode=rw: a missing file is an error here, never a new empty database
        uri = f"{path.resolve().as_uri()}?mode=rw"  # as_uri escapes '?', '#' and '%' in the path
        self.connection = sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
        self.connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    def revision(self) -> str | None:
        try:
            row = self.connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row else None

    def contacts(
        self, sort: str = DEFAULT_SORT, descending: bool = False, limit: int = PAGE_SIZE
    ) -> FirstPage | None:
        """The first `limit` live contacts in the Contacts list's order, or None to take the normal path."""
        columns = CONTACT_SORTS.get(sort)
        if columns is None or self.revision() != HEAD:  # a custom-field sort, or a migration to run first
            return None
        direction = " DESC" if descending else ""
        order = ", ".join(f"c.{column}{direction}" for column in columns)
        try:
            self.connection.execute("BEGIN")  # one read transaction: the count and the rows agree
            try:
                counted = self.connection.execute(
                    "SELECT live FROM row_counts WHERE table_name = 'contacts'"
                ).fetchone()
                rows = self.connection.execute(_ROW_SQL.format(order=order), (limit,)).fetchall()
            finally:
                self.connection.execute("COMMIT")
        except sqlite3.Error:
            return None
        if counted is None:
            return None
        return FirstPage(
            total=int(counted[0]), rows=tuple(_as_row(v) for v in rows), sort=sort, descending=descending
        )

    def custom_field_count(self, entity: str) -> int | None:
        """How many live custom fields `entity` has (its list's extra columns), or None on an error."""
        try:
            row = self.connection.execute(
                "SELECT count(*) FROM custom_fields WHERE entity_type = ? AND deleted_at IS NULL", (entity,)
            ).fetchone()
        except sqlite3.Error:
            return None
        return int(row[0])

    def query_plan(self, sort: str = DEFAULT_SORT, descending: bool = False) -> list[str]:
        """EXPLAIN QUERY PLAN of the rows query (tests check it walks the sort's index)."""
        direction = " DESC" if descending else ""
        order = ", ".join(f"c.{column}{direction}" for column in CONTACT_SORTS[sort])
        plan = self.connection.execute("EXPLAIN QUERY PLAN " + _ROW_SQL.format(order=order), (PAGE_SIZE,))
        return [str(row[-1]) for row in plan]


def _as_row(values: tuple[Any, ...]) -> dict[str, Any]:
    row = dict(zip(_ROW_KEYS, values, strict=True))
    row = {key: ("" if value is None else value) for key, value in row.items()}
    # stored as naive UTC text by the ORM's type; the list shows them as the ORM's row gives them
    row["updated_at"] = _utc(row["updated_at"])
    row["birthday"] = date.fromisoformat(row["birthday"][:10]) if row["birthday"] else None
    return row


def _utc(text: str) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def reader_for(path: Path | None) -> FirstPageReader | None:
    """A reader on an existing SQLite database file, or None (a server database, a new file, an error)."""
    if path is None or not path.is_file():
        return None
    try:
        return FirstPageReader(path)
    except sqlite3.Error:
        return None
