"""Run a read off the GUI thread and deliver only the newest answer.

`Latest.submit(fn, *args)` runs `fn` in a thread pool; the result comes back on the GUI thread through a
queued signal. Each submit supersedes the ones before it: their results are dropped when they arrive.
The function must not touch widgets; services open their own unit of work (own session) per call.
It runs in a copy of the submitting thread's context, so what it writes is attributed to the view that
submitted it (`acting_as`).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(int, object, object)  # ticket, result, exception


class _Call(QRunnable):
    def __init__(self, relay: _Relay, ticket: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.relay, self.ticket, self.fn, self.args = relay, ticket, fn, args
        self.context = contextvars.copy_context()  # made on the submitting thread

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self.context.run(self.fn, *self.args)
        except Exception as exc:  # handed to the GUI thread, which reports it
            error = exc
        with contextlib.suppress(RuntimeError):  # the page went away while we ran
            self.relay.finished.emit(self.ticket, result, error)


class Latest(QObject):
    """`done(result)` / `failed(exception)` for the newest request only; `busyChanged` while one runs."""

    done = Signal(object)
    failed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._ticket = 0
        self._answered = 0

    @property
    def busy(self) -> bool:
        return self._answered != self._ticket

    def submit(self, fn: Callable[..., Any], *args: Any) -> int:
        self._ticket += 1
        self.pool.start(_Call(self._relay, self._ticket, fn, args))
        self.busyChanged.emit(True)
        return self._ticket

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every started call has finished (tests, benchmarks, shutdown)."""
        return self.pool.waitForDone(msecs)

    def _finished(self, ticket: int, result: object, error: object) -> None:
        if ticket != self._ticket:
            return  # stale: a newer request is running or has answered
        self._answered = ticket
        self.busyChanged.emit(False)
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)
