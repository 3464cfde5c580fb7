"""The scheduling graph, pure: finish-to-start propagation, cycle detection and the critical path.

Tasks are `Span`s (start, end; a milestone has start == end) keyed by any hashable id; a dependency is an
`Edge` (predecessor, successor, lag). Nothing here touches the database, so it is tested and benchmarked
on its own.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Span:
    start: datetime
    end: datetime

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def shifted(self, delta: timedelta) -> Span:
        return Span(self.start + delta, self.end + delta)


@dataclass(frozen=True)
class Edge(Generic[K]):
    predecessor: K
    successor: K
    lag: timedelta = timedelta(0)


def successors_of(edges: Iterable[Edge[K]]) -> dict[K, list[Edge[K]]]:
    out: dict[K, list[Edge[K]]] = defaultdict(list)
    for edge in edges:
        out[edge.predecessor].append(edge)
    return out


def cycle_path(edges: Iterable[Edge[K]], predecessor: K, successor: K) -> list[K] | None:
    """The cycle that adding predecessor -> successor would close, as a list of ids starting and ending with
    `predecessor`, or None when the new edge is safe."""
    if predecessor == successor:
        return [predecessor, predecessor]
    after = successors_of(edges)
    # A path successor ->...-> predecessor plus the new edge is a cycle; breadth-first finds the shortest.
    came_from: dict[K, K] = {successor: successor}
    queue: deque[K] = deque([successor])
    while queue:
        node = queue.popleft()
        if node == predecessor:
            path = [node]
            while node != successor:
                node = came_from[node]
                path.append(node)
            path.reverse()  # successor ... predecessor
            return [predecessor, *path]
        for edge in after.get(node, ()):
            if edge.successor not in came_from:
                came_from[edge.successor] = node
                queue.append(edge.successor)
    return None


def propagate(spans: Mapping[K, Span], edges: Iterable[Edge[K]], moved: Mapping[K, Span]) -> dict[K, Span]:
    """Apply `moved` and push every task that depends on them so it starts no earlier than each
    predecessor's end plus lag, keeping its duration. Returns the new span of every task that changed.

    Only forward pushes: a task moved earlier leaves its successors where they are (they gain slack), as
    in the usual "start no earlier than" auto-scheduling. Tasks missing from `spans` are ignored.
    """
    after = successors_of(edges)
    current: dict[K, Span] = dict(moved)
    # The tasks reachable from the moved ones, and each one's count of reachable predecessors (Kahn).
    reach: set[K] = set()
    stack = list(moved)
    while stack:
        node = stack.pop()
        for edge in after.get(node, ()):
            if edge.successor not in reach and edge.successor in spans and edge.successor not in moved:
                reach.add(edge.successor)
                stack.append(edge.successor)
    waiting: dict[K, int] = defaultdict(int)
    for node in (*moved, *reach):
        for edge in after.get(node, ()):
            if edge.successor in reach:
                waiting[edge.successor] += 1
    ready: deque[K] = deque(moved)
    while ready:
        node = ready.popleft()
        span = current.get(node) or spans[node]
        for edge in after.get(node, ()):
            succ = edge.successor
            if succ not in reach:
                continue
            base = current.get(succ) or spans[succ]
            earliest = span.end + edge.lag
            if base.start < earliest:
                current[succ] = base.shifted(earliest - base.start)
            waiting[succ] -= 1
            if waiting[succ] == 0:
                ready.append(succ)
    return {k: v for k, v in current.items() if k in moved or v != spans.get(k)}


def earliest_start(spans: Mapping[K, Span], edges: Iterable[Edge[K]], task: K) -> datetime | None:
    """The earliest start the task's predecessors allow (None when it has none in `spans`)."""
    starts = [
        spans[e.predecessor].end + e.lag for e in edges if e.successor == task and e.predecessor in spans
    ]
    return max(starts) if starts else None


def critical_path(spans: Mapping[K, Span], edges: Iterable[Edge[K]]) -> set[K]:
    """The tasks with no slack: delaying any of them delays the end of the whole schedule.

    A backward pass from the latest end gives each task its latest allowed finish (the earliest of its
    successors' latest starts minus lag); a task whose latest finish equals its planned end is critical.
    Works on the planned dates, so a schedule that already violates a dependency still gets an answer.
    """
    if not spans:
        return set()
    edge_list = [e for e in edges if e.predecessor in spans and e.successor in spans]
    after = successors_of(edge_list)
    indegree: dict[K, int] = {k: 0 for k in spans}
    for edge in edge_list:
        indegree[edge.successor] += 1
    order: list[K] = []
    queue: deque[K] = deque(k for k, n in indegree.items() if n == 0)
    while queue:
        node = queue.popleft()
        order.append(node)
        for edge in after.get(node, ()):
            indegree[edge.successor] -= 1
            if indegree[edge.successor] == 0:
                queue.append(edge.successor)
    finish = max(s.end for s in spans.values())
    latest_finish: dict[K, datetime] = {}
    for node in reversed(order):  # tasks on a cycle (refused by the service) are left out
        limits = [
            latest_finish[e.successor] - spans[e.successor].duration - e.lag
            for e in after.get(node, ())
            if e.successor in latest_finish
        ]
        latest_finish[node] = min(limits) if limits else finish
    return {k for k, lf in latest_finish.items() if lf <= spans[k].end}
