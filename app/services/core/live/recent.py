"""A bounded, thread-safe set of recently seen ids."""

from __future__ import annotations

import threading
import uuid
from collections import deque
from collections.abc import Iterable


class RecentIds:
    """Remembers the last `size` ids added; older ones are forgotten first. `batches` counts the calls to
    `add` (a unit of work adds its audit ids once per commit, so it counts this context's commits)."""

    def __init__(self, size: int = 200_000) -> None:
        self._order: deque[uuid.UUID] = deque()
        self._members: set[uuid.UUID] = set()
        self._size = size
        self._lock = threading.Lock()
        self.batches = 0

    def add(self, ids: Iterable[uuid.UUID]) -> None:
        with self._lock:
            self.batches += 1
            for item in ids:
                if item in self._members:
                    continue
                self._members.add(item)
                self._order.append(item)
                if len(self._order) > self._size:
                    self._members.discard(self._order.popleft())

    def __contains__(self, item: object) -> bool:
        with self._lock:
            return item in self._members
