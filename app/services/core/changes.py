"""Change records: what a unit of work touched, broadcast so each open view can decide to refresh."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RESTORED = "restored"
    PURGED = "purged"


@dataclass(frozen=True)
class Change:
    entity: str
    kind: ChangeKind
    ids: frozenset[uuid.UUID]


@dataclass(frozen=True)
class ChangeSet:
    changes: tuple[Change, ...] = ()

    def touches(self, *entities: str) -> bool:
        return any(c.entity in entities for c in self.changes)

    def ids(self, entity: str) -> frozenset[uuid.UUID]:
        return frozenset().union(*(c.ids for c in self.changes if c.entity == entity))

    def __bool__(self) -> bool:
        return bool(self.changes)


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

    def freeze(self) -> ChangeSet:
        return ChangeSet(tuple(Change(e, k, frozenset(ids)) for (e, k), ids in self._items.items()))


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
        for listener in listeners:
            listener(changes)
