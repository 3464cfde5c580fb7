"""Record events for the webhook subscriptions, written to the outbox in the transaction that made them,
and the signature each delivery carries.

Before each commit (after the event rules, so what the rules did is reported too) the unit of work's
change record gives the created, updated and deleted records; the captured field changes give a deal's
stage change and its win. Each event of a subscribed record type becomes one outbox row: it commits with
the change or not at all, and the outbox delivers it (retries, crash safety: outbox.py).

Signature: `X-Rapport-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>`; the
receiver recomputes it over the raw body and compares in constant time (`verify`; docs/api.md).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
import uuid
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.models import AutomationOutbox, Stage, WebhookSubscription, utcnow, uuid7_many
from app.services.automation.actions import json_value
from app.services.automation.capture import MODELS
from app.services.automation.engine import chunks
from app.services.core import bulk
from app.services.core.changes import ChangeKind
from app.services.core.field_changes import field_changes
from app.services.core.uow import Work

EVENTS = ("created", "updated", "stage_changed", "won", "deleted")
RECORD_TYPES = tuple(MODELS)
SIGNATURE_HEADER = "X-Rapport-Signature"
EVENT_HEADER = "X-Rapport-Event"
TOLERANCE_SECONDS = 300  # a signature older than this is refused by `verify` (a replayed delivery)
_REVISION = text("SELECT count(*), max(updated_at), sum(version) FROM webhook_subscriptions")
_KINDS = {ChangeKind.CREATED: "created", ChangeKind.UPDATED: "updated", ChangeKind.DELETED: "deleted"}


@dataclass(frozen=True)
class Active:
    """An active subscription as the event writer needs it."""

    id: uuid.UUID
    url: str
    record_types: frozenset[str]
    events: frozenset[str]


_LOCK = threading.Lock()
_CACHE: weakref.WeakKeyDictionary[Engine, tuple[tuple[Any, ...], list[Active]]] = weakref.WeakKeyDictionary()


def active_subscriptions(session: Session) -> list[Active]:
    """The active subscriptions, re-read only when one changed (one small aggregate per commit)."""
    revision = tuple(session.execute(_REVISION).one())
    engine = session.get_bind().engine
    with _LOCK:
        known = _CACHE.get(engine)
        if known is not None and known[0] == revision:
            return known[1]
    rows = session.scalars(
        select(WebhookSubscription).where(
            WebhookSubscription.active.is_(True), WebhookSubscription.deleted_at.is_(None)
        )
    )
    found = [Active(r.id, r.url, frozenset(r.record_types), frozenset(r.events)) for r in rows]
    with _LOCK:
        _CACHE[engine] = (revision, found)
    return found


def record_events(work: Work) -> dict[tuple[str, str], list[uuid.UUID]]:
    """(record type, event) -> the ids it happened to in this unit of work, in a stable order."""
    by_kind: dict[tuple[str, ChangeKind], set[uuid.UUID]] = defaultdict(set)
    for change in work.collector.freeze().changes:
        if change.entity in MODELS and change.kind in _KINDS:
            by_kind[(change.entity, change.kind)].update(change.ids)
    found: dict[tuple[str, str], list[uuid.UUID]] = {}
    for (entity, kind), ids in by_kind.items():
        if kind is ChangeKind.UPDATED:  # a new or deleted record reports that, not an update too
            ids = ids - by_kind.get((entity, ChangeKind.CREATED), set())
            ids = ids - by_kind.get((entity, ChangeKind.DELETED), set())
        if ids:
            found[(entity, _KINDS[kind])] = sorted(ids, key=lambda u: u.int)
    moved: dict[uuid.UUID, Any] = {}
    for field_change in field_changes(work.session):
        if (
            field_change.entity == "deal"
            and field_change.field == "stage_id"
            and field_change.new is not None
        ):
            moved[field_change.record_id] = field_change.new  # the last move in the transaction counts
    if moved:
        found[("deal", "stage_changed")] = sorted(moved, key=lambda u: u.int)
        won_stages = set(work.session.scalars(select(Stage.id).where(Stage.is_won.is_(True))))
        won = [i for i in found[("deal", "stage_changed")] if moved[i] in won_stages]
        if won:
            found[("deal", "won")] = won
    return found


def enqueue_events(work: Work) -> int:
    """Write an outbox row per subscribed event of this unit of work (the before-commit hook)."""
    session = work.session
    frozen = work.collector.freeze().changes
    if not any(c.entity in MODELS and c.kind in _KINDS for c in frozen) and not field_changes(session):
        return 0
    subscriptions = active_subscriptions(session)
    if not subscriptions:
        return 0
    session.flush()
    events = record_events(work)
    wanted: list[tuple[Active, str, str, uuid.UUID]] = [
        (sub, entity, event, record_id)
        for (entity, event), ids in events.items()
        for sub in subscriptions
        if entity in sub.record_types and event in sub.events
        for record_id in ids
    ]
    if not wanted:
        return 0
    records = _records(session, {(entity, record_id) for _sub, entity, _e, record_id in wanted})
    now = utcnow()
    rows = []
    for (sub, entity, event, record_id), row_id in zip(wanted, uuid7_many(len(wanted)), strict=True):
        payload = {
            "id": str(row_id),
            "event": f"{entity}.{event}",
            "entity": entity,
            "record_id": str(record_id),
            "record": records.get((entity, record_id), {"id": str(record_id)}),
            "at": now.isoformat(),
        }
        rows.append(_outbox_row(row_id, sub, payload, now))
    bulk.insert_rows(session, AutomationOutbox, rows)
    work.changed("automation_outbox", ChangeKind.CREATED, [r["id"] for r in rows])
    return len(rows)


def _records(session: Session, wanted: Iterable[tuple[str, uuid.UUID]]) -> dict[tuple[str, uuid.UUID], Any]:
    """Each record as JSON, as it stands in this transaction (a deleted one too: it has its deleted_at)."""
    by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for entity, record_id in wanted:
        by_entity[entity].append(record_id)
    found: dict[tuple[str, uuid.UUID], Any] = {}
    for entity, ids in by_entity.items():
        table: Any = MODELS[entity].__table__
        for part in chunks(ids):
            for row in session.execute(select(table).where(table.c.id.in_(part))):
                values = row._mapping
                found[(entity, values["id"])] = {
                    c.key: json_value(values[c.key]) for c in table.columns if c.key != "custom"
                } | {"custom": values["custom"] or {}}
    return found


def _outbox_row(row_id: uuid.UUID, sub: Active, payload: dict[str, Any], now: Any) -> dict[str, Any]:
    return {
        "id": row_id,
        "rule_id": None,
        "run_id": None,
        "subscription_id": sub.id,
        "event": payload["event"],
        "unique_key": f"webhook:{row_id}",
        "url": sub.url,
        "payload": payload,
        "attempts": 0,
        "next_attempt_at": now,
        "delivered_at": None,
        "gave_up_at": None,
        "last_error": "",
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
        "custom": {},
    }


def signature(secret: str, body: bytes, timestamp: int | None = None) -> str:
    """The X-Rapport-Signature header's value for this body."""
    stamp = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode("utf-8"), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={mac}"


def verify(secret: str, header: str, body: bytes, now: float | None = None) -> bool:
    """Whether `header` signs `body` with `secret` and is recent (what a receiver does)."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        stamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - stamp) > TOLERANCE_SECONDS:
        return False
    expected = signature(secret, body, stamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


def headers_for(secret: str, event: str, body: bytes) -> dict[str, str]:
    """The extra headers of a subscription's delivery."""
    return {SIGNATURE_HEADER: signature(secret, body), EVENT_HEADER: event}
