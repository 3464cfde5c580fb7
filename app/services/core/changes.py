"""Change records: what a unit of work touched, broadcast so each open view can decide to refresh."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from app.services.core.initiator import Initiator, acting_as

T = TypeVar("T")


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RESTORED = "restored"
    PURGED = "purged"


# The process id of a change record that came from another process or machine (live refresh): no
# process of ours has id 0, so `made_by` is never true for it.
REMOTE_PROCESS = 0


@dataclass(frozen=True)
class Change:
    """`ids` empty: the entity changed but which records is not said (a big import seen from elsewhere)."""

    entity: str
    kind: ChangeKind
    ids: frozenset[uuid.UUID]


@dataclass(frozen=True)
class ChangeSet:
    """What one unit of work changed, and who made it (None: not made by a unit of work)."""

    changes: tuple[Change, ...] = ()
    initiator: Initiator | None = None

    def made_by(self, origin: str | None) -> bool:
        """Whether the view `origin` of this process made these changes: it skips them, nobody else does."""
        return self.initiator is not None and self.initiator.is_origin(origin)

    @property
    def remote(self) -> bool:
        """Whether another process (a colleague, the CLI) made these changes: live refresh fed them in."""
        return self.initiator is not None and self.initiator.process_id == REMOTE_PROCESS

    def touches(self, *entities: str) -> bool:
        return any(c.entity in entities for c in self.changes)

    def ids(self, entity: str) -> frozenset[uuid.UUID]:
        return frozenset().union(*(c.ids for c in self.changes if c.entity == entity))

    def __bool__(self) -> bool:
        return bool(self.changes)


def combine(sets: Iterable[ChangeSet]) -> ChangeSet:
    """One change record for several of the same initiator (the chunks of one remote commit)."""
    collector = ChangeCollector()
    initiator: Initiator | None = None
    whole: set[tuple[str, ChangeKind]] = set()
    for changes in sets:
        initiator = initiator or changes.initiator
        for change in changes.changes:
            collector.add(change.entity, change.kind, change.ids)
            if not change.ids:
                whole.add((change.entity, change.kind))
    merged = collector.freeze(initiator)
    # "the entity changed" wins over a list of ids: a receiver must not take a partial list as complete
    return ChangeSet(
        tuple(
            Change(c.entity, c.kind, frozenset()) if (c.entity, c.kind) in whole else c
            for c in merged.changes
        ),
        merged.initiator,
    )


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a write returns: its result and the change record it broadcast."""

    value: T
    changes: ChangeSet


@dataclass
class ChangeCollector:
    """Collects changes during one unit of work, merging repeats of the same entity and kind."""

    _items: dict[tuple[str, ChangeKind], set[uuid.UUID]] = field(default_factory=dict)

    def add(self, entity: str, kind: ChangeKind, ids: Iterable[uuid.UUID]) -> None:
        self._items.setdefault((entity, kind), set()).update(ids)

    def freeze(self, initiator: Initiator | None = None) -> ChangeSet:
        changes = tuple(Change(e, k, frozenset(ids)) for (e, k), ids in self._items.items())
        return ChangeSet(changes, initiator)


Listener = Callable[[ChangeSet], None]


class ChangeBus:
    """Plain-Python publish/subscribe; the GUI bridges it onto a Qt signal (queued across threads)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: ChangeSet) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        # A listener called in the publisher's thread would otherwise inherit its origin, and whatever it
        # writes in reaction (a segment index, a rescore) would look like the publisher's own change.
        with acting_as(None):
            for listener in listeners:
                listener(changes)
