"""The event rules as plain snapshots, kept per engine between commits, and their compiled conditions.

Every commit asks whether the rules changed (one aggregate over automation_rules: count, newest
update, sum of versions), so a rule edited in another process is seen at the next commit; the rules
themselves are read only when that answer changed. A rule's compiled "if" is kept per rule version,
custom-field revision and minute (the `within the last N days` conditions move with the clock). This is
what keeps the cost of a save with 50 active rules to a few milliseconds (benchmarks/bench_automation.py).
"""

from __future__ import annotations

import threading
import uuid
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from app.models import AutomationRule, CustomField

_LOCK = threading.Lock()
_COMPILED_MAX = 2000
CUSTOM_REVISION = "automation.custom_revision"
_REVISIONS = text(
    "SELECT count(*), max(updated_at), sum(version),"
    " (SELECT count(*) FROM custom_fields), (SELECT max(updated_at) FROM custom_fields)"
    " FROM automation_rules"
)


@dataclass(frozen=True)
class RuleSnapshot:
    """An active rule as read at its revision (the same attribute names as the ORM row)."""

    id: uuid.UUID
    version: int
    name: str
    entity_type: str
    trigger: str
    trigger_params: dict[str, Any]
    conditions: dict[str, Any]
    actions: dict[str, Any]


@dataclass
class _Cache:
    """What one engine's rules look like, kept while the engine lives."""

    revision: tuple[Any, ...] | None = None
    rules: list[RuleSnapshot] = field(default_factory=list)
    compiled: dict[tuple[Any, ...], list[Any]] = field(default_factory=dict)


_CACHES: weakref.WeakKeyDictionary[Engine, _Cache] = weakref.WeakKeyDictionary()


def _cache(session: Session) -> _Cache:
    engine = session.get_bind().engine
    with _LOCK:
        found = _CACHES.get(engine)
        if found is None:
            found = _CACHES[engine] = _Cache()
        return found


def active_snapshots(session: Session) -> list[RuleSnapshot]:
    """The enabled, unpaused rules (event and time), from the cache when none changed."""
    # one round trip for both revisions: the rules', and the custom fields' (conditions compile against
    # them); plain SQL, as this runs before every commit (a built statement cost more than the query)
    row = session.execute(_REVISIONS).one()
    revision = tuple(row[:3])
    session.info[CUSTOM_REVISION] = tuple(row[3:])
    cache = _cache(session)
    with _LOCK:
        if cache.revision == revision:
            return cache.rules
    rows = session.execute(
        select(
            AutomationRule.id,
            AutomationRule.version,
            AutomationRule.name,
            AutomationRule.entity_type,
            AutomationRule.trigger,
            AutomationRule.trigger_params,
            AutomationRule.conditions,
            AutomationRule.actions,
        )
        .where(
            AutomationRule.enabled.is_(True),
            AutomationRule.paused_reason == "",
            AutomationRule.deleted_at.is_(None),
        )
        .order_by(AutomationRule.name)
    )
    snapshots = [RuleSnapshot(*row) for row in rows]
    with _LOCK:
        cache.revision, cache.rules = revision, snapshots
    return snapshots


def custom_field_revision(session: Session) -> tuple[Any, ...]:
    """The custom fields' revision, as read with the rules in this transaction (else read now)."""
    known = session.info.get(CUSTOM_REVISION)
    if known is not None:
        return tuple(known)
    return tuple(session.execute(select(func.count(), func.max(CustomField.updated_at))).one())


def compiled(session: Session, key: tuple[Any, ...], build: Any) -> list[Any]:
    """The compiled conditions under `key` for this session's engine, built by `build()` the first time."""
    cache = _cache(session)
    with _LOCK:
        found = cache.compiled.get(key)
    if found is None:
        found = build()
        with _LOCK:
            if len(cache.compiled) >= _COMPILED_MAX:
                cache.compiled.clear()
            cache.compiled[key] = found
    return found


def minute(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0)
