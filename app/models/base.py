"""Declarative base and the columns every Rapport row carries (see DESIGN.md, data rules)."""

from __future__ import annotations

import enum
import os
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, Enum, Index, MetaData, Uuid, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONType = JSON().with_variant(JSONB(), "postgresql")


def uuid7() -> uuid.UUID:
    """Return a time-ordered UUIDv7 (RFC 9562): 48-bit Unix ms, version, 74 random bits."""
    return _uuid7(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big"))


def uuid7_many(count: int) -> list[uuid.UUID]:
    """`count` UUIDv7s from one read of the random source (bulk imports: one system call, not 100,000)."""
    ms = time.time_ns() // 1_000_000
    pool = os.urandom(10 * count)
    return [_uuid7(ms, int.from_bytes(pool[i : i + 10], "big")) for i in range(0, 10 * count, 10)]


# The same UUIDv7 layout as a SQLite expression, as the stored form (32 lower-case hex digits), for rows
# made by INSERT ... SELECT; bind `uuid7_head` to uuid7_sql_head(): the time and the version digit.
UUID7_SQLITE = (
    "(:uuid7_head || lower(substr(hex(randomblob(2)), 2) || substr('89AB', (random() & 3) + 1, 1)"
    " || substr(hex(randomblob(8)), 2)))"
)


def uuid7_sql_head() -> str:
    """The first 13 hex digits of a UUIDv7 made now: 48-bit Unix ms and the version 7."""
    return f"{time.time_ns() // 1_000_000 & ((1 << 48) - 1):012x}7"


def _uuid7(ms: int, rand: int) -> uuid.UUID:
    rand_a = rand >> 68 & 0x0FFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Store aware datetimes as UTC; always hand back aware UTC datetimes, on SQLite too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def enum_column(enum_cls: type[enum.Enum], length: int = 24) -> Enum:
    """Portable enum: a VARCHAR with a CHECK, storing the member values (not names)."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        create_constraint=True,
        name=enum_cls.__name__.lower(),
    )


def live_index(*cols: str, name: str, owned: bool = False) -> Index:
    """A partial index over live rows ending in the id: serves a sorted list page and its keyset paging.

    `owned`: on PostgreSQL the index also carries `owner_id` (INCLUDE), so a sales rep's page tests the
    owner inside the index instead of sorting their rows (migration 0030)."""
    where = text("deleted_at IS NULL")
    include: dict[str, Any] = {"postgresql_include": ["owner_id"]} if owned else {}
    return Index(name, *cols, "id", sqlite_where=where, postgresql_where=where, **include)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
    }


class Entity(Base):
    """Abstract base: UUIDv7 key, UTC timestamps, optimistic-lock version, soft delete, custom fields."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}
