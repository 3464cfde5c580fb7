"""Who made a change: the signed-in user, the process, and the origin (the view) that asked for it.

A view names itself with `acting_as(origin)` around the service calls it makes; the unit of work reads
the origin when it opens, so no service signature carries it. The origin lives in a ContextVar, which
a new thread does not inherit: work handed to a worker must run in the caller's context
(`contextvars.copy_context()`, as `ThreadJob` and `Latest` do) to keep the caller's origin.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

_ORIGIN: ContextVar[str | None] = ContextVar("rapport_origin", default=None)


@dataclass(frozen=True)
class Initiator:
    """The user, process and origin a change record was made by (origin None: no view said who it was)."""

    user_id: uuid.UUID | None
    process_id: int
    origin: str | None = None

    def is_origin(self, origin: str | None) -> bool:
        """Whether `origin`, a view of this process, made the change."""
        return origin is not None and self.origin == origin and self.process_id == os.getpid()


def new_origin(name: str) -> str:
    """A token for one view: `name` plus a random part, so no other view or process picks the same one."""
    # Process ids repeat across machines (colleagues on one server), so the token itself must be unique.
    return f"{name}#{uuid.uuid4().hex[:12]}"


def current_origin() -> str | None:
    return _ORIGIN.get()


@contextmanager
def acting_as(origin: str | None) -> Iterator[None]:
    """Attribute the units of work opened inside (in this thread or context) to `origin`."""
    token = _ORIGIN.set(origin)
    try:
        yield
    finally:
        _ORIGIN.reset(token)


def initiator(user_id: uuid.UUID | None) -> Initiator:
    """Who is acting now: `user_id`, this process and the current origin."""
    return Initiator(user_id, os.getpid(), _ORIGIN.get())
