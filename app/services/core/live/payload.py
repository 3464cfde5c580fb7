"""The NOTIFY payload of a change record: compact JSON, chunked under PostgreSQL's 8000-byte limit.

A payload names the sending context (`t`, a random tag per unit-of-work factory, so a listener skips its
own context's changes but not another context's in the same process), the user and origin, and a list of
`[entity, kind, ids]`. Ids go in chunks of CHUNK_IDS; when one entity and kind has more than MAX_IDS ids
(a bulk edit, an import) its ids are left out (`null`): the receiver is told the entity changed, not which
records, and refreshes it whole.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from app.services.core.changes import REMOTE_PROCESS, Change, ChangeKind, ChangeSet
from app.services.core.initiator import Initiator

CHANNEL = "rapport_changes"
LIMIT_BYTES = 8000  # PostgreSQL refuses a longer payload
CHUNK_IDS = 180  # 180 ids of 35 bytes and the header fit well under LIMIT_BYTES
MAX_IDS = 1800  # more than this for one entity and kind: "the entity changed", no ids


def encode(changes: ChangeSet, tag: str) -> list[str]:
    """The payloads that carry `changes` (one per chunk of ids), each under LIMIT_BYTES."""
    who = changes.initiator
    head: dict[str, Any] = {
        "t": tag,
        "u": who.user_id.hex if who is not None and who.user_id is not None else None,
        "o": who.origin if who is not None else None,
    }
    items: list[list[Any]] = []
    for change in changes.changes:
        ids = sorted(i.hex for i in change.ids)
        if not ids or len(ids) > MAX_IDS:
            items.append([change.entity[:100], str(change.kind), None])
            continue
        items.extend(
            [change.entity[:100], str(change.kind), ids[i : i + CHUNK_IDS]]
            for i in range(0, len(ids), CHUNK_IDS)
        )
    payloads: list[str] = []
    batch: list[list[Any]] = []
    for item in items:
        text = _dump({**head, "c": [*batch, item]})
        if len(text.encode()) > LIMIT_BYTES and batch:
            payloads.append(_dump({**head, "c": batch}))
            batch = [item]
        else:
            batch.append(item)
    if batch:
        payloads.append(_dump({**head, "c": batch}))
    return payloads


def decode(text: str) -> tuple[str, ChangeSet]:
    """The sender's tag and its change record (made by REMOTE_PROCESS); ValueError if malformed."""
    try:
        data = json.loads(text)
        user = uuid.UUID(data["u"]) if data.get("u") else None
        changes = tuple(
            Change(str(entity), ChangeKind(kind), frozenset(uuid.UUID(i) for i in ids or ()))
            for entity, kind, ids in data["c"]
        )
        return str(data["t"]), ChangeSet(changes, Initiator(user, REMOTE_PROCESS, data.get("o")))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not a Rapport change payload: {text[:80]!r}") from exc


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"))
